import { Decimal } from '../money/decimal.js';

/**
 * Credits a grant gave to one billable item's service interval on earlier invoices, net of what
 * was given back since (voids, earlier negative adjustments). `order` ranks consumptions by
 * recency: the newest consumption has the greatest order and is restored first.
 */
export interface Consumption {
  readonly grantId: string;
  readonly billableItemId: string;
  readonly periodStart: Date;
  readonly periodEnd: Date;
  readonly restorable: Decimal;
  readonly order: string;
}

/** A negative late-usage adjustment: usage billed earlier that turned out lower. */
export interface NegativeAdjustment {
  readonly key: string;
  readonly billableItemId: string;
  /** Negative: how much the adjustment takes off the invoice. */
  readonly amount: Decimal;
  readonly periodStart: Date;
  readonly periodEnd: Date;
}

export interface Restoration {
  readonly chargeKey: string;
  readonly consumption: Consumption;
  /** Positive: credit given back to the consumption's grant. */
  readonly amount: Decimal;
}

const overlaps = (c: Consumption, a: NegativeAdjustment) =>
  c.billableItemId === a.billableItemId &&
  c.periodStart.getTime() < a.periodEnd.getTime() &&
  c.periodEnd.getTime() > a.periodStart.getTime();

/**
 * A negative adjustment first gives credit back to the grants that paid for that usage, newest
 * consumption first, never more than a consumption still holds, and only what the caller passes
 * (grants that can take credit back: not expired, not voided). Only the rest of the adjustment
 * reduces the invoice, so a promotional credit never turns into money.
 */
export function restoreForAdjustments(
  adjustments: readonly NegativeAdjustment[],
  consumptions: readonly Consumption[],
): Restoration[] {
  const left = new Map<Consumption, Decimal>(consumptions.map((c) => [c, Decimal.max(c.restorable, 0)]));
  const newestFirst = [...consumptions].sort((a, b) => (a.order < b.order ? 1 : a.order > b.order ? -1 : 0));
  const out: Restoration[] = [];
  for (const adjustment of adjustments) {
    let owed = Decimal.max(adjustment.amount.negated(), 0);
    for (const c of newestFirst) {
      if (owed.isZero()) break;
      if (!overlaps(c, adjustment)) continue;
      const available = left.get(c) as Decimal;
      if (available.isZero()) continue;
      const take = Decimal.min(available, owed);
      left.set(c, available.minus(take));
      owed = owed.minus(take);
      out.push({ chargeKey: adjustment.key, consumption: c, amount: take });
    }
  }
  return out;
}
