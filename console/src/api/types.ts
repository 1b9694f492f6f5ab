/**
 * The JSON shapes the console reads (DESIGN section 5). Decimals are strings and stay strings:
 * the console formats them, it never does arithmetic on money.
 */
export interface List<T> {
  object: 'list';
  data: T[];
  has_more: boolean;
}

export interface Address {
  line1?: string;
  line2?: string;
  city?: string;
  state?: string;
  postal_code?: string;
  country?: string;
}

export interface Customer {
  id: string;
  external_id: string | null;
  name: string | null;
  email: string | null;
  currency: string | null;
  billing_details: { company_name?: string; address?: Address; tax_ids?: { type: string; value: string }[] };
  test_clock: string | null;
  metadata: Record<string, string>;
  payment_terms: PaymentTerms | null;
  created_at: string;
}

export interface Account {
  name: string;
  time_zone: string;
  default_currency: string;
  invoice_prefix: string;
  grace_period_seconds: number;
  tax_registration_number: string | null;
  address: Address | null;
  phone: string | null;
  bank_transfer: BankTransfer | null;
  payment_terms: PaymentTerms;
  dunning: Dunning;
}

export type PaymentTerms =
  | { type: 'due_on_receipt' }
  | { type: 'net'; days: number }
  | { type: 'end_of_following_month' };

export interface BankTransfer {
  bank_name: string;
  branch_name: string;
  account_type: 'ordinary' | 'checking';
  account_number: string;
  account_holder: string;
}

export interface Dunning {
  reminders_days: number[];
  retries_days: number[];
  final_action: 'leave_past_due' | 'cancel_subscription' | 'mark_uncollectible';
}

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  created_at: string;
  revoked_at: string | null;
}

export interface Meter {
  id: string;
  event_name: string;
  display_name: string | null;
  default_aggregation: { formula: string };
  dimension_payload_keys?: string[];
  status?: string;
}

export interface UsageRow {
  start_time: string;
  end_time: string;
  value: string;
  dimensions?: Record<string, string | null>;
}

export interface UsageResponse {
  data: UsageRow[];
}

export interface PriceTier {
  up_to: string | null;
  unit_amount: string;
  flat_amount: string;
}

export type Price =
  | { type: 'per_unit'; unit_amount: string }
  | { type: 'package'; package_size: string; unit_amount: string; rounding?: 'up' | 'down' }
  | { type: 'tiered'; tiers_mode: 'graduated' | 'volume'; tiers: PriceTier[] }
  | {
      type: 'matrix';
      dimensions: string[];
      entries: { values: string[]; unit_amount: string }[];
      default_unit_amount: string | null;
    }
  | {
      type: 'percentage';
      percentage: string;
      fixed_amount_per_event: string | null;
      min_per_event: string | null;
      max_per_event: string | null;
    };

export interface Subscription {
  id: string;
  customer: string;
  pricing_plan: string;
  pricing_plan_version?: number;
  status: string;
  current_period_start?: string;
  current_period_end?: string;
  billing_cadence?: { interval: string; interval_count: number };
  start_date?: string;
  canceled_at?: string | null;
  cancel_at?: string | null;
  currency?: string;
  component_configurations?: Record<string, { quantity: string }>;
  pending_change?: { pricing_plan?: string; effective_at?: string } | null;
  minimum?: { amount: string; currency: string } | null;
  prepaid_commitment?: {
    amount: string;
    currency: string;
    term_start?: string | null;
    term_end: string | null;
    credit_grant?: string | null;
    invoice?: string | null;
  } | null;
}

export interface InvoiceLine {
  id?: string;
  type: string;
  description: string;
  billable_item?: string | null;
  quantity: string | null;
  unit_amount: string | null;
  amount: string;
  period_start?: string;
  period_end?: string;
  tax_rate?: string | null;
}

export interface TaxBreakdownRow {
  tax_rate?: string | null;
  display_name?: string;
  percentage: string;
  taxable_amount: string;
  amount: string;
  inclusive?: boolean;
}

export interface Invoice {
  id: string;
  number: string | null;
  customer: string;
  subscription: string | null;
  status: string;
  currency: string;
  period_start: string;
  period_end: string;
  lines: InvoiceLine[];
  subtotal: string;
  credits_applied: string;
  tax: string;
  total: string;
  balance_applied: string;
  amount_due: string;
  amount_paid?: string;
  amount_remaining?: string;
  billing_reason?: string;
  tax_breakdown?: TaxBreakdownRow[];
  created_at?: string;
  finalized_at?: string | null;
  paid_at?: string | null;
  payment_reference?: string | null;
  due_date?: string | null;
  /** The upcoming invoice only: what the customer should know (e.g. tax_address_missing). */
  warnings?: { code: string; message: string }[];
}
