import type { Executor } from '../db/store.js';
import './tables.js';

/** Removes customers' discounts (a test clock's customers, when it is deleted). Redemption counts stay. */
export async function deleteDiscountsOf(customerIds: readonly string[], trx: Executor): Promise<void> {
  if (customerIds.length === 0) return;
  await trx.deleteFrom('discounts').where('customer_id', 'in', customerIds).execute();
}
