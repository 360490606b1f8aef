import { describe, expect, it } from 'vitest';
import { QuestionGate, RATE_WINDOW_MS } from '../../../../src/adapters/shared/question-gate.ts';

function gateAt(limits: { user: number; channel: number; pending: number }) {
  let now = 1_000_000;
  const gate = new QuestionGate(
    {
      userQuestionsPerMinute: limits.user,
      channelQuestionsPerMinute: limits.channel,
      maxPendingQuestions: limits.pending,
    },
    () => now,
  );
  return { gate, advance: (ms: number) => (now += ms) };
}

describe('QuestionGate', () => {
  it('asks a user who exceeds the per-minute limit to slow down, then lets them ask again a minute later', () => {
    const { gate, advance } = gateAt({ user: 2, channel: 100, pending: 100 });
    const asker = { user: 'u1', channel: 'c1' };
    expect(gate.admit(asker).ok).toBe(true);
    expect(gate.admit(asker).ok).toBe(true);
    const third = gate.admit(asker);
    expect(third).toMatchObject({ ok: false, reason: 'user-rate' });
    if (!third.ok) expect(third.message).toMatch(/please wait \d+ s/);
    expect(gate.admit({ user: 'u2', channel: 'c1' }).ok).toBe(true);
    advance(RATE_WINDOW_MS);
    expect(gate.admit(asker).ok).toBe(true);
  });

  it('limits a busy channel across users', () => {
    const { gate } = gateAt({ user: 100, channel: 3, pending: 100 });
    for (const user of ['a', 'b', 'c']) expect(gate.admit({ user, channel: 'busy' }).ok).toBe(true);
    expect(gate.admit({ user: 'd', channel: 'busy' })).toMatchObject({
      ok: false,
      reason: 'channel-rate',
    });
    expect(gate.admit({ user: 'd', channel: 'quiet' }).ok).toBe(true);
  });

  it('answers "busy" when too many answers are in flight, and admits again once one is released', () => {
    const { gate } = gateAt({ user: 100, channel: 100, pending: 2 });
    const first = gate.admit({ user: 'a', channel: 'c' });
    const second = gate.admit({ user: 'b', channel: 'c' });
    expect(gate.admit({ user: 'c', channel: 'c' })).toMatchObject({ ok: false, reason: 'busy' });
    if (first.ok) {
      first.release();
      first.release();
    }
    expect(gate.inFlight).toBe(1);
    expect(gate.admit({ user: 'c', channel: 'c' }).ok).toBe(true);
    expect(second.ok).toBe(true);
  });

  it('answers "busy" at once while the process is overloaded, and admits again when it recovers', () => {
    let overloaded = true;
    const gate = new QuestionGate(
      { userQuestionsPerMinute: 100, channelQuestionsPerMinute: 100, maxPendingQuestions: 100 },
      Date.now,
      () => overloaded,
    );
    expect(gate.admit({ user: 'a', channel: 'c' })).toMatchObject({ ok: false, reason: 'busy' });
    overloaded = false;
    expect(gate.admit({ user: 'a', channel: 'c' }).ok).toBe(true);
  });
});
