import { Decimal } from '../money/decimal.js';
import { roundAmount } from '../money/money.js';

export interface TaxRateInput {
  readonly id: string;
  readonly displayName: string;
  /** Percent, e.g. "10" for 10 %. */
  readonly percentage: Decimal;
  readonly inclusive: boolean;
}

export interface TaxLine {
  readonly rate: TaxRateInput;
  readonly taxableAmount: Decimal;
  readonly amount: Decimal;
}

/** The sum of the inclusive rates among `rates`, in percent (0 without one). */
export function inclusivePercent(rates: readonly Pick<TaxRateInput, 'inclusive' | 'percentage'>[]): Decimal {
  return rates.filter((r) => r.inclusive).reduce((s, r) => s.plus(r.percentage), new Decimal(0));
}

/**
 * What a price that includes tax at `percent` (the sum of the inclusive rates) is net of it:
 * amount × 100 / (100 + percent), unrounded (the caller rounds once). Also what usage delivered
 * at an inclusive price earns before it is invoiced (src/revenue).
 */
export function netOfInclusive(amount: Decimal, percent: Decimal): Decimal {
  if (percent.isZero()) return amount;
  return amount.times(100).dividedBy(new Decimal(100).plus(percent));
}

/**
 * Tax per invoice per rate, rounded once (Japan's qualified-invoice rule: never per line).
 * Exclusive: base × p / 100, added to the total. Inclusive: base × p / (100 + p), already inside
 * the base, so the total does not move. Each rate applies to the whole taxable base.
 */
export function computeTax(base: Decimal, rates: readonly TaxRateInput[], currency: string): TaxLine[] {
  const inclusive = rates.filter((r) => r.inclusive);
  const inclusiveSum = inclusivePercent(rates);
  return rates.map((rate) => {
    if (rate.inclusive) {
      // Several inclusive rates share one gross amount: net = gross × 100 / (100 + Σp).
      const net = netOfInclusive(base, inclusiveSum);
      return {
        rate,
        taxableAmount: roundAmount(net, currency),
        amount: roundAmount(net.times(rate.percentage).dividedBy(100), currency),
      };
    }
    const net = inclusive.length > 0 ? netOfInclusive(base, inclusiveSum) : base;
    return {
      rate,
      taxableAmount: roundAmount(net, currency),
      amount: roundAmount(net.times(rate.percentage).dividedBy(100), currency),
    };
  });
}

/** Japan's registration number for qualified invoices: `T` and 13 digits. */
export function isValidJapanRegistrationNumber(value: string): boolean {
  return /^T\d{13}$/.test(value);
}
