import type { MinimumCommitment } from '../core/billing/commitments.js';
import { feeSlices, licenseFeeLines } from '../core/billing/license-fees.js';
import { sliceAt } from '../core/billing/periods.js';
import { Decimal, decimalString } from '../core/money/decimal.js';
import { roundAmount } from '../core/money/money.js';
import { nthPeriod } from '../core/time/interval.js';
import { type Period, period } from '../core/time/period.js';
import { ApiError } from '../shared/errors/index.js';
import { baseOf, cadenceSchedule } from './schedule.js';
import type { SubscriptionRow } from './subscription.js';

/** An amount in the subscription's currency, in whole minor units: its numeric string. */
export function commitmentAmount(
  input: { amount: string; currency: string },
  currency: string,
  param: string,
): string {
  if (input.currency.toUpperCase() !== currency) {
    throw new ApiError('currency_mismatch', `The subscription bills in ${currency}, not ${input.currency}.`, {
      param: `${param}[currency]`,
    });
  }
  const amount = new Decimal(input.amount);
  if (!roundAmount(amount, currency).eq(amount)) {
    throw new ApiError('parameter_invalid', `${param} is an amount in whole minor units of ${currency}.`, {
      param: `${param}[amount]`,
    });
  }
  return decimalString(amount);
}

/**
 * The minimum of the billing period `window` belongs to (its start or its end may cut it), with
 * the period's license fees billed in advance before it: undefined without a minimum.
 */
export function minimumFor(
  sub: SubscriptionRow,
  window: Period,
  zone: string,
): MinimumCommitment | undefined {
  if (sub.minimum_amount === null) return undefined;
  const full = sliceAt(cadenceSchedule(sub, zone), window.start).full;
  const base = { ...baseOf(sub, zone), ceiling: undefined };
  const fees = licenseFeeLines(
    feeSlices(sub.plan.licenseFees, sub.quantities, base, full),
    sub.currency,
    sub.id,
  );
  return {
    amount: new Decimal(sub.minimum_amount),
    period: full,
    active: period(window.start, window.end),
    billedBefore: fees,
  };
}

/** A prepaid commitment's amount and term: `term_months` (default 12) from the billing start. */
export function prepaidTerm(
  input: { amount: string; currency: string; term_months?: number },
  currency: string,
  start: Date,
  zone: string,
): { amount: string; start: Date; end: Date } {
  const amount = commitmentAmount(input, currency, 'prepaid_commitment');
  if (new Decimal(amount).isZero()) {
    throw new ApiError('parameter_invalid', 'A prepaid commitment is a positive amount.', {
      param: 'prepaid_commitment[amount]',
    });
  }
  const term = nthPeriod(start, { unit: 'month', count: input.term_months ?? 12 }, 0, zone);
  return { amount, start: term.start, end: term.end };
}
