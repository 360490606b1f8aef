import { describe, expect, it } from 'vitest';
import { AnswerTurns, MAX_TURN_WAIT_MS } from '../../../../src/adapters/shared/answer-turns.ts';

/** Counts event-loop turns: re-queues itself once per turn until stopped. */
function turnCounter(): { count: () => number; stop: () => void } {
  let turns = 0;
  let running = true;
  const tick = () => {
    turns++;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  return { count: () => turns, stop: () => (running = false) };
}

describe('AnswerTurns', () => {
  it('starts waiting answers first come first served, each in an event-loop turn of its own', async () => {
    const turns = new AnswerTurns();
    const counter = turnCounter();
    const started: Array<{ name: string; turn: number }> = [];
    await Promise.all(
      ['a', 'b', 'c', 'd'].map(async (name) => {
        await turns.next();
        started.push({ name, turn: counter.count() });
      }),
    );
    counter.stop();
    expect(started.map((s) => s.name)).toEqual(['a', 'b', 'c', 'd']);
    const loopTurns = started.map((s) => s.turn);
    expect(new Set(loopTurns).size).toBe(loopTurns.length);
  });

  it('reports how long the oldest answer has waited, and when that threatens the deadline', async () => {
    let now = 1000;
    const turns = new AnswerTurns(() => now);
    expect(turns.waitMs).toBe(0);
    const first = turns.next();
    void turns.next();
    now += MAX_TURN_WAIT_MS + 1;
    expect(turns.waitMs).toBe(MAX_TURN_WAIT_MS + 1);
    expect(turns.backedUp).toBe(true);
    await first;
    now += 10;
    expect(turns.waitMs).toBe(MAX_TURN_WAIT_MS + 11);
  });
});
