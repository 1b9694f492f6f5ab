import type { Selectable } from 'kysely';
import type { BillingDetails, CustomersTable } from './tables.js';

export type CustomerRow = Selectable<CustomersTable>;

export interface CustomerJson {
  id: string;
  object: 'customer';
  external_id: string | null;
  name: string | null;
  email: string | null;
  currency: string | null;
  billing_details: BillingDetails;
  test_clock: string | null;
  metadata: Record<string, string>;
  created_at: string;
  updated_at: string;
}

export function customerJson(row: CustomerRow): CustomerJson {
  return {
    id: row.id,
    object: 'customer',
    external_id: row.external_id,
    name: row.name,
    email: row.email,
    currency: row.currency,
    billing_details: row.billing_details,
    test_clock: row.test_clock,
    metadata: row.metadata,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}
