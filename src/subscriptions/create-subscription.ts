import type { Static } from 'typebox';
import { ApiError } from '../shared/errors/index.js';
import { newId } from '../shared/ids.js';
import { emitEvent } from '../webhooks/emit.js';
import { assertStartDate } from './backdating.js';
import { commitmentAmount, prepaidTerm } from './commitments.js';
import type { AsOf, UseCaseDeps } from './deps.js';
import { periodFeesSubtotal, redeemDiscount } from './discounts.js';
import { runDue } from './engine.js';
import { loadSubscription } from './load.js';
import { openPrepaidCommitment } from './prepaid-commitment.js';
import type { SubscriptionCreate } from './schemas.js';
import { type SubscriptionRow, subscriptionJson } from './subscription.js';
import { assertFitsCadence, assertQuantities } from './validate.js';

/**
 * Puts a customer on a plan version: checks currency, cadence and quantities, stores the
 * subscription and its first phase, emits `subscription.created`, and runs what is already due
 * (a backfilled start bills its past periods at once).
 */
export async function createSubscription(
  deps: UseCaseDeps,
  input: Static<typeof SubscriptionCreate>,
  options?: AsOf,
): Promise<SubscriptionRow> {
  // Refused before anything is written when nothing can open the commitment.
  if (input.prepaid_commitment && !deps.hooks.some((h) => h.openPrepaidCommitment)) {
    throw new ApiError(
      'service_unavailable',
      'Prepaid commitments need the credits slice, which is not running.',
    );
  }
  const sub = await insertSubscription(deps, input, options);
  return sub.commit_amount === null ? sub : openPrepaidCommitment(deps, sub);
}

async function insertSubscription(
  deps: UseCaseDeps,
  input: Static<typeof SubscriptionCreate>,
  options?: AsOf,
): Promise<SubscriptionRow> {
  return deps.ctx.db.transaction().execute(async (trx) => {
    const customer = await deps.customers.get(input.customer, trx);
    const plan = await deps.resolvePlan(input.pricing_plan, input.pricing_plan_version, trx);
    if (customer.currency && customer.currency !== plan.currency) {
      throw new ApiError(
        'currency_mismatch',
        `Customer ${customer.id} pays in ${customer.currency}; pricing plan ${plan.id} is in ${plan.currency}.`,
        { param: 'pricing_plan' },
      );
    }
    const cadence = {
      unit: input.billing_cadence?.interval ?? 'month',
      count: input.billing_cadence?.interval_count ?? 1,
    } as const;
    assertFitsCadence(plan, cadence);
    const quantities = assertQuantities(plan, input.component_configurations);
    const now = options?.at ?? (await deps.invoicing.nowFor(customer.id, trx));
    const startDate = input.start_date ? new Date(input.start_date) : now;
    if (input.start_date) {
      const settings = await deps.invoicing.settings(trx);
      assertStartDate(startDate, now, settings.event_past_window_seconds, input.backfill === true);
    }
    const trialEnd = input.trial_end ? new Date(input.trial_end) : null;
    if (trialEnd && trialEnd.getTime() <= startDate.getTime()) {
      throw new ApiError('parameter_invalid', 'trial_end must be after start_date.', {
        param: 'trial_end',
      });
    }
    const billingStart = trialEnd ?? startDate;
    const zone = (await deps.invoicing.settings(trx)).time_zone;
    const commit =
      input.prepaid_commitment && prepaidTerm(input.prepaid_commitment, plan.currency, billingStart, zone);
    const sub = await trx
      .insertInto('subscriptions')
      .values({
        id: newId('sub'),
        customer_id: customer.id,
        test_clock: customer.test_clock,
        status: trialEnd ? 'trialing' : 'not_started',
        currency: plan.currency,
        plan_id: plan.id,
        plan_version: plan.version,
        plan: JSON.stringify(plan),
        quantities: JSON.stringify(quantities),
        cadence_unit: cadence.unit,
        cadence_count: cadence.count,
        anchor: input.billing_cadence?.anchor ? new Date(input.billing_cadence.anchor) : billingStart,
        start_date: startDate,
        trial_end: trialEnd,
        billing_start: billingStart,
        current_period_start: null,
        current_period_end: null,
        service_actions_through: billingStart,
        next_action_at: billingStart,
        pending_change: null,
        cancel_at: null,
        canceled_at: null,
        metadata: JSON.stringify(input.metadata ?? {}),
        minimum_amount: input.minimum ? commitmentAmount(input.minimum, plan.currency, 'minimum') : null,
        commit_amount: commit?.amount ?? null,
        commit_start: commit?.start ?? null,
        commit_end: commit?.end ?? null,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('subscription_phases')
      .values({
        id: newId('sph'),
        subscription_id: sub.id,
        plan_id: plan.id,
        plan_version: plan.version,
        plan: JSON.stringify(plan),
        quantities: JSON.stringify(quantities),
        effective_at: billingStart,
        proration_behavior: null,
        created_at: now,
      })
      .execute();
    // Redeemed in this transaction: a refused coupon leaves no subscription, and the first invoice carries it.
    await redeemDiscount(deps.invoicing, trx, sub, input, {
      now,
      start: billingStart,
      subtotal: async () => periodFeesSubtotal(sub, quantities, billingStart, zone),
    });
    await emitEvent(trx, 'subscription.created', subscriptionJson(sub), now);
    await runDue(deps.engine, trx, sub, now);
    return loadSubscription(trx, sub.id);
  });
}
