import type { Executor } from '../db/store.js';
import './tables.js';

/** Removes customers' balance and its transactions (a test clock's customers, when it is deleted). */
export async function deleteBalancesOf(customerIds: readonly string[], trx: Executor): Promise<void> {
  if (customerIds.length === 0) return;
  await trx.deleteFrom('balance_transactions').where('customer_id', 'in', customerIds).execute();
  await trx.deleteFrom('customer_balances').where('customer_id', 'in', customerIds).execute();
}
