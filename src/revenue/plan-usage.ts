import { sliceAt } from '../core/billing/periods.js';
import { billedAmountPrecise } from '../core/billing/usage-lines.js';
import type { DeliveredUsage, UsageSource } from '../credits/usage-source.js';
import type { Executor } from '../db/store.js';
import type { MeteringService } from '../metering/service.js';
import { rateQuery } from '../metering/usage-query.js';
import { baseOf } from '../subscriptions/schedule.js';
import type { SubscriptionService } from '../subscriptions/service.js';
import type { SubscriptionRow } from '../subscriptions/subscription.js';

/** Subscriptions whose usage is being delivered now. */
const BILLING = ['active', 'past_due'] as const;
const PAGE = 100;

async function allSubscriptions(
  subscriptions: SubscriptionService,
  customer?: string,
): Promise<SubscriptionRow[]> {
  const out: SubscriptionRow[] = [];
  for (const status of BILLING) {
    let after: string | undefined;
    for (;;) {
      const rows = await subscriptions.list({
        limit: PAGE,
        status,
        ...(customer && { customer }),
        ...(after && { starting_after: after }),
      });
      out.push(...rows.slice(0, PAGE));
      if (rows.length <= PAGE) break;
      after = rows[PAGE - 1]?.id;
    }
  }
  return out;
}

/**
 * The usage source of credits and revenue, from billing's own values: each subscription's
 * resolved plan and schedule (the same service intervals its invoices use, clipped to its life),
 * metering's aggregate and the catalog's rating. Subscriptions are listed outside any transaction
 * (the subscription service reads on its own connection), so callers pass no transaction here.
 */
export function planUsageSource(deps: {
  subscriptions: SubscriptionService;
  metering: MeteringService;
  timeZone: () => Promise<string>;
}): UsageSource {
  return {
    async customers() {
      return [...new Set((await allSubscriptions(deps.subscriptions)).map((s) => s.customer_id))].sort();
    },
    async delivered(customerId: string, asOf: Date, executor?: Executor): Promise<DeliveredUsage[]> {
      const zone = await deps.timeZone();
      const before = new Date(asOf.getTime() - 1);
      const out: DeliveredUsage[] = [];
      const formulas = new Map<string, string>();
      for (const sub of await allSubscriptions(deps.subscriptions, customerId)) {
        if (sub.customer_id !== customerId || sub.billing_start.getTime() >= asOf.getTime()) continue;
        for (const card of sub.plan.rateCards) {
          const slice = sliceAt({ ...baseOf(sub, zone), interval: card.serviceInterval }, before);
          if (slice.period.end.getTime() <= slice.period.start.getTime()) continue;
          const end = new Date(Math.min(asOf.getTime(), slice.period.end.getTime()));
          for (const r of card.rates) {
            const meterId = r.billableItem.meterId;
            if (!meterId) continue;
            if (!formulas.has(meterId))
              formulas.set(meterId, (await deps.metering.getMeter(meterId, executor)).formula);
            const quantity = await deps.metering.aggregate(
              rateQuery(r, customerId, { start: slice.period.start, end }),
              executor,
            );
            const formula = formulas.get(meterId);
            out.push({
              subscriptionId: sub.id,
              customerId,
              testClock: sub.test_clock,
              billableItemId: r.billableItem.id,
              meterId,
              currency: sub.currency,
              periodStart: slice.period.start,
              periodEnd: slice.period.end,
              quantity,
              amount: billedAmountPrecise(r.price, quantity),
              additive: formula === 'sum' || formula === 'count',
            });
          }
        }
      }
      return out;
    },
  };
}
