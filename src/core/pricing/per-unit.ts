import type { Decimal } from '../money/decimal.js';
import { checkAmount, dec } from './amounts.js';
import type { PriceModel } from './model.js';
import type { PerUnitPrice } from './price.js';

/** `usage` in the platform FAQ: every unit costs `unit_amount`. */
export const perUnit: PriceModel<PerUnitPrice> = {
  rate(price: PerUnitPrice, quantity: Decimal): Decimal {
    return quantity.times(dec(price.unit_amount));
  },
  validate(price) {
    return checkAmount(price.unit_amount, 'unit_amount');
  },
};
