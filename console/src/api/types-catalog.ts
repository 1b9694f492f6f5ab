import type { Price } from './types.js';

/** Catalog shapes: pricing plans and their versioned components, rate cards and rates. */
export interface PlanComponent {
  type: 'rate_card' | 'license_fee' | 'service_action';
  rate_card?: string;
  license_fee?: string;
  service_action?: string;
  /** The pinned version, or null when the component follows its latest version. */
  version: number | null;
}

export interface PricingPlan {
  id: string;
  name: string;
  currency: string;
  latest_version: number;
  live_version: number;
  version?: number;
  components: PlanComponent[];
}

export interface RateCard {
  id: string;
  name: string;
  currency: string;
  service_interval: string;
  service_interval_count: number;
  latest_version: number;
  live_version: number;
}

export interface Rate {
  id: string;
  rate_card: string;
  billable_item: string;
  price: Price;
}

export interface BillableItem {
  id: string;
  name: string;
  type: 'metered' | 'licensed';
  unit_label?: string | null;
}

export interface PreviewLine {
  rate?: string;
  billable_item?: string;
  quantity: string;
  amount: string;
}
