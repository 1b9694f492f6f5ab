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

/**
 * The exact amount of a billed usage quantity. A percentage price's billed quantity is its fee
 * already: metering sums each event's fee (a per-event fixed fee or clamp cannot be recovered
 * from a sum), so it is its own amount; the line shows the transaction volume beside it.
 */
export function billedAmountPrecise(price: Price, quantity: Decimal): Decimal {
  return price.type === 'percentage' ? quantity : rate(price, quantity);
}

/** Prices a billed usage quantity and rounds once, to the currency's minor unit. */
export function ratedAmount(price: Price, quantity: Decimal, currency: string): Decimal {
  return roundAmount(billedAmountPrecise(price, quantity), currency);
}

/** One usage line: a billable item's usage over one completed service interval. */
export function usageLine(input: {
  key: string;
  rate: ResolvedRate;
  interval: Period;
  quantity: Decimal;
  /** What the line shows as its quantity when it is not the billed one: a percentage price's volume. */
  basis?: Decimal | undefined;
  currency: string;
}): LineDraft {
  const { rate: r } = input;
  const amount = ratedAmount(r.price, input.quantity, input.currency);
  const usage: UsageRef = {
    key: input.key,
    rateId: r.id,
    meterId: r.billableItem.meterId ?? '',
    filter: r.billableItem.meterFilter,
    ...(r.exclude ? { exclude: r.exclude } : {}),
    price: r.price,
    quantity: input.quantity,
    amount,
  };
  return {
    key: input.key,
    type: 'usage',
    description: r.billableItem.name,
    billableItemId: r.billableItem.id,
    quantity: input.basis ?? input.quantity,
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
    // A percentage price's billed quantity is a fee, not a volume a reader could compare.
    quantity: input.billed.price.type === 'percentage' ? null : qtyDelta,
    unitAmount: displayUnitAmount(input.billed.price),
    amount: delta,
    periodStart: input.interval.start,
    periodEnd: input.interval.end,
    usage: { ...input.billed, quantity: input.quantity, amount },
  };
}
