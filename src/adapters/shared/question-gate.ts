/** The window the per-user and per-channel rate limits count over. */
export const RATE_WINDOW_MS = 60_000;
/** Most users and channels tracked at once; the least recently seen are forgotten first. */
const MAX_TRACKED_KEYS = 10_000;

/** Limits a gate enforces: sizes come from the configuration. */
export interface GateLimits {
  userQuestionsPerMinute: number;
  channelQuestionsPerMinute: number;
  maxPendingQuestions: number;
}

/** Who asks and where, in platform-neutral ids (already prefixed by platform if they may clash). */
export interface Asker {
  user: string;
  channel: string;
}

/** Either a ticket to answer (release it when the answer is sent) or a friendly refusal. */
export type GateDecision =
  | { ok: true; release: () => void }
  | { ok: false; reason: 'user-rate' | 'channel-rate' | 'busy'; message: string };

class SlidingWindow {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly limit: number) {}

  /** Records a hit for `key` unless it is over the limit; true when recorded. */
  take(key: string, now: number): boolean {
    const recent = (this.hits.get(key) ?? []).filter((t) => now - t < RATE_WINDOW_MS);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(now);
    this.hits.delete(key);
    this.hits.set(key, recent);
    while (this.hits.size > MAX_TRACKED_KEYS) {
      const oldest = this.hits.keys().next().value;
      if (oldest === undefined) break;
      this.hits.delete(oldest);
    }
    return true;
  }

  /** Seconds until `key` may ask again. */
  waitSeconds(key: string, now: number): number {
    const oldest = this.hits.get(key)?.[0] ?? now;
    return Math.max(1, Math.ceil((RATE_WINDOW_MS - (now - oldest)) / 1000));
  }
}

/**
 * Fairness and overload protection shared by the chat adapters: a per-user and a per-channel
 * rate limit over a sliding minute, and a bound on answers in flight so that under overload the
 * bot says "busy" at once instead of letting replies miss the platform's 3-second window.
 */
export class QuestionGate {
  private readonly users: SlidingWindow;
  private readonly channels: SlidingWindow;
  private pending = 0;

  /**
   * @param overloaded true while the process is too busy to answer in time (see EventLoopLag);
   *   questions are then refused with "busy" at once.
   */
  constructor(
    private readonly limits: GateLimits,
    private readonly now: () => number = Date.now,
    private readonly overloaded: () => boolean = () => false,
  ) {
    this.users = new SlidingWindow(limits.userQuestionsPerMinute);
    this.channels = new SlidingWindow(limits.channelQuestionsPerMinute);
  }

  /** Answers in flight now. */
  get inFlight(): number {
    return this.pending;
  }

  /** Decides whether a question may be answered now. */
  admit(asker: Asker): GateDecision {
    const now = this.now();
    if (this.pending >= this.limits.maxPendingQuestions || this.overloaded()) {
      return {
        ok: false,
        reason: 'busy',
        message: 'I am busy answering other questions; please try again in a moment.',
      };
    }
    if (!this.users.take(asker.user, now)) {
      const wait = this.users.waitSeconds(asker.user, now);
      return {
        ok: false,
        reason: 'user-rate',
        message: `You are asking faster than I can brief; please wait ${wait} s.`,
      };
    }
    if (!this.channels.take(asker.channel, now)) {
      const wait = this.channels.waitSeconds(asker.channel, now);
      return {
        ok: false,
        reason: 'channel-rate',
        message: `This channel is asking faster than I can brief; please wait ${wait} s.`,
      };
    }
    this.pending++;
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        this.pending--;
      },
    };
  }
}
