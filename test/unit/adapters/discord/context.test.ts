import { afterEach, describe, expect, it, vi } from 'vitest';
import { DiscordContext, SLOW_ANSWER_MS } from '../../../../src/adapters/discord/context.ts';
import { AnswerPages } from '../../../../src/adapters/shared/answer-pages.ts';
import { QuestionGate } from '../../../../src/adapters/shared/question-gate.ts';
import type { Answer } from '../../../../src/answer/types.ts';
import type { Briefbot, CoreStatus } from '../../../../src/core.ts';
import { createLogger } from '../../../../src/log.ts';

const quigley: Answer = {
  query: 'who quigley',
  intent: 'who',
  subject: 'Peter Quigley',
  found: true,
  summary: 'Peter Quigley — Mayor (¶4)',
  citations: [],
  suggestions: [],
  candidates: [],
};

/** A core with fixed answers whose answer time and rebuilding flag the test controls. */
function fakeCore(answerMs: () => number, rebuilding = false): Briefbot {
  const status: CoreStatus = {
    articles: 1,
    passages: 4,
    indexBuiltAt: new Date(0).toISOString(),
    rebuilding,
    problems: [],
  };
  return {
    answer: () => {
      vi.advanceTimersByTime(answerMs());
      return quigley;
    },
    suggestSubjects: () => [],
    sources: () => [],
    status: () => status,
  };
}

function contextFor(core: Briefbot): DiscordContext {
  const gate = new QuestionGate({
    userQuestionsPerMinute: 2,
    channelQuestionsPerMinute: 100,
    maxPendingQuestions: 10,
  });
  return new DiscordContext(core, new AnswerPages(), gate);
}

const log = createLogger('silent');

describe('deciding to defer before answering', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('does not defer while answers are fast and the index is settled', () => {
    vi.useFakeTimers();
    const ctx = contextFor(fakeCore(() => 5));
    expect(ctx.mayBeSlow()).toBe(false);
    ctx.ask('who quigley', log);
    expect(ctx.mayBeSlow()).toBe(false);
  });

  it('defers while the index is rebuilding', () => {
    expect(contextFor(fakeCore(() => 5, true)).mayBeSlow()).toBe(true);
  });

  it('defers once recent answers have been slow, and stops once they are fast again', () => {
    vi.useFakeTimers();
    let answerMs = SLOW_ANSWER_MS * 4;
    const ctx = contextFor(fakeCore(() => answerMs));
    ctx.ask('who quigley', log);
    expect(ctx.mayBeSlow()).toBe(true);
    answerMs = 5;
    for (let i = 0; i < 10; i++) ctx.ask('who quigley', log);
    expect(ctx.mayBeSlow()).toBe(false);
  });
});

describe('fairness per Discord user', () => {
  it('a user over the per-minute limit is refused with a message; other users are not', () => {
    const ctx = contextFor(fakeCore(() => 5));
    expect(ctx.admit('111', 'general').ok).toBe(true);
    expect(ctx.admit('111', 'general').ok).toBe(true);
    const refused = ctx.admit('111', 'general');
    expect(refused.ok).toBe(false);
    expect(refused.ok ? '' : refused.message).toMatch(/please wait/);
    expect(ctx.admit('222', 'general').ok).toBe(true);
  });
});
