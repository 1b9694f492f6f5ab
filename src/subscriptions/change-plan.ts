import type { Static } from 'typebox';
import { ApiError } from '../shared/errors/index.js';
import type { AsOf, UseCaseDeps } from './deps.js';
import { applyAtEffective, type BuildChange } from './effective-change.js';
import type { ChangePlan } from './schemas.js';
import type { SubscriptionRow } from './subscription.js';
import { assertFitsCadence, assertQuantities } from './validate.js';

/** Moves a subscription to another plan version in the same currency and a cadence it fits. */
export function changePlan(
  deps: UseCaseDeps,
  id: string,
  input: Static<typeof ChangePlan>,
  options?: AsOf,
): Promise<SubscriptionRow> {
  return applyAtEffective(deps, id, options, input.effective_at, planChange(deps, id, input));
}

/** The change a plan change makes to `sub`: the plan, the quantities it keeps, how to prorate. */
export function planChange(deps: UseCaseDeps, id: string, input: Static<typeof ChangePlan>): BuildChange {
  return async (sub, trx) => {
    const plan = await deps.resolvePlan(input.pricing_plan, input.pricing_plan_version, trx);
    if (plan.currency !== sub.currency) {
      throw new ApiError(
        'currency_mismatch',
        `Subscription ${id} bills in ${sub.currency}; pricing plan ${plan.id} is in ${plan.currency}.`,
        { param: 'pricing_plan' },
      );
    }
    assertFitsCadence(plan, { unit: sub.cadence_unit, count: sub.cadence_count });
    // Quantities carry over for fees the new plan shares; configurations given here win.
    const kept = Object.fromEntries(
      Object.entries(sub.quantities).filter(([k]) => plan.licenseFees.some((f) => f.id === k)),
    );
    return {
      plan,
      quantities: { ...kept, ...assertQuantities(plan, input.component_configurations) },
      proration_behavior: input.proration_behavior ?? 'create_prorations',
    };
  };
}
