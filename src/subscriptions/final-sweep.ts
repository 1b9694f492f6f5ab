import type { LineDraft } from '../core/billing/line.js';
import type { Executor } from '../db/store.js';
import { createInvoiceIn } from '../invoicing/create.js';
import type { InvoicingDeps } from '../invoicing/deps.js';
import { emitEvent } from '../webhooks/emit.js';
import { lateAdjustments } from './period-lines.js';
import { saveSub } from './store.js';
import type { SubscriptionRow } from './subscription.js';

/** `usage.late_events_billed` for the adjustment lines put on `invoiceId`. */
export async function emitLateEventsBilled(
  trx: Executor,
  sub: SubscriptionRow,
  invoiceId: string,
  adjustments: readonly LineDraft[],
  at: Date,
): Promise<void> {
  await emitEvent(
    trx,
    'usage.late_events_billed',
    {
      subscription: sub.id,
      customer: sub.customer_id,
      invoice: invoiceId,
      adjustments: adjustments.map((a) => ({
        billable_item: a.billableItemId,
        period_start: a.periodStart.toISOString(),
        period_end: a.periodEnd.toISOString(),
        quantity: a.quantity?.toFixed() ?? null,
        amount: a.amount.toFixed(),
      })),
    },
    at,
  );
}

/** When a subscription ended at `end` is swept for late events: once no event can still arrive. */
export function finalSweepAt(end: Date, pastWindowS: number): Date {
  return new Date(end.getTime() + pastWindowS * 1000);
}

/**
 * DESIGN 4 (late events are never dropped) after the end: once the event window and grace
 * after a cancel have passed, every finalized interval that could still have received events
 * is re-read; a difference is billed on a last invoice (`period_key` `late:final`), finalized at
 * once since nothing more can arrive. Runs once: the sweep time is cleared.
 */
export async function finalSweep(
  deps: InvoicingDeps,
  trx: Executor,
  sub: SubscriptionRow,
  zone: string,
  pastWindowS: number,
): Promise<[SubscriptionRow, string | undefined]> {
  const at = sub.final_sweep_at as Date;
  const end = sub.canceled_at ?? at;
  const adjustments = await lateAdjustments(
    trx,
    deps.aggregate,
    sub,
    new Date(end.getTime() - pastWindowS * 1000),
  );
  let invoiceId: string | undefined;
  if (adjustments.length > 0) {
    const invoice = await createInvoiceIn(deps, trx, {
      customerId: sub.customer_id,
      subscriptionId: sub.id,
      testClock: sub.test_clock,
      periodKey: 'late:final',
      billingReason: 'subscription_cancel',
      currency: sub.currency,
      periodStart: end,
      periodEnd: at,
      lines: adjustments,
      at,
      finalize: true,
    });
    invoiceId = invoice?.id;
    if (invoiceId) await emitLateEventsBilled(trx, sub, invoiceId, adjustments, at);
  }
  return [await saveSub(trx, sub, { final_sweep_at: null }, zone, at), invoiceId];
}
