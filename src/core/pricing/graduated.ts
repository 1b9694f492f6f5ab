import { Decimal, ZERO } from '../money/decimal.js';
import { dec } from './amounts.js';
import type { PriceModel } from './model.js';
import type { TieredPrice } from './price.js';
import { validateTiers } from './tiers.js';

/**
 * `tiered_usage` in the platform FAQ: each tier prices only the units that fall in it, and adds
 * its `flat_amount` once it is reached (a quantity above the previous tier's bound). Tier i covers
 * (up_to of tier i-1, up_to of tier i]. Quantities may be fractional (GB, hours).
 */
export const graduated: PriceModel<TieredPrice> = {
  rate(price, quantity) {
    let total: Decimal = ZERO;
    let lower: Decimal = ZERO;
    for (const tier of price.tiers) {
      if (!quantity.greaterThan(lower)) break;
      const upper = tier.up_to === null ? quantity : Decimal.min(quantity, dec(tier.up_to));
      const units = upper.minus(lower);
      total = total.plus(dec(tier.flat_amount)).plus(units.times(dec(tier.unit_amount)));
      if (tier.up_to === null) break;
      lower = dec(tier.up_to);
    }
    return total;
  },
  validate(price) {
    return validateTiers(price.tiers);
  },
};
