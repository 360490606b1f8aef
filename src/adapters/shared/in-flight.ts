import { setTimeout as sleep } from 'node:timers/promises';

/**
 * The answers an adapter is still working on. Shutdown stops intake first, then waits here so that
 * no question already acknowledged loses its reply.
 */
export class InFlight {
  private readonly running = new Set<Promise<unknown>>();

  /** Runs a task and keeps track of it until it settles. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const promise = task();
    this.running.add(promise);
    const forget = () => this.running.delete(promise);
    promise.then(forget, forget);
    return promise;
  }

  get size(): number {
    return this.running.size;
  }

  /** Waits until every running task settles, or `timeoutMs` passes; resolves true when all settled. */
  drain(timeoutMs: number): Promise<boolean> {
    return settlesWithin(Promise.allSettled([...this.running]), timeoutMs);
  }
}

/**
 * Waits for a promise to settle, at most `timeoutMs`; resolves true when it settled in time. The
 * timer is cleared either way, so shutdown leaves no timer behind.
 */
export async function settlesWithin(
  promise: Promise<unknown>,
  timeoutMs: number,
): Promise<boolean> {
  const timer = new AbortController();
  const settled = promise.then(
    () => true,
    () => true,
  );
  const timedOut = sleep(timeoutMs, false, { signal: timer.signal }).catch(() => false);
  const done = await Promise.race([settled, timedOut]);
  timer.abort();
  return done;
}
