import type { Decimal } from '../core/money/decimal.js';

/** One accepted event as the rollups see it. */
export interface RollupEvent {
  readonly meterId: string;
  readonly customerId: string;
  readonly identifier: string;
  readonly ts: Date;
  readonly value: Decimal;
  readonly distinctValue: string | null;
  readonly dimKey: string;
  readonly dimensions: Readonly<Record<string, string>>;
}

export interface RollupDelta {
  readonly meterId: string;
  readonly customerId: string;
  readonly bucket: Date;
  readonly dimKey: string;
  readonly dimensions: Readonly<Record<string, string>>;
  count: number;
  sum: Decimal;
  max: Decimal;
  last: { ts: Date; identifier: string; value: Decimal };
}

export interface UniqueDelta {
  readonly meterId: string;
  readonly customerId: string;
  readonly bucket: Date;
  readonly dimKey: string;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly value: string;
  n: number;
}

const HOUR_MS = 3_600_000;

/** The UTC hour an instant falls in: the rollup grain. */
export function hourOf(at: Date): Date {
  return new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);
}

/** Whether (ts, identifier) a comes after b: `last` picks the latest event, ties by identifier. */
export function isLater(a: { ts: Date; identifier: string }, b: { ts: Date; identifier: string }): boolean {
  const d = a.ts.getTime() - b.ts.getTime();
  return d !== 0 ? d > 0 : a.identifier > b.identifier;
}

/**
 * Folds a batch of accepted events into one delta per rollup row, sorted by key so concurrent
 * transactions lock the rows in the same order and never deadlock each other.
 */
export function rollupDeltas(events: readonly RollupEvent[]): {
  rollups: RollupDelta[];
  uniques: UniqueDelta[];
} {
  const rollups = new Map<string, RollupDelta>();
  const uniques = new Map<string, UniqueDelta>();
  for (const e of events) {
    const bucket = hourOf(e.ts);
    // Fixed-width epoch milliseconds keep the keys' sort order chronological.
    const key = `${e.meterId}\u0000${e.customerId}\u0000${String(bucket.getTime()).padStart(15, '0')}\u0000${e.dimKey}`;
    const base = {
      meterId: e.meterId,
      customerId: e.customerId,
      bucket,
      dimKey: e.dimKey,
      dimensions: e.dimensions,
    };
    const current = rollups.get(key);
    const last = { ts: e.ts, identifier: e.identifier, value: e.value };
    if (!current) {
      rollups.set(key, { ...base, count: 1, sum: e.value, max: e.value, last });
    } else {
      current.count += 1;
      current.sum = current.sum.plus(e.value);
      if (e.value.greaterThan(current.max)) current.max = e.value;
      if (isLater(last, current.last)) current.last = last;
    }
    if (e.distinctValue !== null) {
      const ukey = `${key}\u0000${e.distinctValue}`;
      const u = uniques.get(ukey);
      if (u) u.n += 1;
      else uniques.set(ukey, { ...base, value: e.distinctValue, n: 1 });
    }
  }
  const sorted = <T>(m: Map<string, T>) =>
    [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
  return { rollups: sorted(rollups), uniques: sorted(uniques) };
}
