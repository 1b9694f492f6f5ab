import type { Decimal } from '../core/money/decimal.js';
import type { Executor } from '../db/store.js';

/**
 * Usage of one metered billable item of one subscription in one service interval, priced by the
 * subscription's plan, counting events in `[periodStart, asOf)`.
 */
export interface DeliveredUsage {
  readonly subscriptionId: string;
  readonly customerId: string;
  /** The subscription's test clock, if any (revenue keeps test-clock books apart). */
  readonly testClock?: string | null;
  readonly billableItemId: string;
  readonly meterId: string;
  readonly currency: string;
  readonly periodStart: Date;
  readonly periodEnd: Date;
  /** The meter's aggregate over `[periodStart, asOf)`, for this item's filter. */
  readonly quantity: Decimal;
  /** Unrounded price of the usage so far. */
  readonly amount: Decimal;
  /**
   * Whether the amount grows with the events (sum, count). max, last and unique_count are not:
   * their value can fall, so revenue books them only when the interval closes.
   */
  readonly additive: boolean;
}

/**
 * How credits and revenue learn what usage is worth before it is invoiced. Built at composition
 * from subscriptions, the catalog and metering (`src/revenue/plan-usage.ts`); credits and revenue
 * never read those slices' tables.
 */
export interface UsageSource {
  /** Customers that have a subscription billing usage. */
  customers(executor?: Executor): Promise<string[]>;
  /**
   * For each of the customer's subscriptions and metered rates: the service interval containing
   * the instant just before `asOf`, and its usage up to `asOf`.
   */
  delivered(customerId: string, asOf: Date, executor?: Executor): Promise<DeliveredUsage[]>;
}

/** Until billing is composed: no subscriptions, so no usage to burn or recognize. */
export const noUsage: UsageSource = {
  customers: async () => [],
  delivered: async () => [],
};
