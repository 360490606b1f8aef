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
  async drain(timeoutMs: number): Promise<boolean> {
    const ac = new AbortController();
    const settled = Promise.allSettled([...this.running]).then(() => true);
    const timedOut = sleep(timeoutMs, false, { signal: ac.signal }).catch(() => false);
    const done = await Promise.race([settled, timedOut]);
    ac.abort();
    return done;
  }
}
