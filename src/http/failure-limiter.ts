/**
 * Counts wrong API keys per client address in fixed windows: past `max` in a window the address
 * is refused (429) until the window ends, without even looking the key up. Bounded: the oldest
 * addresses are forgotten first, so a flood of addresses cannot grow memory without limit.
 */
export interface FailureLimiter {
  record(address: string): void;
  /** Seconds until the address may try again; 0 when it may now. */
  blockedFor(address: string): number;
}

const MAX_ADDRESSES = 10_000;

export function createFailureLimiter(options: {
  max: number;
  windowMs: number;
  now?: () => number;
}): FailureLimiter {
  const now = options.now ?? Date.now;
  const windows = new Map<string, { count: number; resetAt: number }>();
  return {
    record(address) {
      const t = now();
      const current = windows.get(address);
      if (current && current.resetAt > t) {
        current.count += 1;
        return;
      }
      windows.delete(address);
      windows.set(address, { count: 1, resetAt: t + options.windowMs });
      if (windows.size > MAX_ADDRESSES) {
        const oldest = windows.keys().next().value;
        if (oldest !== undefined) windows.delete(oldest);
      }
    },
    blockedFor(address) {
      const current = windows.get(address);
      const t = now();
      if (!current || current.resetAt <= t || current.count < options.max) return 0;
      return Math.ceil((current.resetAt - t) / 1000);
    },
  };
}
