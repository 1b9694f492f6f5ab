import { discountLines } from '../core/billing/discounts.js';
import { feeSlices } from '../core/billing/license-fees.js';
import { prorationLines } from '../core/billing/proration.js';
import { period } from '../core/time/period.js';
import type { Executor } from '../db/store.js';
import { createInvoiceIn } from '../invoicing/create.js';
import type { InvoicingDeps } from '../invoicing/deps.js';
import { newId } from '../shared/ids.js';
import { emitEvent } from '../webhooks/emit.js';
import { billedFeesOf } from './billed-phase.js';
import { discountsOf } from './discounts.js';
import { baseOf } from './schedule.js';
import { saveSub } from './store.js';
import { type SubscriptionRow, subscriptionJson } from './subscription.js';
import type { PendingChange } from './tables.js';

/** Puts the subscription on the change's plan and quantities from `at`, and records the phase. */
export async function switchPlan(
  trx: Executor,
  sub: SubscriptionRow,
  change: PendingChange,
  at: Date,
  zone: string,
): Promise<SubscriptionRow> {
  const plan = change.plan ?? sub.plan;
  const quantities = change.quantities ?? sub.quantities;
  await trx
    .insertInto('subscription_phases')
    .values({
      // The change's own id: its invoice (`change:<id>`) and prorations name it (billed-phase.ts).
      id: change.id,
      subscription_id: sub.id,
      plan_id: plan.id,
      plan_version: plan.version,
      plan: JSON.stringify(plan),
      quantities: JSON.stringify(quantities),
      effective_at: at,
      proration_behavior: change.proration_behavior,
      created_at: at,
    })
    .execute();
  const row = await saveSub(
    trx,
    sub,
    { plan, plan_id: plan.id, plan_version: plan.version, quantities, pending_change: null },
    zone,
    at,
  );
  await emitEvent(trx, 'subscription.updated', subscriptionJson(row), at);
  return row;
}

/**
 * A change inside the current period at `at`: every license-fee interval billed in advance for
 * this period is credited for its unused seconds and the new fees charged for the same seconds
 * (seed 000: -8,064 and +9,032). `always_invoice` invoices the difference now (finalized at
 * once; a negative total becomes customer balance), `create_prorations` keeps the lines for the
 * next invoice, `none` only switches (the new fee is billed from the next period).
 */
export async function applyChange(
  deps: InvoicingDeps,
  trx: Executor,
  sub: SubscriptionRow,
  change: PendingChange,
  at: Date,
  zone: string,
): Promise<[SubscriptionRow, string | undefined]> {
  let invoiceId: string | undefined;
  if (sub.current_period_start && sub.current_period_end && change.proration_behavior !== 'none') {
    const current = period(sub.current_period_start, sub.current_period_end);
    const base = baseOf(sub, zone);
    // Credited as charged: a `none` change before this one charged nothing (billed-phase.ts).
    const billed = await billedFeesOf(trx, sub, at);
    const oldFees = feeSlices(billed.plan.licenseFees, billed.quantities, base, current);
    const newFees = feeSlices(
      (change.plan ?? sub.plan).licenseFees,
      change.quantities ?? sub.quantities,
      base,
      current,
    );
    const lines = prorationLines(oldFees, newFees, at, sub.currency, `${sub.id}:change:${change.id}`);
    if (lines.length > 0 && change.proration_behavior === 'always_invoice') {
      // The discounts in force reach the prorations as they reach any charge; an amount off is
      // taken once per billing period, on the period's invoice, so only a percentage applies here.
      const percent = (await discountsOf(deps, trx, sub)).filter((d) => d.percentOff !== null);
      const discounted = [...lines, ...discountLines(lines, percent, sub.currency, sub.id)];
      const invoice = await createInvoiceIn(deps, trx, {
        customerId: sub.customer_id,
        subscriptionId: sub.id,
        testClock: sub.test_clock,
        periodKey: `change:${change.id}`,
        billingReason: 'subscription_update',
        currency: sub.currency,
        periodStart: at,
        periodEnd: current.end,
        lines: discounted,
        at,
        finalize: true,
      });
      invoiceId = invoice?.id;
    } else if (lines.length > 0) {
      await trx
        .insertInto('pending_invoice_items')
        .values(
          lines.map((l) => ({
            id: newId('ii'),
            subscription_id: sub.id,
            key: l.key,
            type: l.type,
            description: l.description,
            billable_item: l.billableItemId,
            quantity: l.quantity?.toFixed() ?? null,
            unit_amount: l.unitAmount?.toFixed() ?? null,
            amount: l.amount.toFixed(),
            period_start: l.periodStart,
            period_end: l.periodEnd,
            invoice_id: null,
            created_at: at,
          })),
        )
        .onConflict((oc) => oc.column('key').doNothing())
        .execute();
    }
  }
  return [await switchPlan(trx, sub, change, at, zone), invoiceId];
}
