import type { ColumnType, Generated } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

/** Stored applicability: `{ scope: 'metered' }` or `{ billable_items: [...] }`, as the API writes it. */
export type StoredApplicability = { scope: 'metered' } | { billable_items: string[] };

export type GrantStatus = 'pending' | 'active' | 'expired' | 'voided';
export type GrantSource = 'manual' | 'service_action' | 'top_up';

/** A credit grant. Its remaining amount is never stored: it is the sum of its ledger rows. */
export interface CreditGrantsTable {
  id: string;
  customer_id: string;
  currency: string;
  amount: string;
  category: 'paid' | 'promotional';
  applicability: Json<StoredApplicability>;
  priority: number;
  /** Null while a top-up waits for its invoice to be paid. */
  effective_at: Date | null;
  expires_at: Date | null;
  status: GrantStatus;
  source: GrantSource;
  /** Natural key of generated grants (one per service action and service interval; one per top-up). */
  source_key: string | null;
  subscription_id: string | null;
  invoice_id: string | null;
  /**
   * What the selling invoice deferred for this grant: its line's net of inclusive tax, set when
   * that invoice finalizes. Null: not sold on an invoice (or sold before 0403); it deferred `amount`.
   */
  deferred_amount: ColumnType<string | null, string | null | undefined, string | null>;
  name: string | null;
  metadata: Json<Record<string, string>>;
  voided_at: Date | null;
  expired_at: Date | null;
  created_at: Date;
}

export type CreditTransactionType = 'granted' | 'consumed' | 'restored' | 'expired' | 'voided';

/** The credit ledger: signed movements of a grant (granted +, consumed −, restored +, expired −, voided −). */
export interface CreditTransactionsTable {
  id: string;
  grant_id: string;
  customer_id: string;
  currency: string;
  type: CreditTransactionType;
  amount: string;
  invoice_id: string | null;
  invoice_line_id: string | null;
  /** The usage a consumption paid for (and a restoration gave back): billable item and interval. */
  billable_item_id: string | null;
  period_start: Date | null;
  period_end: Date | null;
  /** `late_adjustment` on credit given back for a negative late-usage adjustment; else null. */
  reason: 'late_adjustment' | null;
  occurred_at: Date;
  created_at: Generated<Date>;
}

/** A request to buy credits: an invoice, and the grant it funds once paid. */
export interface TopUpsTable {
  id: string;
  customer_id: string;
  currency: string;
  amount: string;
  grant_id: string;
  invoice_id: string | null;
  status: 'pending' | 'paid' | 'failed';
  automatic: boolean;
  created_at: Date;
  updated_at: Date;
}

/** Automatic top-up: buy `amount` whenever the available balance falls below `threshold`. */
export interface AutoTopUpsTable {
  customer_id: string;
  currency: string;
  threshold: string;
  amount: string;
  enabled: boolean;
  updated_at: Date;
}

declare module '../db/database.js' {
  interface Database {
    credit_grants: CreditGrantsTable;
    credit_transactions: CreditTransactionsTable;
    top_ups: TopUpsTable;
    auto_top_ups: AutoTopUpsTable;
  }
}
