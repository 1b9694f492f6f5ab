import type { Executor } from '../db/store.js';
import './tables.js';

/** Removes customers' grants, transactions and top-ups (a test clock's customers, when it is deleted). */
export async function deleteCreditsOf(customerIds: readonly string[], trx: Executor): Promise<void> {
  if (customerIds.length === 0) return;
  for (const table of ['credit_transactions', 'credit_grants', 'top_ups', 'auto_top_ups'] as const)
    await trx.deleteFrom(table).where('customer_id', 'in', customerIds).execute();
}
