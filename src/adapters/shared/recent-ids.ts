/**
 * Remembers the ids of recently handled platform events so that a redelivered one (a Discord
 * dispatch replayed after a resume, a Slack event retry) is answered exactly once. Bounded: the
 * oldest ids are forgotten first, so memory stays flat however long the bot runs.
 */
export class RecentIds {
  private readonly seen = new Set<string>();

  constructor(private readonly capacity = 10_000) {}

  /** True the first time an id is offered, false for every repeat still remembered. */
  firstTime(id: string): boolean {
    if (this.seen.has(id)) return false;
    this.seen.add(id);
    while (this.seen.size > this.capacity) {
      const oldest = this.seen.values().next().value;
      if (oldest === undefined) break;
      this.seen.delete(oldest);
    }
    return true;
  }
}
