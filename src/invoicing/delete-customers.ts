import type { Executor } from '../db/store.js';
import './tables.js';

/**
 * Removes customers' invoices, lines, credit notes and billed usage (a test clock's customers,
 * when it is deleted). Runs before their subscriptions go: invoices name them.
 */
export async function deleteInvoicesOf(customerIds: readonly string[], trx: Executor): Promise<void> {
  if (customerIds.length === 0) return;
  const invoices = trx.selectFrom('invoices').select('id').where('customer_id', 'in', customerIds);
  await trx.deleteFrom('invoice_lines').where('invoice_id', 'in', invoices).execute();
  await trx.deleteFrom('credit_notes').where('customer_id', 'in', customerIds).execute();
  await trx.deleteFrom('invoices').where('customer_id', 'in', customerIds).execute();
  await trx.deleteFrom('billed_usage').where('customer_id', 'in', customerIds).execute();
}
