import type { Decimal } from '../core/money/decimal.js';
import type { Executor } from '../db/store.js';

/**
 * The one question billing, previews, simulations and credit burn-down ask of metering: the
 * meter's aggregate (its own formula: sum, count, max, last, unique_count) for one customer over
 * a half-open window, counting only events whose dimensions match `filter`. Cancelled events do
 * not count. Implemented by MeteringService.aggregate.
 */
export interface UsageQuery {
  readonly meterId: string;
  readonly customerId: string;
  readonly start: Date;
  readonly end: Date;
  readonly filter?: Readonly<Record<string, string>> | null;
}

export type AggregateUsage = (query: UsageQuery, executor?: Executor) => Promise<Decimal>;

/** Many questions at once, answered in order (MeteringService.aggregateMany). */
export type AggregateMany = (queries: readonly UsageQuery[], executor?: Executor) => Promise<Decimal[]>;

/** `AggregateMany` one question at a time: for callers wired without the batched reader. */
export function oneByOne(aggregate: AggregateUsage): AggregateMany {
  return async (queries, executor) => {
    const out: Decimal[] = [];
    for (const q of queries) out.push(await aggregate(q, executor));
    return out;
  };
}

/** A filter as a key: the same dimensions in any order give the same key. */
export function filterKey(filter: Readonly<Record<string, string>> | null | undefined): string {
  if (!filter) return '';
  return JSON.stringify(
    Object.keys(filter)
      .sort()
      .map((k) => [k, filter[k]]),
  );
}

/** A question as a key: equal questions give equal keys. */
export function queryKey(q: UsageQuery): string {
  return JSON.stringify([q.meterId, q.customerId, q.start.getTime(), q.end.getTime(), filterKey(q.filter)]);
}
