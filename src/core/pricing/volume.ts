import type { Decimal } from '../money/decimal.js';
import { ZERO } from '../money/decimal.js';
import { dec } from './amounts.js';
import type { PriceModel } from './model.js';
import type { Tier, TieredPrice } from './price.js';
import { validateTiers } from './tiers.js';

/** The tier a total falls in: the first whose inclusive bound it does not exceed. */
export function tierFor(tiers: readonly Tier[], quantity: Decimal): Tier | undefined {
  return tiers.find((t) => t.up_to === null || quantity.lessThanOrEqualTo(dec(t.up_to)));
}

/**
 * `tiered` in the platform FAQ: the tier the whole quantity falls in prices every unit,
 * `flat_amount + quantity × unit_amount`. With flat amounts only it is a stair-step.
 */
export const volume: PriceModel<TieredPrice> = {
  rate(price, quantity) {
    if (quantity.isZero()) return ZERO;
    const tier = tierFor(price.tiers, quantity);
    if (!tier) return ZERO;
    return dec(tier.flat_amount).plus(quantity.times(dec(tier.unit_amount)));
  },
  validate(price) {
    return validateTiers(price.tiers);
  },
};
