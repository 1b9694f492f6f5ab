import { sliceAt, slicesStartingIn } from '../core/billing/periods.js';
import { period } from '../core/time/period.js';
import type { Executor } from '../db/store.js';
import { createInvoiceIn } from '../invoicing/create.js';
import { applyChange } from './change.js';
import { withDiscounts } from './discounts.js';
import { finalSweep } from './final-sweep.js';
import { closePeriods, planPeriodEnd } from './period-end.js';
import { advanceFeeLines } from './period-lines.js';
import { baseOf, cadenceSchedule, nextActionAt } from './schedule.js';
import type { EngineDeps, StepResult } from './step.js';
import { saveSub } from './store.js';
import type { SubscriptionRow } from './subscription.js';

export type { EngineDeps, StepResult } from './step.js';

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
    lines: await withDiscounts(
      deps.invoicing,
      trx,
      sub,
      advanceFeeLines(sub, sub.plan, sub.quantities, first, zone),
    ),
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
  const due = dueAction(sub, zone, until);
  if (!due) return undefined;
  const { action, at } = due;
  const pastWindowS = settings.event_past_window_seconds + settings.grace_period_seconds;
  switch (action) {
    case 'final_sweep': {
      const [row, invoiceId] = await finalSweep(deps.invoicing, trx, sub, zone, pastWindowS);
      return [row, { action, at, invoiceId }];
    }
    case 'start':
      return start(deps, trx, sub, zone);
    case 'period_end': {
      const plan = await planPeriodEnd(deps, trx, sub, zone, pastWindowS);
      return (await closePeriods(deps, trx, [plan], zone))[0];
    }
    case 'change': {
      const change = sub.pending_change as NonNullable<SubscriptionRow['pending_change']>;
      const [row, invoiceId] = await applyChange(deps.invoicing, trx, sub, change, at, zone);
      return [row, { action, at, invoiceId }];
    }
    case 'service_action':
      return [await serviceActions(deps, trx, sub, at, zone), { action, at }];
  }
}

/** Which action is due first by `until`, and when (undefined when nothing is due). */
export function dueAction(
  sub: SubscriptionRow,
  zone: string,
  until: Date,
): { action: StepResult['action']; at: Date } | undefined {
  const at = nextActionAt(sub, zone);
  if (!at || at.getTime() > until.getTime()) return undefined;
  if (sub.status === 'canceled') return { action: 'final_sweep', at };
  if (!sub.current_period_end) return { action: 'start', at };
  if (sub.current_period_end.getTime() === at.getTime()) return { action: 'period_end', at };
  if (sub.pending_change && new Date(sub.pending_change.at).getTime() === at.getTime()) {
    return { action: 'change', at };
  }
  return { action: 'service_action', at };
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
