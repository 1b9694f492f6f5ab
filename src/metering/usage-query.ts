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
