import type { Static } from 'typebox';
import { commitmentAmount } from './commitments.js';
import type { AsOf, UseCaseDeps } from './deps.js';
import { periodFeesSubtotal, redeemDiscount } from './discounts.js';
import { applyAtEffective, type BuildChange } from './effective-change.js';
import type { SubscriptionUpdate } from './schemas.js';
import type { SubscriptionRow } from './subscription.js';
import { assertQuantities, sameQuantities } from './validate.js';

/** Changes quantities (prorated), the minimum spend and metadata; the same quantities make no phase and no proration. */
export function updateSubscription(
  deps: UseCaseDeps,
  id: string,
  input: Static<typeof SubscriptionUpdate>,
  options?: AsOf,
): Promise<SubscriptionRow> {
  return applyAtEffective(deps, id, options, input.effective_at, subscriptionUpdate(deps, id, input));
}

/** The change an update makes: metadata and a coupon at once, and quantities (prorated) when they differ. */
export function subscriptionUpdate(
  deps: UseCaseDeps,
  id: string,
  input: Static<typeof SubscriptionUpdate>,
): BuildChange {
  return async (sub, trx) => {
    // A coupon given here applies from now (the customer's clock) and replaces the subscription's discount.
    if (input.coupon !== undefined || input.promotion_code !== undefined) {
      const now = await deps.invoicing.nowFor(sub.customer_id, trx);
      const quantities = { ...sub.quantities, ...assertQuantities(sub.plan, input.component_configurations) };
      await redeemDiscount(deps.invoicing, trx, sub, input, {
        now,
        start: now,
        subtotal: async () =>
          periodFeesSubtotal(sub, quantities, now, (await deps.invoicing.settings(trx)).time_zone),
      });
    }
    if (input.metadata) {
      await trx
        .updateTable('subscriptions')
        .set({ metadata: JSON.stringify({ ...sub.metadata, ...input.metadata }) })
        .where('id', '=', id)
        .execute();
    }
    // A new minimum applies from the period that closes next (it is read at the period end).
    if (input.minimum !== undefined) {
      const minimum = input.minimum && commitmentAmount(input.minimum, sub.currency, 'minimum');
      await trx.updateTable('subscriptions').set({ minimum_amount: minimum }).where('id', '=', id).execute();
    }
    const quantities = {
      ...sub.quantities,
      ...assertQuantities(sub.plan, input.component_configurations),
    };
    if (sameQuantities(sub.quantities, quantities)) return null;
    return { proration_behavior: input.proration_behavior ?? 'create_prorations', quantities };
  };
}
