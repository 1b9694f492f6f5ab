import { Decimal } from '../money/decimal.js';
import { checkAmount, dec } from './amounts.js';
import type { PriceProblem } from './problem.js';

/**
 * A percentage of a transaction amount (payments, marketplaces: "2.9 % + 0.30, at least 0.50,
 * at most 20 per transaction"). The amount comes from a meter summing a payload field; each
 * event is one transaction.
 */
export interface PercentagePrice {
  readonly type: 'percentage';
  /** Percent of each event's amount: "2.9" is 2.9 %; from 0 to 100. */
  readonly percentage: string;
  /** Added to every event's fee, even an event of amount 0. */
  readonly fixed_amount_per_event?: string | null;
  /** Per-event floor and ceiling of the fee (percentage plus fixed amount). */
  readonly min_per_event?: string | null;
  readonly max_per_event?: string | null;
}

/** What a period's usage of a percentage price is: the meter's sum and count, and (see below) the per-event fee sum. */
export interface PercentageUsage {
  /** Σ amount over the events. */
  readonly amount: Decimal;
  /** How many events. */
  readonly events: Decimal;
  /**
   * Σ percentageFee(event) computed over the raw events, required when the price clamps per event
   * (`needsPerEvent`): a clamp of each event cannot be recovered from the sum and the count.
   */
  readonly clampedFees?: Decimal;
}

const HUNDRED = new Decimal(100);

/** True when the fee must be computed event by event (a min or max per event). */
export function needsPerEvent(price: PercentagePrice): boolean {
  return Boolean(price.min_per_event) || Boolean(price.max_per_event);
}

/**
 * The exact, unrounded fee of one event: clamp(amount × percentage / 100 + fixed, min, max).
 * A negative amount (a refund sent as a negative event) returns the mirror image: the fee the same
 * positive amount cost is given back, never more.
 */
export function percentageFee(price: PercentagePrice, amount: Decimal): Decimal {
  if (amount.isNegative()) return percentageFee(price, amount.negated()).negated();
  let fee = amount.times(dec(price.percentage)).dividedBy(HUNDRED);
  if (price.fixed_amount_per_event) fee = fee.plus(dec(price.fixed_amount_per_event));
  if (price.min_per_event && fee.lessThan(dec(price.min_per_event))) fee = dec(price.min_per_event);
  if (price.max_per_event && fee.greaterThan(dec(price.max_per_event))) fee = dec(price.max_per_event);
  return fee;
}

/** The fee of a list of events, one by one (what simulate and the tests use; exact). */
export function ratePercentageEvents(price: PercentagePrice, amounts: readonly Decimal[]): Decimal {
  return amounts.reduce((sum, a) => sum.plus(percentageFee(price, a)), new Decimal(0));
}

/**
 * The fee of a period from its aggregates. Without a per-event clamp the fee is linear, so the
 * sum and the count are enough: Σ(a × p/100 + f) = (Σa) × p/100 + n × f, exactly. With one, the
 * per-event sum `clampedFees` must be given (metering sums the clamped fee in SQL over the raw
 * events, in `numeric`); rating without it throws rather than guess.
 */
export function ratePercentage(price: PercentagePrice, usage: PercentageUsage): Decimal {
  if (needsPerEvent(price)) {
    if (!usage.clampedFees)
      throw new Error('a percentage price with a per-event min or max needs the per-event fee sum');
    return usage.clampedFees;
  }
  const fixed = price.fixed_amount_per_event ? dec(price.fixed_amount_per_event) : new Decimal(0);
  return usage.amount.times(dec(price.percentage)).dividedBy(HUNDRED).plus(usage.events.times(fixed));
}

export function validatePercentage(price: PercentagePrice): PriceProblem[] {
  const problems = checkAmount(price.percentage, 'percentage');
  if (problems.length === 0 && dec(price.percentage).greaterThan(HUNDRED))
    problems.push({ param: 'percentage', message: 'percentage cannot be more than 100.' });
  for (const key of ['fixed_amount_per_event', 'min_per_event', 'max_per_event'] as const) {
    const value = price[key];
    if (value !== undefined && value !== null) problems.push(...checkAmount(value, key));
  }
  if (
    problems.length === 0 &&
    price.min_per_event &&
    price.max_per_event &&
    dec(price.min_per_event).greaterThan(dec(price.max_per_event))
  )
    problems.push({ param: 'min_per_event', message: 'min_per_event cannot be more than max_per_event.' });
  return problems;
}
