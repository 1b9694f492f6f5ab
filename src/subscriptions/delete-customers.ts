import type { Executor } from '../db/store.js';
import './tables.js';

/** Removes customers' subscriptions, phases and pending items (a test clock's customers, when it is deleted). */
export async function deleteSubscriptionsOf(customerIds: readonly string[], trx: Executor): Promise<void> {
  if (customerIds.length === 0) return;
  const subs = trx.selectFrom('subscriptions').select('id').where('customer_id', 'in', customerIds);
  await trx.deleteFrom('pending_invoice_items').where('subscription_id', 'in', subs).execute();
  await trx.deleteFrom('subscription_phases').where('subscription_id', 'in', subs).execute();
  await trx.deleteFrom('subscriptions').where('customer_id', 'in', customerIds).execute();
}
