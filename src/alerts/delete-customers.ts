import type { Executor } from '../db/store.js';
import './tables.js';

/** Removes customers' alerts and their firings (a test clock's customers, when it is deleted). */
export async function deleteAlertsOf(customerIds: readonly string[], trx: Executor): Promise<void> {
  if (customerIds.length === 0) return;
  const alerts = trx.selectFrom('alerts').select('id').where('customer_id', 'in', customerIds);
  await trx.deleteFrom('alert_firings').where('alert_id', 'in', alerts).execute();
  await trx.deleteFrom('alerts').where('customer_id', 'in', customerIds).execute();
}
