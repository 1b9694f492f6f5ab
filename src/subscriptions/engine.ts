import type { LineDraft } from '../core/billing/line.js';
import { sliceAt, slicesStartingIn } from '../core/billing/periods.js';
import { period } from '../core/time/period.js';
import type { Executor } from '../db/store.js';
import { createInvoiceIn } from '../invoicing/create.js';
import type { InvoicingDeps } from '../invoicing/deps.js';
import type { SubscriptionHooks } from '../invoicing/hooks.js';
import { emitEvent } from '../webhooks/emit.js';
import { applyChange, switchPlan } from './change.js';
import { emitLateEventsBilled, finalSweep, finalSweepAt } from './final-sweep.js';
import { advanceFeeLines, lateAdjustments, pendingItemLines, usageLines } from './period-lines.js';
import { baseOf, cadenceSchedule, nextActionAt } from './schedule.js';
import { saveSub } from './store.js';
import { type SubscriptionRow, subscriptionJson } from './subscription.js';

export interface EngineDeps {
  readonly invoicing: InvoicingDeps;
  readonly hooks: SubscriptionHooks[];
}

export interface StepResult {
  readonly action: 'start' | 'period_end' | 'change' | 'service_action' | 'final_sweep';
  readonly at: Date;
  readonly invoiceId?: string | undefined;
}

/** The first invoice: license fees in advance for the first billing period. */
async function start(
  deps: EngineDeps,
  trx: Executor,
  sub: SubscriptionRow,
  zone: string,
): Promise<[SubscriptionRow, StepResult]> {
  const at = sub.billing_start;
  const first = sliceAt(cadenceSchedule(sub, zone), at).period;
  const invoice = await createInvoiceIn(deps.invoicing, trx, {
    customerId: sub.customer_id,
    subscriptionId: sub.id,
    testClock: sub.test_clock,
    periodKey: 'start',
    billingReason: 'subscription_create',
    currency: sub.currency,
    periodStart: first.start,
    periodEnd: first.end,
    lines: advanceFeeLines(sub, sub.plan, sub.quantities, first, zone),
    at,
    finalize: false,
  });
  const row = await saveSub(
    trx,
    sub,
    { status: 'active', current_period_start: first.start, current_period_end: first.end },
    zone,
    at,
  );
  return [row, { action: 'start', at, invoiceId: invoice?.id }];
}

/**
 * A period ends: usage of every service interval completed in it, late-event adjustments,
 * waiting prorations, and (unless the subscription ends here) the next period's license fees,
 * with a change scheduled for this moment taking effect for the next period.
 */
async function periodEnd(
  deps: EngineDeps,
  trx: Executor,
  sub: SubscriptionRow,
  zone: string,
  pastWindowS: number,
): Promise<[SubscriptionRow, StepResult]> {
  const end = sub.current_period_end as Date;
  const window = period(sub.current_period_start as Date, end);
  const aggregate = deps.invoicing.aggregate;
  const lines: LineDraft[] = await usageLines(trx, aggregate, sub, window, zone);
  const since = new Date(window.start.getTime() - pastWindowS * 1000);
  const adjustments = await lateAdjustments(trx, aggregate, sub, since);
  lines.push(...adjustments);
  let current = sub;
  if (sub.pending_change && new Date(sub.pending_change.at).getTime() <= end.getTime()) {
    current = await switchPlan(trx, sub, sub.pending_change, end, zone);
  }
  const ending = current.cancel_at !== null && current.cancel_at.getTime() <= end.getTime();
  const next = ending ? undefined : sliceAt(cadenceSchedule(current, zone), end).period;
  if (next) lines.push(...advanceFeeLines(current, current.plan, current.quantities, next, zone));
  const pending = await pendingItemLines(trx, sub.id);
  lines.push(...pending.lines);
  const invoice = await createInvoiceIn(deps.invoicing, trx, {
    customerId: sub.customer_id,
    subscriptionId: sub.id,
    testClock: sub.test_clock,
    periodKey: `cycle:${window.start.toISOString()}`,
    billingReason: ending ? 'subscription_cancel' : 'subscription_cycle',
    currency: sub.currency,
    periodStart: window.start,
    periodEnd: window.end,
    lines,
    at: end,
    finalize: false,
  });
  if (invoice && pending.ids.length > 0) {
    await trx
      .updateTable('pending_invoice_items')
      .set({ invoice_id: invoice.id })
      .where('id', 'in', pending.ids)
      .execute();
  }
  if (invoice && adjustments.length > 0) await emitLateEventsBilled(trx, sub, invoice.id, adjustments, end);
  const patch: Partial<SubscriptionRow> = ending
    ? { status: 'canceled', canceled_at: end, final_sweep_at: finalSweepAt(end, pastWindowS) }
    : { current_period_start: next?.start ?? null, current_period_end: next?.end ?? null };
  const row = await saveSub(trx, current, patch, zone, end);
  if (ending) await emitEvent(trx, 'subscription.canceled', subscriptionJson(row), end);
  return [row, { action: 'period_end', at: end, invoiceId: invoice?.id }];
}

