import { Decimal } from '../money/decimal.js';
import { checkAmount, checkPositive, dec } from './amounts.js';
import type { PriceModel } from './model.js';
import type { PackagePrice } from './price.js';

/** Number of packages a quantity buys: partial packages round up (charged) or down (free). */
export function packagesFor(price: PackagePrice, quantity: Decimal): Decimal {
  const packages = quantity.dividedBy(dec(price.package_size));
  return price.rounding === 'up'
    ? packages.toDecimalPlaces(0, Decimal.ROUND_CEIL)
    : packages.toDecimalPlaces(0, Decimal.ROUND_FLOOR);
}

/** Units sold in packages of `package_size`, each package costing `unit_amount`. */
export const packagePrice: PriceModel<PackagePrice> = {
  rate(price, quantity) {
    return packagesFor(price, quantity).times(dec(price.unit_amount));
  },
  validate(price) {
    const problems = [
      ...checkPositive(price.package_size, 'package_size'),
      ...checkAmount(price.unit_amount, 'unit_amount'),
    ];
    if (price.rounding !== 'up' && price.rounding !== 'down')
      problems.push({ param: 'rounding', message: "rounding must be 'up' or 'down'." });
    return problems;
  },
};
