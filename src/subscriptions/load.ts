import type { Executor } from '../db/store.js';
import { notFound } from '../shared/errors/index.js';
import type { SubscriptionRow } from './subscription.js';
import './tables.js';

/** A subscription by id, locked for the rest of the transaction when `lock`; throws `subscription_not_found`. */
export async function loadSubscription(
  executor: Executor,
  id: string,
  lock = false,
): Promise<SubscriptionRow> {
  let q = executor.selectFrom('subscriptions').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw notFound('subscription_not_found', 'subscription', id);
  return row;
}
