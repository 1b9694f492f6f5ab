import { type RawBuilder, sql } from 'kysely';

/** Subscriptions (not on a test clock) with an action due: what the billing job claims. */
export function subscriptionsDueCount(now: Date): RawBuilder<number> {
  return sql<number>`(select count(*) from subscriptions where next_action_at <= ${now} and test_clock is null)`;
}
