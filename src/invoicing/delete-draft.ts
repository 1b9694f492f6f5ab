import type { Executor } from '../db/store.js';
import { ApiError } from '../shared/errors/index.js';
import { emitEvent } from '../webhooks/emit.js';
import { type InvoiceRow, invoiceJson } from './invoice.js';
import { loadLines } from './store.js';
import { assertTransition } from './transition.js';

/**
 * Deletes a one-off draft and its lines inside the caller's transaction. A draft has no number,
 * consumed no credit and booked nothing, so deleting it leaves no gap; a subscription's draft is
 * refused, because its period would then never be billed (change its lines or let it finalize).
 * The audit log keeps the deleted rows.
 */
export async function deleteDraftIn(trx: Executor, row: InvoiceRow, at: Date): Promise<void> {
  assertTransition(row, 'delete');
  if (row.billing_reason !== 'manual')
    throw new ApiError(
      'invoice_not_deletable',
      `Invoice ${row.id} is the draft of subscription ${row.subscription_id ?? ''} (${row.billing_reason}); only one-off drafts can be deleted.`,
      { extra: { billing_reason: row.billing_reason } },
    );
  const lines = await loadLines(trx, row.id);
  await trx.deleteFrom('invoice_lines').where('invoice_id', '=', row.id).execute();
  await trx.deleteFrom('invoices').where('id', '=', row.id).execute();
  await emitEvent(trx, 'invoice.deleted', invoiceJson(row, lines) as unknown as Record<string, unknown>, at);
}
