/**
 * A Map that forgets its oldest entries beyond `capacity`. Chat platforms redeliver events (Slack
 * retries, Discord duplicate dispatches) and adapters track replies to edit them later: both need
 * memory of the recent past without growing for ever.
 */
export class RecentMap<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity = 5000) {}

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  /** Records `key` and returns true the first time it is seen; false on every repeat while remembered. */
  claim(key: string, value: V): boolean {
    if (this.entries.has(key)) return false;
    this.set(key, value);
    return true;
  }
}
