import type { Selectable } from 'kysely';
import type { Static } from 'typebox';
import type { Customer } from './customer-schema.js';
import type { CustomersTable } from './tables.js';

export type CustomerRow = Selectable<CustomersTable>;

/** The schema is the type: the answer cannot drift from what the document declares. */
export type CustomerJson = Static<typeof Customer>;

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
    payment_terms: row.payment_terms,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}
