import { describe, expect, it } from 'vitest';
import { EventLoopLag } from '../../../../src/adapters/shared/event-loop-lag.ts';

function blockFor(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy: the event loop cannot run timers meanwhile
  }
}

describe('EventLoopLag', () => {
  it('reports a lag after the loop was blocked, and stops cleanly', async () => {
    const lag = new EventLoopLag();
    await new Promise((resolve) => setTimeout(resolve, 120));
    const calm = lag.ms;
    blockFor(400);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(lag.ms).toBeGreaterThan(Math.max(50, calm));
    lag.stop();
  });
});
