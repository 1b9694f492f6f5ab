import { invoiceLines } from '../core/billing/assemble.js';
import type { LineDraft } from '../core/billing/line.js';
import { sliceAt } from '../core/billing/periods.js';
import { period } from '../core/time/period.js';
import type { Executor } from '../db/store.js';
import { createInvoicesIn, type NewInvoice } from '../invoicing/create.js';
import { billedUsageQuery } from '../invoicing/rerate.js';
import type { AggregateUsage, UsageQuery } from '../metering/usage-query.js';
import { emitEvent } from '../webhooks/emit.js';
import { switchPlan } from './change.js';
import { discountsOf } from './discounts.js';
import { emitLateEventsBilled, finalSweepAt } from './final-sweep.js';
import { closingKey, periodInputs, usageAsks } from './period-lines.js';
import { directReads, type PeriodReads, prefetchReads } from './period-reads.js';
import { cadenceSchedule } from './schedule.js';
import type { EngineDeps, StepResult } from './step.js';
import { saveSubs } from './store.js';
import { type SubscriptionRow, subscriptionJson } from './subscription.js';
import { prefetchUsage } from './usage-prefetch.js';

/** Everything a period end decided for one subscription, before anything is written. */
export interface PeriodClose {
  /** The subscription after a change scheduled for this moment took effect. */
  readonly sub: SubscriptionRow;
  readonly invoice: NewInvoice;
  readonly pendingIds: readonly string[];
  readonly adjustments: readonly LineDraft[];
  readonly patch: Partial<SubscriptionRow>;
  readonly ending: boolean;
}

/**
 * A period ends: usage of every service interval completed in it, late-event adjustments,
 * waiting prorations, and (unless the subscription ends here) the next period's license fees,
 * with a change scheduled for this moment taking effect for the next period.
 */
export async function planPeriodEnd(
  deps: EngineDeps,
  trx: Executor,
  sub: SubscriptionRow,
  zone: string,
  pastWindowS: number,
  reads: PeriodReads = directReads(trx),
  aggregate: AggregateUsage = deps.invoicing.aggregate,
): Promise<PeriodClose> {
  const end = sub.current_period_end as Date;
  const window = period(sub.current_period_start as Date, end);
  let current = sub;
  let ending = false;
  const { inputs, pendingIds } = await periodInputs(
    trx,
    aggregate,
    sub,
    window,
    zone,
    new Date(window.start.getTime() - pastWindowS * 1000),
    async () => {
      if (sub.pending_change && new Date(sub.pending_change.at).getTime() <= end.getTime()) {
        current = await switchPlan(trx, sub, sub.pending_change, end, zone);
      }
      ending = current.cancel_at !== null && current.cancel_at.getTime() <= end.getTime();
      return ending ? null : current;
    },
    reads,
  );
  const discounts = await discountsOf(deps.invoicing, trx, current);
  const next = ending ? undefined : sliceAt(cadenceSchedule(current, zone), end).period;
  return {
    sub: current,
    invoice: {
      customerId: sub.customer_id,
      subscriptionId: sub.id,
      testClock: sub.test_clock,
      periodKey: closingKey(window),
      billingReason: ending ? 'subscription_cancel' : 'subscription_cycle',
      currency: sub.currency,
      periodStart: window.start,
      periodEnd: window.end,
      lines: invoiceLines({ ...inputs, discounts }),
      at: end,
      finalize: false,
    },
    pendingIds,
    adjustments: inputs.adjustments ?? [],
    patch: ending
      ? { status: 'canceled', canceled_at: end, final_sweep_at: finalSweepAt(end, pastWindowS) }
      : { current_period_start: next?.start ?? null, current_period_end: next?.end ?? null },
    ending,
  };
}

/** Writes what `planPeriodEnd` decided, for many subscriptions at once (one statement per table). */
export async function closePeriods(
  deps: EngineDeps,
  trx: Executor,
  plans: readonly PeriodClose[],
  zone: string,
): Promise<[SubscriptionRow, StepResult][]> {
  const invoices = await createInvoicesIn(
    deps.invoicing,
    trx,
    plans.map((p) => p.invoice),
  );
  for (const [i, p] of plans.entries()) {
    const invoice = invoices[i];
    if (!invoice) continue;
    if (p.pendingIds.length > 0) {
      await trx
        .updateTable('pending_invoice_items')
        .set({ invoice_id: invoice.id })
        .where('id', 'in', [...p.pendingIds])
        .execute();
    }
    if (p.adjustments.length > 0) {
      await emitLateEventsBilled(trx, p.sub, invoice.id, p.adjustments, p.invoice.at);
    }
  }
  const rows = await saveSubs(
    trx,
    plans.map((p) => ({ sub: p.sub, patch: p.patch, at: p.invoice.at })),
    zone,
  );
  const out: [SubscriptionRow, StepResult][] = [];
  for (const [i, p] of plans.entries()) {
    const row = rows[i] as SubscriptionRow;
    if (p.ending) await emitEvent(trx, 'subscription.canceled', subscriptionJson(row), p.invoice.at);
    out.push([row, { action: 'period_end', at: p.invoice.at, invoiceId: invoices[i]?.id }]);
  }
  return out;
}

/**
 * The period end of many locked subscriptions whose next action is their period end (a worker
 * batch): the rows the lines are built from are read once for all, the meter per line, and the
 * results written set-wise. The lines come from the same planPeriodEnd as a single step.
 */
export async function closeDuePeriods(
  deps: EngineDeps,
  trx: Executor,
  subs: readonly SubscriptionRow[],
): Promise<[SubscriptionRow, StepResult][]> {
  if (subs.length === 0) return [];
  const settings = await deps.invoicing.settings(trx);
  const zone = settings.time_zone;
  const pastWindowS = settings.event_past_window_seconds + settings.grace_period_seconds;
  const earliest = Math.min(...subs.map((s) => (s.current_period_start as Date).getTime()));
  const reads = await prefetchReads(
    trx,
    subs.map((s) => s.id),
    new Date(earliest - pastWindowS * 1000),
  );
  // The meter reads the lines will make, in one go (a change's reads are not foreseen: they fall
  // through to single reads).
  const asks: UsageQuery[] = [];
  for (const sub of subs) {
    if (sub.pending_change !== null) continue;
    const window = period(sub.current_period_start as Date, sub.current_period_end as Date);
    for (const ask of await usageAsks(sub, window, zone, reads)) asks.push(ask.query);
    const since = new Date(window.start.getTime() - pastWindowS * 1000);
    for (const row of await reads.finalBilled(sub.id, since)) asks.push(billedUsageQuery(row));
  }
  const aggregate = await prefetchUsage(deps.invoicing.aggregateMany, deps.invoicing.aggregate, asks, trx);
  const plans: PeriodClose[] = [];
  const direct = directReads(trx);
  for (const sub of subs) {
    // A change taking effect here writes phases and items first: read those after it, directly.
    const changing = sub.pending_change !== null;
    plans.push(await planPeriodEnd(deps, trx, sub, zone, pastWindowS, changing ? direct : reads, aggregate));
  }
  return closePeriods(deps, trx, plans, zone);
}
