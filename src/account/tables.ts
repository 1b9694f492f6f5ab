import type { ColumnType, Generated } from 'kysely';
import type { DunningPolicy } from '../core/billing/dunning-schedule.js';
import type { PaymentTerms } from '../core/billing/payment-terms.js';

type Json<T> = ColumnType<T, string | T, string | T>;

export interface IssuerAddress {
  postal_code?: string;
  state?: string;
  city?: string;
  line1?: string;
  line2?: string;
  country?: string;
}

/** 振込先: where customers pay by bank transfer. */
export interface BankTransfer {
  bank_name: string;
  branch_name: string;
  /** ordinary 普通, checking 当座 */
  account_type: 'ordinary' | 'checking';
  account_number: string;
  account_holder: string;
}

export interface AccountTable {
  id: string;
  name: string;
  time_zone: Generated<string>;
  default_currency: Generated<string>;
  invoice_prefix: Generated<string>;
  grace_period_seconds: Generated<number>;
  event_past_window_seconds: Generated<number>;
  event_future_window_seconds: Generated<number>;
  tax_registration_number: string | null;
  address: Json<IssuerAddress> | null;
  phone: string | null;
  bank_transfer: Json<BankTransfer> | null;
  /** Null: net 30 (DEFAULT_PAYMENT_TERMS). */
  payment_terms: Json<PaymentTerms> | null;
  /** Null: DEFAULT_DUNNING. */
  dunning: Json<DunningPolicy> | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

declare module '../db/database.js' {
  interface Database {
    account: AccountTable;
  }
}
