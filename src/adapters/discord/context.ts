import type { Answer } from '../../answer/types.ts';
import type { Briefbot } from '../../core.ts';
import type { Logger } from '../../log.ts';
import type { AnswerPages } from '../shared/answer-pages.ts';

/** An answer that took longer than this makes the next interactions defer before answering. */
export const SLOW_ANSWER_MS = 1000;
/** Weight of the newest answer time in the running average (the rest is history). */
const LATEST_ANSWER_WEIGHT = 0.3;

/**
 * What every Discord handler needs: the core, the store behind More/Share buttons, a logger, and a
 * running average of answer times that says when an answer may miss Discord's 3-second window.
 */
export class DiscordContext {
  private averageAnswerMs = 0;

  constructor(
    readonly core: Briefbot,
    readonly pages: AnswerPages,
    readonly logger: Logger,
  ) {}

  /** Asks the core, timing the answer and logging it under the event's id as request id. */
  ask(question: string, requestId: string): Answer {
    const started = performance.now();
    const answer = this.core.answer(question);
    const elapsedMs = performance.now() - started;
    this.averageAnswerMs =
      LATEST_ANSWER_WEIGHT * elapsedMs + (1 - LATEST_ANSWER_WEIGHT) * this.averageAnswerMs;
    this.logger.info(
      {
        requestId,
        intent: answer.intent,
        found: answer.found,
        citations: answer.citations.length,
        ms: Math.round(elapsedMs),
      },
      'answered',
    );
    return answer;
  }

  /** True when an interaction should be deferred first: the index is rebuilding or answers are slow. */
  mayBeSlow(): boolean {
    return this.core.status().rebuilding || this.averageAnswerMs > SLOW_ANSWER_MS;
  }
}
