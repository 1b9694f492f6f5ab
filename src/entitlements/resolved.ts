import { Decimal } from '../core/money/decimal.js';
import { type Interval, periodAt } from '../core/time/interval.js';
import type { Period } from '../core/time/period.js';
import type { SubscriptionInForce } from '../subscriptions/in-force.js';
import type { EntitlementState } from './evaluate.js';
import type { FeatureRow } from './features.js';
import type { PlanEntitlementRow } from './plan-entitlements.js';

/** The subscription in force that carries a feature, and its plan entry. */
export type Found = { entry: PlanEntitlementRow; subscription: SubscriptionInForce };

/** One feature's answer for one customer, as the check and the customer's list return it. */
export interface Resolved {
  readonly feature: FeatureRow;
  readonly entry: PlanEntitlementRow | undefined;
  readonly subscription: SubscriptionInForce | undefined;
  readonly state: EntitlementState | undefined;
}

function dec(v: Decimal | null | undefined): string | null {
  return v === null || v === undefined ? null : v.toFixed();
}

export function stateJson(r: Resolved) {
  const m = r.state?.metered ?? null;
  return {
    feature: r.feature.key,
    type: r.feature.type,
    allowed: r.state?.allowed ?? false,
    reason: r.state?.reason ?? ('no_entitlement' as const),
    value: r.entry && r.feature.type === 'static' && r.state?.allowed ? (r.entry.value ?? null) : null,
    usage: dec(m?.usage),
    limit: dec(m?.limit),
    soft_limit: r.entry?.soft_limit == null ? null : new Decimal(r.entry.soft_limit).toFixed(),
    balance: dec(m?.balance),
    overage: r.feature.type === 'metered' ? (r.entry?.overage ?? null) : null,
    period_start: m ? m.period.start.toISOString() : null,
    resets_at: m ? m.period.end.toISOString() : null,
    subscription: r.subscription?.id ?? null,
  };
}

/** The usage period of an entry: its own interval, else the subscription's billing cadence, from the anchor. */
export function usagePeriod(
  entry: PlanEntitlementRow,
  sub: SubscriptionInForce,
  now: Date,
  zone: string,
): Period {
  const interval: Interval = entry.interval
    ? { unit: entry.interval, count: entry.interval_count }
    : { unit: sub.cadence_unit, count: sub.cadence_count };
  return periodAt(sub.anchor, interval, now, zone);
}
