import { Decimal, decimalString } from '../core/money/decimal.js';
import { normalizeCurrency } from '../core/money/index.js';
import { formatAmount, roundAmount } from '../core/money/money.js';
import { ApiError } from '../shared/errors/index.js';
import { invalid } from './coupon-rules.js';
import { notRedeemable } from './redemption.js';

/**
 * Stripe's `restrictions.minimum_amount` on a promotion code: the code is redeemed only on an
 * invoice whose subtotal (its charges before any discount, credit or tax) is at least the minimum,
 * in the minimum's currency.
 */
export interface MinimumAmountInput {
  minimum_amount?: string;
  minimum_amount_currency?: string;
}

/** The stored pair (amount, currency) from a create request; nulls without a minimum. */
export function minimumAmountOf(input: MinimumAmountInput | undefined): {
  minimum_amount: string | null;
  minimum_amount_currency: string | null;
} {
  const amount = input?.minimum_amount;
  const currency = input?.minimum_amount_currency;
  if (amount === undefined && currency === undefined)
    return { minimum_amount: null, minimum_amount_currency: null };
  if (amount === undefined)
    throw new ApiError('parameter_missing', 'minimum_amount_currency is given with minimum_amount.', {
      param: 'restrictions[minimum_amount]',
    });
  if (currency === undefined)
    throw new ApiError('parameter_missing', 'A minimum_amount needs its minimum_amount_currency.', {
      param: 'restrictions[minimum_amount_currency]',
    });
  const code = normalizeCurrency(currency);
  if (!code) throw invalid('restrictions[minimum_amount_currency]', `Unknown currency ${currency}.`);
  const value = new Decimal(amount);
  if (value.lte(0) || !roundAmount(value, code).eq(value))
    throw invalid(
      'restrictions[minimum_amount]',
      `minimum_amount is a positive amount in whole minor units of ${code}.`,
    );
  return { minimum_amount: decimalString(value), minimum_amount_currency: code };
}

/** The subtotal of the invoice a redemption is checked against: its charges before discounts. */
export interface RedemptionSubtotal {
  readonly amount: Decimal;
  readonly currency: string;
}

/**
 * Refuses a code whose minimum the invoice's subtotal does not reach (`409 coupon_not_redeemable`,
 * param `promotion_code`), or when there is no invoice to check (a customer-level redemption).
 */
export function assertMinimumAmount(
  code: { code: string; minimum_amount: string | null; minimum_amount_currency: string | null },
  subtotal: RedemptionSubtotal | undefined,
): void {
  if (code.minimum_amount === null) return;
  const currency = code.minimum_amount_currency ?? '';
  const minimum = `${formatAmount(new Decimal(code.minimum_amount), currency)} ${currency}`;
  if (subtotal === undefined)
    throw notRedeemable(
      'promotion_code',
      `Promotion code ${code.code} needs an invoice subtotal of at least ${minimum}: redeem it on a subscription (POST /v1/subscriptions with promotion_code), not on the customer.`,
    );
  const got = `${formatAmount(subtotal.amount, subtotal.currency)} ${subtotal.currency}`;
  if (subtotal.currency.toUpperCase() !== currency)
    throw notRedeemable(
      'promotion_code',
      `Promotion code ${code.code} needs a subtotal of at least ${minimum}; this invoice is in ${subtotal.currency.toUpperCase()}.`,
    );
  if (subtotal.amount.lt(new Decimal(code.minimum_amount)))
    throw notRedeemable(
      'promotion_code',
      `Promotion code ${code.code} needs an invoice subtotal of at least ${minimum}; this one is ${got}.`,
    );
}
