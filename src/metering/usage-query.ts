import type { Decimal } from '../core/money/decimal.js';
import type { PercentagePrice } from '../core/pricing/percentage.js';
import type { Price } from '../core/pricing/price.js';
import type { Period } from '../core/time/period.js';
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
  /**
   * Asks for the fee of a percentage price instead of the meter's formula: Σ fee(event) over the
   * window (metering/fee-sql.ts), the quantity billing rates a percentage line with.
   */
  readonly fee?: PercentagePrice | undefined;
  /** Counts only events whose dimensions match none of these sets (a matrix's default line). */
  readonly exclude?: readonly Readonly<Record<string, string>>[] | null | undefined;
}

export type AggregateUsage = (query: UsageQuery, executor?: Executor) => Promise<Decimal>;

/** What a rate's usage question needs of it: its item's meter and filter, and its price. */
export interface RateLike {
  readonly billableItem: {
    readonly meterId: string | null;
    readonly meterFilter: Readonly<Record<string, string>> | null;
  };
  readonly price: Price;
  readonly exclude?: readonly Readonly<Record<string, string>>[];
}

/**
 * The question a rate asks of its meter for one customer and window: the meter's formula, or,
 * for a percentage price, the fee summed per event (the quantity billing rates that price with).
 */
export function rateQuery(rate: RateLike, customerId: string, window: Period): UsageQuery {
  return {
    meterId: rate.billableItem.meterId ?? '',
    customerId,
    start: window.start,
    end: window.end,
    filter: rate.billableItem.meterFilter,
    ...(rate.price.type === 'percentage' ? { fee: rate.price } : {}),
    ...(rate.exclude ? { exclude: rate.exclude } : {}),
  };
}

/**
 * A rate's billed quantity and, for a percentage price, the volume its line shows (the meter's
 * sum, asked without the fee).
 */
export async function rateUsage(
  aggregate: AggregateUsage,
  query: UsageQuery,
  executor?: Executor,
): Promise<{ quantity: Decimal; basis?: Decimal }> {
  const quantity = await aggregate(query, executor);
  if (!query.fee) return { quantity };
  return { quantity, basis: await aggregate({ ...query, fee: undefined }, executor) };
}

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

/** Exclusions as a key: the same sets in any order give the same key. */
export function excludeKey(exclude: UsageQuery['exclude']): string {
  return exclude ? JSON.stringify(exclude.map(filterKey).sort()) : '';
}

/** A question as a key: equal questions give equal keys. */
export function queryKey(q: UsageQuery): string {
  return JSON.stringify([
    q.meterId,
    q.customerId,
    q.start.getTime(),
    q.end.getTime(),
    filterKey(q.filter),
    q.fee ?? null,
    excludeKey(q.exclude),
  ]);
}
