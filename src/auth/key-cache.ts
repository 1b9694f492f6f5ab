/**
 * A bounded cache with a time to live, for verified keys. Bounded because an attacker chooses
 * the secrets sent; timed because another process may revoke a key (it stops working here
 * within `ttlMs`). Only successful verifications are cached; failures are rate limited instead.
 */
export interface KeyCache<V> {
  get(hash: string): V | undefined;
  set(hash: string, value: V): void;
  clear(): void;
  readonly size: number;
}

export function createKeyCache<V>(options: { max: number; ttlMs: number; now?: () => number }): KeyCache<V> {
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order: re-inserting on a hit makes the first entry the least recently used.
  const entries = new Map<string, { value: V; until: number }>();
  return {
    get(hash) {
      const entry = entries.get(hash);
      if (!entry) return undefined;
      entries.delete(hash);
      if (entry.until <= now()) return undefined;
      entries.set(hash, entry);
      return entry.value;
    },
    set(hash, value) {
      entries.delete(hash);
      entries.set(hash, { value, until: now() + options.ttlMs });
      while (entries.size > options.max) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
    clear: () => entries.clear(),
    get size() {
      return entries.size;
    },
  };
}
