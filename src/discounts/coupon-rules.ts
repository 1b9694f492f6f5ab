import { Decimal } from '../core/money/decimal.js';
import { normalizeCurrency } from '../core/money/index.js';
import { roundAmount } from '../core/money/money.js';
import { ApiError } from '../shared/errors/index.js';

/**
 * What a coupon is made of and the rules it keeps, apart from storage: its fields must agree
 * (one of percent_off or amount_off; a currency exactly with amount_off; duration_in_months
 * exactly with repeating), and how long a redeemed discount applies.
 */
export interface CouponCreate {
  name: string;
  percent_off?: string;
  amount_off?: string;
  currency?: string;
  duration: 'once' | 'repeating' | 'forever';
  duration_in_months?: number;
  max_redemptions?: number;
  redeem_by?: string;
  applies_to?: { billable_items: string[] };
  metadata?: Record<string, string>;
}

export const invalid = (param: string, message: string) =>
  new ApiError('parameter_invalid', message, { param });

/** `months` calendar months after `at` (UTC), the day clamped to the month's last. */
export function addMonths(at: Date, months: number): Date {
  const d = new Date(at.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

/** When a discount redeemed at `start` stops applying: once 1 month, repeating N months, forever never. */
export function discountEnd(
  coupon: { duration: CouponCreate['duration']; duration_in_months: number | null },
  start: Date,
): Date | null {
  if (coupon.duration === 'forever') return null;
  return addMonths(start, coupon.duration === 'once' ? 1 : (coupon.duration_in_months ?? 1));
}

export function validateCoupon(input: CouponCreate): void {
  if ((input.percent_off === undefined) === (input.amount_off === undefined))
    throw invalid('percent_off', 'Give exactly one of percent_off and amount_off.');
  if (input.percent_off !== undefined) {
    const pct = new Decimal(input.percent_off);
    if (pct.lte(0) || pct.gt(100))
      throw invalid('percent_off', 'percent_off must be above 0 and at most 100.');
    if (input.currency !== undefined) throw invalid('currency', 'A percent_off coupon has no currency.');
  } else {
    if (new Decimal(input.amount_off as string).lte(0))
      throw invalid('amount_off', 'amount_off must be above 0.');
    if (input.currency === undefined)
      throw new ApiError('parameter_missing', 'An amount_off coupon needs its currency.', {
        param: 'currency',
      });
    const currency = normalizeCurrency(input.currency);
    if (!currency) throw invalid('currency', `Unknown currency ${input.currency}.`);
    // Stored as given and shown in the currency's minor unit: they must be the same amount.
    const amount = new Decimal(input.amount_off as string);
    if (!roundAmount(amount, currency).eq(amount))
      throw invalid('amount_off', `amount_off is in whole minor units of ${currency} (${input.amount_off}).`);
  }
  if ((input.duration === 'repeating') !== (input.duration_in_months !== undefined))
    throw invalid('duration_in_months', 'duration_in_months is given exactly when duration is repeating.');
}
