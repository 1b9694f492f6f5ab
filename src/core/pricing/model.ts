import type { Decimal } from '../money/decimal.js';
import type { Price } from './price.js';

import type { PriceProblem } from './problem.js';

export type { PriceProblem } from './problem.js';

/**
 * What every price model provides. `rate` returns the exact, UNROUNDED amount for a non-negative
 * quantity: invoices round once per line (`roundAmount`), never here, so sub-minor-unit prices
 * (0.000002 USD per token) add up exactly. `validate` lists what makes the price unusable.
 */
export interface PriceModel<P extends Price> {
  rate(price: P, quantity: Decimal): Decimal;
  validate(price: P): PriceProblem[];
}
