import type { ColumnType } from 'kysely';
import type { InvoiceStatus } from '../core/billing/transitions.js';
import type { Price } from '../core/pricing/price.js';
import type { CustomerDetails, IssuerDetails } from './parties.js';

type Json<T> = ColumnType<T, string, string>;
type Numeric = ColumnType<string, string, string>;
/** Amounts with a database default of 0. */
type Amount = ColumnType<string, string | undefined, string>;

export interface TaxBreakdownRow {
  tax_rate: string;
  display_name: string;
  percentage: string;
  inclusive: boolean;
  country: string | null;
  taxable_amount: string;
  amount: string;
}

export interface InvoicesTable {
  id: string;
  number: string | null;
  customer_id: string;
  subscription_id: string | null;
  test_clock: string | null;
  /**
   * What this invoice bills for its subscription: `start`, `cycle:<period start>`,
   * `change:<change id>`, `cancel`. Unique per subscription, so two workers can never issue the
   * same invoice twice (DESIGN 2).
   */
  period_key: string | null;
  billing_reason: string;
  status: InvoiceStatus;
  currency: string;
  period_start: Date;
  period_end: Date;
  subtotal: Amount;
  credits_applied: Amount;
  tax: Amount;
  tax_breakdown: Json<TaxBreakdownRow[]>;
  total: Amount;
  balance_applied: Amount;
  amount_due: Amount;
  amount_paid: Amount;
  amount_credited: Amount;
  tax_registration_number: string | null;
  /** The customer as printed, frozen at finalization; null on drafts (they show the live customer). */
  customer_details: ColumnType<CustomerDetails | null, string | null | undefined, string | null>;
  /** The account as printed, frozen at finalization; null on drafts. */
  issuer_details: ColumnType<IssuerDetails | null, string | null | undefined, string | null>;
  hosted_invoice_url: string | null;
  payment_reference: string | null;
  /** When a draft finalizes by itself (its creation plus the account's grace period). */
  finalize_at: Date | null;
  created_at: Date;
  finalized_at: Date | null;
  paid_at: Date | null;
  voided_at: Date | null;
  marked_uncollectible_at: Date | null;
  due_date: Date | null;
  metadata: Json<Record<string, string>>;
  updated_at: Date;
}

/** One payment received against an invoice (DESIGN: partial payments); their sum is `amount_paid`. */
export interface InvoicePaymentsTable {
  id: string;
  invoice_id: string;
  amount: Amount;
  /** How it was paid: `bank_transfer`, `card`, `cash`, `check`, `stripe`, `other`. */
  method: string;
  reference: string | null;
  /** When the money arrived (the customer's clock when none is given). */
  paid_at: Date;
  created_at: Date;
}

export interface InvoiceLinesTable {
  id: string;
  invoice_id: string;
  position: number;
  key: string;
  type: string;
  description: string;
  billable_item: string | null;
  quantity: ColumnType<string | null, string | null, string | null>;
  unit_amount: ColumnType<string | null, string | null, string | null>;
  amount: Numeric;
  period_start: Date;
  period_end: Date;
  /** The billed_usage key a usage or adjustment line prices (re-rated at finalize). */
  usage_key: string | null;
  /** What the invoice's discounts took off this charge line (0315); null on older lines. */
  discount_amount: ColumnType<string | null, string | null | undefined, string | null>;
}

/**
 * What has been billed per (subscription, billable item, service interval): the deterministic
 * key, the price used and the quantity/amount billed. Late events are billed as the difference.
 */
export interface BilledUsageTable {
  key: string;
  subscription_id: string;
  customer_id: string;
  billable_item: string;
  name: string;
  rate_id: string;
  meter_id: string;
  meter_filter: ColumnType<Record<string, string> | null, string | null, string | null>;
  /** A matrix's default line: events matching any of these dimension sets are not its usage. */
  meter_exclude: ColumnType<Record<string, string>[] | null, string | null | undefined, string | null>;
  price: Json<Price>;
  interval_start: Date;
  interval_end: Date;
  quantity: Numeric;
  amount: Numeric;
  invoice_id: string;
  /** True once the invoice holding the latest amount is finalized. */
  final: boolean;
  updated_at: Date;
}

/** Gapless numbers per prefix: the counter row is locked by the finalizing transaction. */
export interface InvoiceNumberSequencesTable {
  prefix: string;
  last_value: number;
}

export interface CreditNotesTable {
  id: string;
  number: string;
  invoice_id: string;
  customer_id: string;
  currency: string;
  /** Total credited, tax included. */
  amount: Numeric;
  /** The tax inside `amount` (every rate, inclusive and exclusive). */
  tax: Amount;
  reason: string;
  memo: string | null;
  /** Per invoice line, the amount credited before tax (one row with no line for an amount). */
  lines: Json<{ invoice_line: string | null; description: string; amount: string }[]>;
  /** How the credit was given: lowering the amount due, or as customer balance. */
  out_of_band: Numeric;
  credit_to_balance: Numeric;
  reduce_amount_due: Numeric;
  created_at: Date;
}

declare module '../db/database.js' {
  interface Database {
    invoices: InvoicesTable;
    invoice_lines: InvoiceLinesTable;
    invoice_payments: InvoicePaymentsTable;
    billed_usage: BilledUsageTable;
    invoice_number_sequences: InvoiceNumberSequencesTable;
    credit_notes: CreditNotesTable;
  }
}