/** Issues every service action whose interval starts by `at` (one call per action per interval). */
async function serviceActions(
  deps: EngineDeps,
  trx: Executor,
  sub: SubscriptionRow,
  at: Date,
  zone: string,
): Promise<SubscriptionRow> {
  const window = period(sub.service_actions_through, new Date(at.getTime() + 1));
  for (const action of sub.plan.serviceActions) {
    for (const slice of slicesStartingIn(
      { ...baseOf(sub, zone), interval: action.serviceInterval },
      window,
    )) {
      for (const hook of deps.hooks) {
        await hook.onServiceActionDue?.(trx, {
          subscriptionId: sub.id,
          customerId: sub.customer_id,
          serviceAction: action,
          servicePeriod: slice.period,
          at: slice.period.start,
        });
      }
    }
  }
  return saveSub(trx, sub, { service_actions_through: window.end }, zone, at);
}

/** Runs the single earliest action due by `until`, or returns undefined when none is due. */
export async function step(
  deps: EngineDeps,
  trx: Executor,
  sub: SubscriptionRow,
  until: Date,
): Promise<[SubscriptionRow, StepResult] | undefined> {
  const settings = await deps.invoicing.settings(trx);
  const zone = settings.time_zone;
  const at = nextActionAt(sub, zone);
  if (!at || at.getTime() > until.getTime()) return undefined;
  const pastWindowS = settings.event_past_window_seconds + settings.grace_period_seconds;
  if (sub.status === 'canceled') {
    const [row, invoiceId] = await finalSweep(deps.invoicing, trx, sub, zone, pastWindowS);
    return [row, { action: 'final_sweep', at, invoiceId }];
  }
  if (!sub.current_period_end) return start(deps, trx, sub, zone);
  if (sub.current_period_end.getTime() === at.getTime()) return periodEnd(deps, trx, sub, zone, pastWindowS);
  if (sub.pending_change && new Date(sub.pending_change.at).getTime() === at.getTime()) {
    const [row, invoiceId] = await applyChange(deps.invoicing, trx, sub, sub.pending_change, at, zone);
    return [row, { action: 'change', at, invoiceId }];
  }
  return [await serviceActions(deps, trx, sub, at, zone), { action: 'service_action', at }];
}

/** Every action due by `until`, in time order, in the caller's transaction (the row is locked). */
export async function runDue(
  deps: EngineDeps,
  trx: Executor,
  sub: SubscriptionRow,
  until: Date,
): Promise<StepResult[]> {
  const done: StepResult[] = [];
  let current = sub;
  for (;;) {
    const result = await step(deps, trx, current, until);
    if (!result) return done;
    [current] = result;
    done.push(result[1]);
  }
}
