import type { Executor } from '../db/store.js';
import type { InvoiceForHooks } from '../invoicing/hooks.js';
import { emitEvent } from '../webhooks/emit.js';
import { subscriptionJson } from './subscription.js';
import './tables.js';

/** Invoice hook: a paid invoice brings a past_due subscription back to active. */
export async function reactivateOnPaid(trx: Executor, invoice: InvoiceForHooks, at: Date): Promise<void> {
  if (!invoice.subscriptionId) return;
  const row = await trx
    .updateTable('subscriptions')
    .set({ status: 'active', updated_at: at })
    .where('id', '=', invoice.subscriptionId)
    .where('status', '=', 'past_due')
    .returningAll()
    .executeTakeFirst();
  if (row) await emitEvent(trx, 'subscription.updated', subscriptionJson(row), at);
}
