import { graduated } from './graduated.js';
import { validateMatrix } from './matrix.js';
import { packagePrice } from './package.js';
import { perUnit } from './per-unit.js';
import { validatePercentage } from './percentage.js';
import type { Price } from './price.js';
import type { PriceProblem } from './problem.js';
import { volume } from './volume.js';

export type { PriceProblem } from './problem.js';

/**
 * Everything that makes a price unusable, with the param of each problem relative to the price
 * (`tiers[2][up_to]`); empty when the price can be rated. The API prefixes the params with where
 * the price sits in its body (`price[tiers][2][up_to]`).
 */
export function validatePrice(price: Price): PriceProblem[] {
  switch (price.type) {
    case 'per_unit':
      return perUnit.validate(price);
    case 'package':
      return packagePrice.validate(price);
    case 'tiered':
      if (price.tiers_mode === 'graduated') return graduated.validate(price);
      if (price.tiers_mode === 'volume') return volume.validate(price);
      return [{ param: 'tiers_mode', message: "tiers_mode must be 'graduated' or 'volume'." }];
    case 'matrix':
      return validateMatrix(price);
    case 'percentage':
      return validatePercentage(price);
    default: {
      const never: never = price;
      return [{ param: 'type', message: `Unknown price type ${JSON.stringify(never)}.` }];
    }
  }
}

/** `price[tiers][2][up_to]` from `tiers[2][up_to]` and the prefix `price`. */
export function prefixParam(prefix: string, param: string): string {
  const bracket = param.indexOf('[');
  const head = bracket === -1 ? param : param.slice(0, bracket);
  const rest = bracket === -1 ? '' : param.slice(bracket);
  return `${prefix}[${head}]${rest}`;
}
