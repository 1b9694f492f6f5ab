import type { Decimal } from '../money/decimal.js';
import type { Price } from './price.js';

/** Where a price is wrong, in the API's param notation relative to the price (`tiers[1][up_to]`). */
export interface PriceProblem {
  readonly param: string;
  readonly message: string;
}

/**
 * What every price model provides. `rate` returns the exact, UNROUNDED amount for a non-negative
 * quantity: invoices round once per line (`roundAmount`), never here, so sub-minor-unit prices
 * (0.000002 USD per token) add up exactly. `validate` lists what makes the price unusable.
 */
export interface PriceModel<P extends Price> {
  rate(price: P, quantity: Decimal): Decimal;
  validate(price: P): PriceProblem[];
}
