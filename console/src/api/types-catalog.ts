import type { Price } from './types.js';

/** Catalog shapes: pricing plans and their versioned components, rate cards and rates. */
export interface PlanComponent {
  type: 'rate_card' | 'license_fee' | 'service_action';
  rate_card?: string;
  license_fee?: string;
  service_action?: string;
  /** A pinned version number, or `latest` / `live` for a component that follows its target. */
  version: number | 'latest' | 'live';
}

export interface PlanVersion {
  pricing_plan: string;
  version: number;
  live: boolean;
  latest: boolean;
  components: PlanComponent[];
  created_at: string;
}

export interface PricingPlan {
  id: string;
  name: string;
  currency: string;
  latest_version: number;
  live_version: number;
  status?: string;
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
  rates?: Rate[];
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
  type: 'usage' | 'license_fee';
  description: string;
  billable_item: string;
  rate?: string;
  license_fee?: string;
  unit_amount?: string | null;
  quantity: string;
  amount: string;
  amount_precise: string;
}

export interface PlanPreview {
  pricing_plan: string;
  version: number;
  currency: string;
  lines: PreviewLine[];
  total: string;
}

export interface LicenseFee {
  id: string;
  name: string;
  currency: string;
  unit_amount: string;
  service_interval: string;
  service_interval_count: number;
  licensed_item: string;
}
