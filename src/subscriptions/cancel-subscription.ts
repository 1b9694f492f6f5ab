import type { Static } from 'typebox';
import { ApiError } from '../shared/errors/index.js';
import { emitEvent } from '../webhooks/emit.js';
import { cancelNow } from './cancel.js';
import type { AsOf, UseCaseDeps } from './deps.js';
import { runDue } from './engine.js';
import { loadSubscription } from './load.js';
import type { Cancel } from './schemas.js';
import { saveSub } from './store.js';
import { type SubscriptionRow, subscriptionJson } from './subscription.js';
import type { ProrationBehavior } from './tables.js';

/**
 * Cancels at period end (renewal stops) or now: what was due runs first, then a final invoice
 * credits the unused time under the proration behaviour.
 */
export async function cancelSubscription(
  deps: UseCaseDeps,
  id: string,
  input: Static<typeof Cancel>,
  options?: AsOf,
): Promise<SubscriptionRow> {
  return deps.ctx.db.transaction().execute(async (trx) => {
    let sub = await loadSubscription(trx, id, true);
    if (sub.status === 'canceled')
      throw new ApiError('subscription_canceled', `Subscription ${id} is already canceled.`);
    const now = options?.at ?? (await deps.invoicing.nowFor(sub.customer_id, trx));
    await runDue(deps.engine, trx, sub, now);
    sub = await loadSubscription(trx, id, true);
    const settings = await deps.invoicing.settings(trx);
    const behavior: ProrationBehavior = input.proration_behavior ?? 'create_prorations';
    if (input.at === 'period_end' && sub.current_period_end) {
      const row = await saveSub(trx, sub, { cancel_at: sub.current_period_end }, settings.time_zone, now);
      await emitEvent(trx, 'subscription.updated', subscriptionJson(row), now);
      return row;
    }
    const pastWindow = settings.event_past_window_seconds + settings.grace_period_seconds;
    return (await cancelNow(deps.invoicing, trx, sub, now, behavior, settings.time_zone, pastWindow))[0];
  });
}
