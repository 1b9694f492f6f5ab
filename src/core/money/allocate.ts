import { exponentOf } from './currency.js';
import { Decimal, type DecimalValue, sum } from './decimal.js';
import { type Money, money } from './money.js';

/**
 * Splits an amount into parts proportional to `ratios`, each a whole number of minor units, that
 * sum exactly to the original (rounded) amount. Remainder units go to the largest fractional
 * remainders first (ties to the earlier part), so no part is ever off by more than one minor unit.
 */
export function allocate<C extends string>(total: Money<C>, ratios: readonly DecimalValue[]): Money<C>[] {
  if (ratios.length === 0) throw new RangeError('allocate needs at least one ratio');
  const weights = ratios.map((r) => new Decimal(r));
  if (weights.some((w) => w.isNegative())) throw new RangeError('ratios must not be negative');
  const weightSum = sum(weights);
  if (weightSum.isZero()) throw new RangeError('ratios must not all be zero');

  const scale = new Decimal(10).pow(exponentOf(total.currency));
  const units = total.amount.times(scale).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  const sign = units.isNegative() ? -1 : 1;
  const absUnits = units.abs();

  const exact = weights.map((w) => absUnits.times(w).dividedBy(weightSum));
  const floors = exact.map((e) => e.floor());
  let remainder = absUnits.minus(sum(floors)).toNumber();
  const order = exact
    .map((e, index) => ({ index, fraction: e.minus(e.floor()) }))
    .sort((a, b) => b.fraction.comparedTo(a.fraction) || a.index - b.index);
  const shares = [...floors];
  for (const { index } of order) {
    if (remainder <= 0) break;
    shares[index] = (shares[index] as Decimal).plus(1);
    remainder -= 1;
  }
  return shares.map((s) => money(s.times(sign).dividedBy(scale), total.currency));
}
