import { Decimal } from '../money/decimal.js';
import { roundAmount } from '../money/money.js';
import type { Price } from '../pricing/price.js';
import { rate } from '../pricing/rate.js';
import type { Period } from '../time/period.js';
import type { LineDraft, UsageRef } from './line.js';
import type { ResolvedRate } from './resolved-plan.js';

/** The unit price shown on a line: per-unit prices have one; packages and tiers do not. */
export function displayUnitAmount(price: Price): Decimal | null {
  return price.type === 'per_unit' ? new Decimal(price.unit_amount) : null;
}

/** Prices a quantity and rounds once, to the currency's minor unit. */
export function ratedAmount(price: Price, quantity: Decimal, currency: string): Decimal {
  return roundAmount(rate(price, quantity), currency);
}

/** One usage line: a billable item's usage over one completed service interval. */
export function usageLine(input: {
  key: string;
  rate: ResolvedRate;
  interval: Period;
  quantity: Decimal;
  currency: string;
}): LineDraft {
  const { rate: r } = input;
  const amount = ratedAmount(r.price, input.quantity, input.currency);
  const usage: UsageRef = {
    key: input.key,
    rateId: r.id,
    meterId: r.billableItem.meterId ?? '',
    filter: r.billableItem.meterFilter,
    price: r.price,
    quantity: input.quantity,
    amount,
  };
  return {
    key: input.key,
    type: 'usage',
    description: r.billableItem.name,
    billableItemId: r.billableItem.id,
    quantity: input.quantity,
    unitAmount: displayUnitAmount(r.price),
    amount,
    periodStart: input.interval.start,
    periodEnd: input.interval.end,
    usage,
  };
}

/**
 * A late-events adjustment: the interval re-rated with every event it now has, minus what was
 * billed for it. Works for any formula (max, last, unique_count) because it never adds events,
 * it re-reads the whole interval's aggregate.
 */
export function adjustmentLine(input: {
  billed: UsageRef;
  billableItemId: string;
  name: string;
  interval: Period;
  quantity: Decimal;
  currency: string;
}): LineDraft | undefined {
  const amount = ratedAmount(input.billed.price, input.quantity, input.currency);
  const qtyDelta = input.quantity.minus(input.billed.quantity);
  const delta = amount.minus(input.billed.amount);
  if (delta.isZero() && qtyDelta.isZero()) return undefined;
  return {
    key: `adj:${input.billed.key}`,
    type: 'adjustment',
    description: `${input.name}: late usage for an invoiced period`,
    billableItemId: input.billableItemId,
    quantity: qtyDelta,
    unitAmount: displayUnitAmount(input.billed.price),
    amount: delta,
    periodStart: input.interval.start,
    periodEnd: input.interval.end,
    usage: { ...input.billed, quantity: input.quantity, amount },
  };
}
