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

/**
 * Tax per invoice per rate, rounded once (Japan's qualified-invoice rule: never per line).
 * Exclusive: base × p / 100, added to the total. Inclusive: base × p / (100 + p), already inside
 * the base, so the total does not move. Each rate applies to the whole taxable base.
 */
export function computeTax(base: Decimal, rates: readonly TaxRateInput[], currency: string): TaxLine[] {
  const inclusive = rates.filter((r) => r.inclusive);
  const inclusiveSum = inclusive.reduce((s, r) => s.plus(r.percentage), new Decimal(0));
  return rates.map((rate) => {
    if (rate.inclusive) {
      // Several inclusive rates share one gross amount: net = gross × 100 / (100 + Σp).
      const net = base.times(100).dividedBy(new Decimal(100).plus(inclusiveSum));
      return {
        rate,
        taxableAmount: roundAmount(net, currency),
        amount: roundAmount(net.times(rate.percentage).dividedBy(100), currency),
      };
    }
    const net = inclusive.length > 0 ? base.times(100).dividedBy(new Decimal(100).plus(inclusiveSum)) : base;
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
