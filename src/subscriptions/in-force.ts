import type { IntervalUnit } from '../core/time/interval.js';
import type { Executor } from '../db/store.js';
import './tables.js';

/** What a subscription in force says about its plan and cadence: all an entitlement check needs. */
export interface SubscriptionInForce {
  readonly id: string;
  readonly status: 'active' | 'trialing' | 'past_due';
  readonly plan_id: string;
  readonly plan_version: number;
  readonly anchor: Date;
  readonly cadence_unit: IntervalUnit;
  readonly cadence_count: number;
}

/**
 * A customer's subscriptions in force (active, trialing, past due), oldest first: one indexed
 * query of seven columns, for the entitlement check that runs on every request of the
 * application (src/entitlements).
 */
export async function subscriptionsInForce(db: Executor, customerId: string): Promise<SubscriptionInForce[]> {
  const rows = await db
    .selectFrom('subscriptions')
    .select(['id', 'status', 'plan_id', 'plan_version', 'anchor', 'cadence_unit', 'cadence_count'])
    .where('customer_id', '=', customerId)
    .where('status', 'in', ['active', 'trialing', 'past_due'])
    .orderBy('id')
    .execute();
  return rows as SubscriptionInForce[];
}
