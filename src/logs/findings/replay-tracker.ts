/**
 * Remembers the first use of single-use tokens, least recently used first out. Memory is bounded by `capacity`
 * entries whatever the log size; a token whose first use was evicted (more than `capacity` other single-use tokens
 * seen since it was last used) starts over, so a replay that far apart is missed.
 */
export class ReplayTracker<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly capacity: number) {}

  /** The remembered first use of `key`, refreshed as recently used; undefined when `key` is new. */
  firstUse(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  remember(key: string, firstUse: T): void {
    this.entries.set(key, firstUse);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  /** Remembered first uses, least recently used first. */
  values(): [string, T][] {
    return [...this.entries];
  }
}

/** Default bound: ~20,000 single-use tokens per segment; about 10 MB with their prepared findings. */
export const DEFAULT_REPLAY_CAPACITY = 20_000;
