import type { Subscription } from '../../api/types.js';

const LIVE = new Set(['active', 'trialing', 'past_due']);

export function liveSubscriptions(subscriptions: Subscription[]): Subscription[] {
  return subscriptions.filter((s) => LIVE.has(s.status));
}

/**
 * The period a customer's usage chart shows: the current billing period of their first live
 * subscription, or the last 30 days when they have none (or subscriptions are not available).
 */
export function currentPeriod(
  subscriptions: Subscription[] | undefined,
  now: Date,
): { start: string; end: string } {
  const live = liveSubscriptions(subscriptions ?? []).find(
    (s) => s.current_period_start && s.current_period_end,
  );
  if (live?.current_period_start && live.current_period_end) {
    return { start: live.current_period_start, end: live.current_period_end };
  }
  const end = new Date(Math.ceil(now.getTime() / 86_400_000) * 86_400_000);
  return { start: new Date(end.getTime() - 30 * 86_400_000).toISOString(), end: end.toISOString() };
}
