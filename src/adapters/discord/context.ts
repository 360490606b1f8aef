import type { Answer } from '../../answer/types.ts';
import type { Briefbot } from '../../core.ts';
import type { Logger } from '../../log.ts';
import type { AnswerPages } from '../shared/answer-pages.ts';
import type { GateDecision, QuestionGate } from '../shared/question-gate.ts';

/** An answer that took longer than this makes the next interactions defer before answering. */
export const SLOW_ANSWER_MS = 1000;
/** Weight of the newest answer time in the running average (the rest is history). */
const LATEST_ANSWER_WEIGHT = 0.3;

/**
 * What every Discord handler needs: the core, the store behind More/Share buttons, the gate that
 * keeps askers fair, and a running average of answer times that says when an answer may miss
 * Discord's 3-second window.
 */
export class DiscordContext {
  private averageAnswerMs = 0;

  constructor(
    readonly core: Briefbot,
    readonly pages: AnswerPages,
    private readonly gate: QuestionGate,
  ) {}

  /** Whether this user may ask in this channel now (rate limits, answers in flight). */
  admit(userId: string, channelId: string): GateDecision {
    return this.gate.admit({ user: `discord:${userId}`, channel: `discord:${channelId}` });
  }

  /** Asks the core, timing the answer and logging it on the question's logger. */
  ask(question: string, log: Logger): Answer {
    const started = performance.now();
    const answer = this.core.answer(question);
    const elapsedMs = performance.now() - started;
    this.averageAnswerMs =
      LATEST_ANSWER_WEIGHT * elapsedMs + (1 - LATEST_ANSWER_WEIGHT) * this.averageAnswerMs;
    log.info(
      {
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
