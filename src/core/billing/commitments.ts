import { type Decimal, sum, ZERO } from '../money/decimal.js';
import { formatAmount, roundAmount } from '../money/money.js';
import { durationSeconds, type Period } from '../time/period.js';
import { type DiscountSpec, discountShares } from './discounts.js';
import type { LineDraft } from './line.js';

/**
 * A minimum spend for one billing period (Orb's and Lago's "minimum commitment"): when the
 * period's charges fall short of `amount`, the invoice closing the period gets a
 * `minimum_commitment_true_up` line for the difference.
 */
export interface MinimumCommitment {
  /** The minimum for a whole billing period, in the invoice's currency. */
  readonly amount: Decimal;
  /** The whole billing period of the cadence (not cut by a start or an end inside it). */
  readonly period: Period;
  /** The part of `period` the subscription was billed in (its start and its end cut it). */
  readonly active: Period;
  /**
   * Charges of this period invoiced before: its license fees billed in advance on the previous
   * invoice, prorations invoiced at once (src/invoicing/billed-before.ts); for `simulate`,
   * the fees the subscription bills. They count net of discounts (see `periodCharges`).
   */
  readonly billedBefore: readonly LineDraft[];
}

/**
 * The minimum owed for a period, prorated per second when the subscription was active for part
 * of it (started or ended inside it), rounded once.
 */
export function proratedMinimum(min: MinimumCommitment, currency: string): Decimal {
  const whole = durationSeconds(min.period);
  const active = Math.max(0, Math.min(whole, durationSeconds(min.active)));
  if (whole <= 0 || active === whole) return roundAmount(min.amount, currency);
  return roundAmount(min.amount.times(active).dividedBy(whole), currency);
}

/**
 * The charges a minimum is compared with, after discounts (Orb's and Metronome's rule: the
 * minimum applies to the discounted spend): the charge lines of the invoice closing the period
 * that belong to it (usage, adjustments, prorations: every line starting before its end; the next
 * period's fees in advance start at its end and are not counted), each less its share of
 * `discounts` as the invoice computes it; plus the period's charges billed before, each less what
 * its own invoice's discounts took off it (`discountAmount`, stored with the line), or, for a
 * line that does not carry it (`simulate`, a line stored before 0315), less what `discounts`
 * take off those lines alone. The closing invoice's `discount` lines are not read: one may span
 * both periods, so each line's share is recomputed from the same specs instead.
 */
export function periodCharges(
  lines: readonly LineDraft[],
  min: MinimumCommitment,
  discounts: readonly DiscountSpec[] = [],
  currency = 'USD',
): Decimal {
  const end = min.period.end.getTime();
  const charges = lines.filter((l) => l.type !== 'discount');
  const net = (ls: readonly LineDraft[]) => {
    const shares = discountShares(ls, discounts, currency);
    return ls.map((l, i) => sum([l.amount, ...shares.map((s) => (s[i] ?? ZERO).negated())]));
  };
  const own = net(charges).filter((_, i) => (charges[i] as LineDraft).periodStart.getTime() < end);
  const stored = min.billedBefore.flatMap((l) =>
    l.discountAmount ? [l.amount.minus(l.discountAmount)] : [],
  );
  const unknown = min.billedBefore.filter((l) => l.discountAmount === undefined);
  return sum([...stored, ...net(unknown), ...own]);
}

/** The true-up line when the charges fall short of the (prorated) minimum; null otherwise. */
export function minimumTrueUp(
  lines: readonly LineDraft[],
  min: MinimumCommitment,
  currency: string,
  owner: string,
  discounts: readonly DiscountSpec[] = [],
): LineDraft | null {
  const minimum = proratedMinimum(min, currency);
  const charges = periodCharges(lines, min, discounts, currency);
  const shortfall = minimum.minus(charges);
  if (shortfall.lte(ZERO)) return null;
  return {
    key: `${owner}:minimum:${min.period.start.toISOString()}`,
    type: 'minimum_commitment_true_up',
    description: `Minimum commitment true-up (minimum ${formatAmount(minimum, currency)} ${currency}, charges ${formatAmount(charges, currency)} ${currency})`,
    billableItemId: null,
    quantity: null,
    unitAmount: null,
    amount: roundAmount(shortfall, currency),
    periodStart: min.active.start,
    periodEnd: min.active.end,
  };
}
