import type { Executor } from '../db/store.js';
import { nextActionAt } from './schedule.js';
import type { SubscriptionRow } from './subscription.js';
import './tables.js';

/** Stores new subscription fields and its next action time, computed from the result. */
export async function saveSub(
  trx: Executor,
  sub: SubscriptionRow,
  patch: Partial<SubscriptionRow>,
  zone: string,
  at: Date,
) {
  const next = { ...sub, ...patch };
  const { plan, pending_change, quantities, metadata, ...rest } = patch;
  return trx
    .updateTable('subscriptions')
    .set({
      ...rest,
      ...(plan !== undefined && { plan: JSON.stringify(plan) }),
      ...(pending_change !== undefined && {
        pending_change: pending_change === null ? null : JSON.stringify(pending_change),
      }),
      ...(quantities !== undefined && { quantities: JSON.stringify(quantities) }),
      ...(metadata !== undefined && { metadata: JSON.stringify(metadata) }),
      next_action_at: nextActionAt(next, zone),
      updated_at: at,
    })
    .where('id', '=', sub.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
