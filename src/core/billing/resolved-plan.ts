import type { Price } from '../pricing/price.js';
import type { Interval } from '../time/interval.js';

/**
 * A pricing plan version with every component resolved to the version it is pinned to (or the
 * latest, for components that follow it). This is what subscriptions, invoices, previews and
 * credit burn-down read; it is a plain immutable value, safe to keep on a subscription.
 */
export interface ResolvedPlan {
  readonly id: string;
  readonly name: string;
  readonly version: number;
  readonly currency: string;
  readonly rateCards: readonly ResolvedRateCard[];
  readonly licenseFees: readonly ResolvedLicenseFee[];
  readonly serviceActions: readonly ResolvedServiceAction[];
  /** `archived` plans keep billing their subscribers; new subscriptions should be refused. */
  readonly status?: 'active' | 'archived';
  readonly latestVersion?: number;
  readonly liveVersion?: number;
}

export interface ResolvedBillableItem {
  readonly id: string;
  readonly type: 'metered' | 'licensed';
  readonly name: string;
  readonly lookupKey: string | null;
  readonly unitLabel: string | null;
  /** Metered items: the meter, and the dimension values an event must carry to count here. */
  readonly meterId: string | null;
  readonly meterFilter: Readonly<Record<string, string>> | null;
}

export interface ResolvedRate {
  readonly id: string;
  readonly billableItem: ResolvedBillableItem;
  readonly price: Price;
  /**
   * One combination of a matrix price (matrix-rates.ts): its dimension values, already in the
   * item's meter filter; the line's key and description name them.
   */
  readonly combination?: Readonly<Record<string, string>>;
  /**
   * A matrix's default price: the usage of every combination its entries do not name (and of
   * events missing a dimension): events matching none of these dimension sets.
   */
  readonly exclude?: readonly Readonly<Record<string, string>>[];
}

export interface ResolvedRateCard {
  readonly id: string;
  readonly version: number;
  readonly name: string;
  readonly currency: string;
  readonly serviceInterval: Interval;
  readonly rates: readonly ResolvedRate[];
}

export interface ResolvedLicenseFee {
  readonly id: string;
  readonly version: number;
  readonly name: string;
  readonly licensedItem: ResolvedBillableItem;
  readonly currency: string;
  /** Price of one unit for one service interval; a decimal string. */
  readonly unitAmount: string;
  readonly serviceInterval: Interval;
}

export interface CreditGrantTemplate {
  /** Decimal string in the plan's currency. */
  readonly amount: string;
  readonly currency: string;
  readonly category: 'paid' | 'promotional';
  /** `{ scope: 'metered' }` or a list of billable item ids. */
  readonly applicability: { readonly scope: 'metered' } | { readonly billableItems: readonly string[] };
  readonly priority: number;
}

export interface ResolvedServiceAction {
  readonly id: string;
  readonly version: number;
  readonly name: string;
  readonly type: 'credit_grant';
  readonly creditGrant: CreditGrantTemplate;
  /** Each grant expires at the end of the service interval it was issued for. */
  readonly serviceInterval: Interval;
}
