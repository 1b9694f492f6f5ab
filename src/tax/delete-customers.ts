import type { Executor } from '../db/store.js';
import './tables.js';

/** Removes customers' tax settings (a test clock's customers, when it is deleted). */
export async function deleteTaxSettingsOf(customerIds: readonly string[], trx: Executor): Promise<void> {
  if (customerIds.length === 0) return;
  await trx.deleteFrom('customer_tax_settings').where('customer_id', 'in', customerIds).execute();
}
