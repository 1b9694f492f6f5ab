import type { Executor } from '../db/store.js';
import './tables.js';

/**
 * Removes customers' journal and revenue rows (a test clock's customers, when it is deleted): a
 * test clock's books are simulated, so nothing real is unbooked.
 */
export async function deleteRevenueOf(customerIds: readonly string[], trx: Executor): Promise<void> {
  if (customerIds.length === 0) return;
  for (const table of [
    'journal_entries',
    'journal_transactions',
    'revenue_usage',
    'deferred_schedules',
  ] as const)
    await trx.deleteFrom(table).where('customer_id', 'in', customerIds).execute();
}
