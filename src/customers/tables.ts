import type { ColumnType, Generated } from 'kysely';
import type { PaymentTerms } from '../core/billing/payment-terms.js';

export interface Address {
  line1?: string;
  line2?: string;
  city?: string;
  state?: string;
  postal_code?: string;
  country?: string;
}

export interface TaxId {
  type: string;
  value: string;
}

export interface BillingDetails {
  company_name?: string;
  address?: Address;
  tax_ids?: TaxId[];
}

type Json<T> = ColumnType<T, string | T, string | T>;

export interface CustomersTable {
  id: string;
  external_id: string | null;
  name: string | null;
  email: string | null;
  currency: string | null;
  billing_details: Json<BillingDetails>;
  test_clock: string | null;
  metadata: Json<Record<string, string>>;
  /** Overrides the account's payment terms; null: the account's. */
  payment_terms: Json<PaymentTerms> | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

declare module '../db/database.js' {
  interface Database {
    customers: CustomersTable;
  }
}
