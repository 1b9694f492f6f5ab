import { allocate } from '../money/allocate.js';
import { Decimal, sum, ZERO } from '../money/decimal.js';

const ONE = new Decimal(1);

import { formatAmount, money, roundAmount } from '../money/money.js';
import type { LineDraft } from './line.js';

/**
 * A discount in force on an invoice (a coupon redeemed on a customer or a subscription), as the
 * discounts slice resolved it: either `percentOff` (0–100) or `amountOff` in the invoice's
 * currency, limited to some billable items or (null) the whole invoice, over `[start, end)`.
 */
export interface DiscountSpec {
  /** The discount's id (`di_…`): keys its line, so a re-run finds the line it made. */
  readonly id: string;
  readonly name: string;
  readonly percentOff: Decimal | null;
  readonly amountOff: Decimal | null;
  /** The billable items it applies to; null: every charge of the invoice. */
  readonly billableItems: readonly string[] | null;
  /** When it was redeemed: it applies to charges whose service period starts then or later. */
  readonly start: Date;
  /** When it ends (once: the end of the first period billed; repeating: N months on); null: forever. */
  readonly end: Date | null;
}

/**
 * Lines a discount can reduce: charges (and, for a percentage, negative charges: the credit of a
 * proration), not credits applied, other discounts or a minimum true-up.
 */
const DISCOUNTABLE = new Set<LineDraft['type']>([
  'license_fee',
  'usage',
  'proration',
  'adjustment',
  'one_off',
]);

/**
 * How much of a charge line the discount reaches, from 0 to 1: none outside its billable items,
 * and otherwise the share of the line's service period inside the discount's `[start, end)`, by
 * time. A discount that starts (or ends) mid-period is prorated on the lines of that period, as
 * license fees are; a line of an instant (a one-off) is in reach when that instant is.
 */
export function discountFraction(d: DiscountSpec, line: LineDraft): Decimal {
  if (!DISCOUNTABLE.has(line.type) || line.amount.isZero()) return ZERO;
  if (d.billableItems && (line.billableItemId === null || !d.billableItems.includes(line.billableItemId)))
    return ZERO;
  const from = line.periodStart.getTime();
  const to = line.periodEnd.getTime();
  const start = d.start.getTime();
  const end = d.end === null ? Number.POSITIVE_INFINITY : d.end.getTime();
  if (to <= from) return from >= start && from < end ? ONE : ZERO;
  const overlap = Math.min(to, end) - Math.max(from, start);
  if (overlap <= 0) return ZERO;
  return overlap >= to - from ? ONE : new Decimal(overlap).dividedBy(to - from);
}

/** Whether a charge line is in the discount's reach at all. */
export function discountApplies(d: DiscountSpec, line: LineDraft): boolean {
  return discountFraction(d, line).gt(ZERO);
}

/**
 * Each discount's share of each line, in the order given (a subscription's discount before a
 * customer's; the caller keeps only the one that wins). Percent: rounded once per line. Amount:
 * `min(amountOff, what is left of its lines)` allocated across them in proportion to what is left
 * (src/core/money allocate), so shares sum exactly to it. A line never goes below zero: every
 * discount works on what the ones before it left.
 */
export function discountShares(
  lines: readonly LineDraft[],
  discounts: readonly DiscountSpec[],
  currency: string,
): Decimal[][] {
  const left = lines.map((l) => l.amount);
  return discounts.map((d) => {
    const shares = lines.map(() => ZERO);
    const fractions = lines.map((l) => discountFraction(d, l));
    // A percentage also reaches a negative charge (the credit of a proration, a late correction):
    // it was, or would have been, charged at the discounted price, so it is given back discounted.
    const reach = lines.flatMap((_, i) =>
      (fractions[i] as Decimal).gt(ZERO) && (d.percentOff ? !left[i]?.isZero() : left[i]?.gt(ZERO))
        ? [i]
        : [],
    );
    if (reach.length === 0) return shares;
    if (d.percentOff) {
      for (const i of reach) {
        const rest = left[i] as Decimal;
        const share = roundAmount(
          rest
            .times(d.percentOff)
            .times(fractions[i] as Decimal)
            .dividedBy(100),
          currency,
        );
        shares[i] = rest.isNegative() || share.lte(rest) ? share : rest;
      }
    } else if (d.amountOff?.gt(ZERO)) {
      // Prorated like the lines: a discount in force for half the period takes half its amount.
      const widest = reach.reduce((m, i) => Decimal.max(m, fractions[i] as Decimal), ZERO);
      const weights = reach.map((i) => (left[i] as Decimal).times(fractions[i] as Decimal));
      const available = sum(weights);
      const amount = d.amountOff.times(widest);
      const total = roundAmount(amount.gt(available) ? available : amount, currency);
      const parts = allocate(money(total, currency), weights);
      reach.forEach((i, k) => {
        shares[i] = (parts[k] as { amount: Decimal }).amount;
      });
    }
    shares.forEach((s, i) => {
      left[i] = (left[i] as Decimal).minus(s);
    });
    return shares;
  });
}

/**
 * The invoice's discount lines: one `discount` line per discount that took something (a negative
 * amount, the sum of its per-line shares), after the charges and before a minimum true-up,
 * credits and tax (docs/billing.md, "Discounts").
 */
export function discountLines(
  lines: readonly LineDraft[],
  discounts: readonly DiscountSpec[],
  currency: string,
  owner: string,
): LineDraft[] {
  if (discounts.length === 0) return [];
  const shares = discountShares(lines, discounts, currency);
  return discounts.flatMap((d, k) => {
    const own = shares[k] ?? [];
    const total = sum(own);
    if (total.isZero()) return [];
    const reached = lines.filter((_, i) => !(own[i] ?? ZERO).isZero());
    const what = d.percentOff
      ? `${d.percentOff.toFixed()}% off`
      : `${formatAmount(d.amountOff ?? ZERO, currency)} ${currency} off`;
    return [
      {
        key: `${owner}:discount:${d.id}:${(reached[0] as LineDraft).periodStart.toISOString()}`,
        type: 'discount' as const,
        description: `${d.name} (${what})`,
        billableItemId: d.billableItems?.length === 1 ? (d.billableItems[0] as string) : null,
        quantity: null,
        unitAmount: null,
        amount: total.negated(),
        periodStart: new Date(Math.min(...reached.map((l) => l.periodStart.getTime()))),
        periodEnd: new Date(Math.max(...reached.map((l) => l.periodEnd.getTime()))),
        reaches: lines.flatMap((l, i) => {
          const share = own[i] ?? ZERO;
          return share.isZero() ? [] : [{ key: l.key, amount: share }];
        }),
      },
    ];
  });
}

/**
 * What the discount lines among `lines` took off each line, by the line's key (the sum of their
 * shares): stored with the line (invoice_lines.discount_amount), so that a later invoice can
 * count the line net of it without knowing the discounts it was billed under.
 */
export function discountTaken(lines: readonly LineDraft[]): Map<string, Decimal> {
  const taken = new Map<string, Decimal>();
  for (const l of lines)
    for (const r of l.reaches ?? []) taken.set(r.key, (taken.get(r.key) ?? ZERO).plus(r.amount));
  return taken;
}
