import type { ColumnType, Generated } from 'kysely';
import type { Price } from '../core/pricing/price.js';
import type { IntervalUnit } from '../core/time/interval.js';

type Json<T> = ColumnType<T, string, string>;
type Numeric = ColumnType<string, string, string>;

export interface BillableItemsTable {
  id: string;
  type: 'metered' | 'licensed';
  name: string;
  unit_label: string | null;
  lookup_key: string | null;
  meter_id: string | null;
  meter_filter: ColumnType<Record<string, string> | null, string | null, string | null>;
  metadata: Json<Record<string, string>>;
  created_at: Date;
  updated_at: Date;
}

/** Parents of versioned things carry the two version pointers of seed 004. */
interface Versioned {
  latest_version: number;
  live_version: number;
}

export interface RateCardsTable extends Versioned {
  id: string;
  name: string;
  currency: string;
  lookup_key: string | null;
  service_interval: IntervalUnit;
  service_interval_count: number;
  metadata: Json<Record<string, string>>;
  created_at: Date;
  updated_at: Date;
}

export interface RateCardVersionsTable {
  rate_card_id: string;
  version: number;
  created_at: Date;
}

/**
 * One row per rate per span of rate-card versions: the rate is in every version v with
 * `from_version <= v` and (`to_version` null or `v < to_version`). A change closes the row and
 * opens a new one with the same rate id, so versions never change in place.
 */
export interface RatesTable {
  id: string;
  rate_card_id: string;
  billable_item_id: string;
  price: Json<Price>;
  from_version: number;
  to_version: number | null;
  created_at: Date;
}

export interface LicenseFeesTable extends Versioned {
  id: string;
  name: string;
  licensed_item_id: string;
  currency: string;
  lookup_key: string | null;
  metadata: Json<Record<string, string>>;
  created_at: Date;
  updated_at: Date;
}

export interface LicenseFeeVersionsTable {
  license_fee_id: string;
  version: number;
  unit_amount: Numeric;
  service_interval: IntervalUnit;
  service_interval_count: number;
  created_at: Date;
}

export interface StoredCreditGrant {
  amount: string;
  currency: string;
  category: 'paid' | 'promotional';
  applicability: { scope: 'metered' } | { billable_items: string[] };
  priority: number;
}

export interface ServiceActionsTable extends Versioned {
  id: string;
  name: string;
  type: 'credit_grant';
  currency: string;
  lookup_key: string | null;
  metadata: Json<Record<string, string>>;
  created_at: Date;
  updated_at: Date;
}

export interface ServiceActionVersionsTable {
  service_action_id: string;
  version: number;
  credit_grant: Json<StoredCreditGrant>;
  service_interval: IntervalUnit;
  service_interval_count: number;
  created_at: Date;
}

export interface PricingPlansTable extends Versioned {
  id: string;
  name: string;
  currency: string;
  lookup_key: string | null;
  status: 'active' | 'archived';
  metadata: Json<Record<string, string>>;
  created_at: Date;
  updated_at: Date;
}

export interface PricingPlanVersionsTable {
  pricing_plan_id: string;
  version: number;
  created_at: Date;
}

export type ComponentType = 'rate_card' | 'license_fee' | 'service_action';

/** A component in a span of plan versions, like a rate in rate-card versions. */
export interface PricingPlanComponentsTable {
  pricing_plan_id: string;
  type: ComponentType;
  component_id: string;
  /** `latest`, `live`, or a version number as text. */
  version_pin: string;
  from_version: number;
  to_version: number | null;
  created_at: Date;
  seq: Generated<number>;
}

declare module '../db/database.js' {
  interface Database {
    billable_items: BillableItemsTable;
    rate_cards: RateCardsTable;
    rate_card_versions: RateCardVersionsTable;
    rates: RatesTable;
    license_fees: LicenseFeesTable;
    license_fee_versions: LicenseFeeVersionsTable;
    service_actions: ServiceActionsTable;
    service_action_versions: ServiceActionVersionsTable;
    pricing_plans: PricingPlansTable;
    pricing_plan_versions: PricingPlanVersionsTable;
    pricing_plan_components: PricingPlanComponentsTable;
  }
}
