import { minimumTrueUp } from '../core/billing/commitments.js';
import { discountLines } from '../core/billing/discounts.js';
import { feeSlices } from '../core/billing/license-fees.js';
import type { LineDraft } from '../core/billing/line.js';
import { prorationLines } from '../core/billing/proration.js';
import { period } from '../core/time/period.js';
import type { Executor } from '../db/store.js';
import { createInvoiceIn } from '../invoicing/create.js';
import type { InvoicingDeps } from '../invoicing/deps.js';
import { emitEvent } from '../webhooks/emit.js';
import { billedFeesOf } from './billed-phase.js';
import { discountsOf } from './discounts.js';
import { finalSweepAt } from './final-sweep.js';
import { minimumBilled } from './minimum-billed.js';
import { lateAdjustments, pendingItemLines, usageLines } from './period-lines.js';
import { baseOf } from './schedule.js';
import { saveSub } from './store.js';
import { type SubscriptionRow, subscriptionJson } from './subscription.js';
import type { ProrationBehavior } from './tables.js';

/**
 * Ends a subscription at `at`. The final invoice bills the usage of the running service
 * intervals up to `at`, late adjustments and waiting prorations, and (unless `none`) credits the
 * unused seconds of the license fees paid in advance, as they were charged (billed-phase.ts).
 * `always_invoice` finalizes it at once.
 */
export async function cancelNow(
  deps: InvoicingDeps,
  trx: Executor,
  sub: SubscriptionRow,
  at: Date,
  behavior: ProrationBehavior,
  zone: string,
  pastWindowS: number,
): Promise<[SubscriptionRow, string | undefined]> {
  let invoiceId: string | undefined;
  if (sub.current_period_start && sub.current_period_end) {
    const ended: SubscriptionRow = { ...sub, canceled_at: at };
    const window = period(sub.current_period_start, at);
    const lines: LineDraft[] = await usageLines(trx, deps.aggregate, ended, window, zone);
    lines.push(
      ...(await lateAdjustments(
        trx,
        deps.aggregate,
        sub,
        new Date(window.start.getTime() - pastWindowS * 1000),
      )),
    );
    if (behavior !== 'none') {
      // What the period's fees were charged for, not today's quantities (billed-phase.ts).
      const billed = await billedFeesOf(trx, sub, at);
      const paid = feeSlices(
        billed.plan.licenseFees,
        billed.quantities,
        baseOf(sub, zone),
        period(sub.current_period_start, sub.current_period_end),
      );
      lines.push(...prorationLines(paid, [], at, sub.currency, `${sub.id}:cancel`));
    }
    const pending = await pendingItemLines(trx, sub.id);
    lines.push(...pending.lines);
    const discounts = await discountsOf(deps, trx, sub);
    lines.push(...discountLines(lines, discounts, sub.currency, sub.id));
    const minimum = await minimumBilled(trx, sub, window, zone, 'cancel');
    const trueUp = minimum && minimumTrueUp(lines, minimum, sub.currency, sub.id, discounts);
    if (trueUp) lines.push(trueUp);
    const invoice = await createInvoiceIn(deps, trx, {
      customerId: sub.customer_id,
      subscriptionId: sub.id,
      testClock: sub.test_clock,
      periodKey: 'cancel',
      billingReason: 'subscription_cancel',
      currency: sub.currency,
      periodStart: window.start,
      periodEnd: at,
      lines,
      at,
      finalize: behavior === 'always_invoice',
    });
    invoiceId = invoice?.id;
    if (invoice && pending.ids.length > 0) {
      await trx
        .updateTable('pending_invoice_items')
        .set({ invoice_id: invoice.id })
        .where('id', 'in', pending.ids)
        .execute();
    }
  }
  const row = await saveSub(
    trx,
    sub,
    {
      status: 'canceled',
      canceled_at: at,
      cancel_at: at,
      pending_change: null,
      final_sweep_at: finalSweepAt(at, pastWindowS),
    },
    zone,
    at,
  );
  await emitEvent(trx, 'subscription.canceled', subscriptionJson(row), at);
  return [row, invoiceId];
}
