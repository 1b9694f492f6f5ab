import type { ResolvedPlan } from '../catalog/resolved-plan.js';
import { nextStartFrom, type Schedule } from '../core/billing/periods.js';
import type { Interval } from '../core/time/interval.js';
import type { SubscriptionRow } from './subscription.js';

/** The subscription's life as a schedule base: its anchor, zone, start and (if any) end. */
export function baseOf(sub: SubscriptionRow, zone: string): Omit<Schedule, 'interval'> {
  const end = sub.canceled_at ?? sub.cancel_at;
  return { anchor: sub.anchor, zone, floor: sub.billing_start, ceiling: end ?? undefined };
}

export function cadenceOf(sub: SubscriptionRow): Interval {
  return { unit: sub.cadence_unit, count: sub.cadence_count };
}

export function cadenceSchedule(sub: SubscriptionRow, zone: string): Schedule {
  return { ...baseOf(sub, zone), interval: cadenceOf(sub) };
}

/** When the next service-action interval begins (one grant per interval, DESIGN 4). */
export function nextServiceActionAt(
  sub: SubscriptionRow,
  plan: ResolvedPlan,
  zone: string,
): Date | undefined {
  let best: Date | undefined;
  for (const action of plan.serviceActions) {
    const next = nextStartFrom(
      { ...baseOf(sub, zone), interval: action.serviceInterval },
      sub.service_actions_through,
    );
    if (next && (!best || next.period.start < best)) best = next.period.start;
  }
  return best;
}

/**
 * The earliest moment something is due for a subscription: its start, its period end, a
 * scheduled change, or a service action; once it has ended, its final late-events sweep, then
 * null.
 */
export function nextActionAt(sub: SubscriptionRow, zone: string): Date | null {
  if (sub.status === 'canceled') return sub.final_sweep_at;
  if (!sub.current_period_end) return sub.billing_start;
  const candidates = [sub.current_period_end.getTime()];
  if (sub.pending_change) candidates.push(new Date(sub.pending_change.at).getTime());
  const sa = nextServiceActionAt(sub, sub.plan, zone);
  if (sa) candidates.push(sa.getTime());
  return new Date(Math.min(...candidates));
}
