/** How often the lag is sampled. */
const SAMPLE_EVERY_MS = 50;
/** A sample's weight in the running estimate: recent seconds matter, one hiccup does not. */
const SMOOTHING = 0.3;

/**
 * Measures how late the event loop runs timers: when it lags by a second, a question accepted now
 * would be answered after Slack's or Discord's 3-second window. Adapters say "busy" instead.
 */
export class EventLoopLag {
  private lag = 0;
  private readonly timer: NodeJS.Timeout;

  constructor() {
    let expected = performance.now() + SAMPLE_EVERY_MS;
    this.timer = setInterval(() => {
      const now = performance.now();
      this.lag = (1 - SMOOTHING) * this.lag + SMOOTHING * Math.max(0, now - expected);
      expected = now + SAMPLE_EVERY_MS;
    }, SAMPLE_EVERY_MS);
    this.timer.unref();
  }

  /** The recent lag, in milliseconds. */
  get ms(): number {
    return this.lag;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
