/**
 * Longest an answer may wait for its turn before new questions get "busy": it still leaves half of
 * the platforms' 3-second window for the answer itself and its delivery.
 */
export const MAX_TURN_WAIT_MS = 1500;

/**
 * Gives answers the CPU one per event-loop turn, first come first served. Answers are synchronous
 * work; run back to back (all those acknowledged in one turn), they hold the loop for hundreds of
 * milliseconds, and Node accepts at most one new connection per turn: under load a burst of new
 * connections then waited seconds for its acknowledgement. One answer per turn keeps every turn
 * short, so acknowledgements and new connections are served between answers.
 */
export class AnswerTurns {
  private readonly waiting: Array<{ start: () => void; since: number }> = [];
  private scheduled = false;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Resolves in a turn of its own once every earlier caller has had its turn. */
  next(): Promise<void> {
    return new Promise((start) => {
      this.waiting.push({ start, since: this.now() });
      this.schedule();
    });
  }

  /** How long the oldest waiting answer has waited (0 when none waits), in milliseconds. */
  get waitMs(): number {
    const oldest = this.waiting[0];
    return oldest ? this.now() - oldest.since : 0;
  }

  /** True while answers wait so long for their turn that a new one could miss the deadline. */
  get backedUp(): boolean {
    return this.waitMs > MAX_TURN_WAIT_MS;
  }

  private schedule(): void {
    if (this.scheduled || this.waiting.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.waiting.shift()?.start();
      this.schedule();
    });
  }
}
