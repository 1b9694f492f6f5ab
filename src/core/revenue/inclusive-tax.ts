import { Decimal, sum } from '../money/decimal.js';
import { roundAmount } from '../money/money.js';

/**
 * The inclusive tax inside an invoice: everything in `tax` that the total does not add on top of
 * the lines (after credits). Exclusive tax is the part of the total beyond the taxed base.
 */
export function inclusiveTaxOf(invoice: {
  subtotal: Decimal;
  creditsApplied: Decimal;
  tax: Decimal;
  total: Decimal;
}): Decimal {
  const exclusive = invoice.total.minus(invoice.subtotal.minus(invoice.creditsApplied));
  return invoice.tax.minus(exclusive);
}

/**
 * Splits an inclusive tax over lines in proportion to their amounts, each share rounded to the
 * minor unit, the rounding remainder on the largest line, so the shares sum to exactly `tax`.
 * Each line's net (amount − share) is what it earns; the share belongs to tax_payable.
 */
export function splitInclusiveTax(amounts: readonly Decimal[], tax: Decimal, currency: string): Decimal[] {
  const gross = sum(amounts);
  if (tax.isZero() || gross.isZero() || amounts.length === 0) return amounts.map(() => new Decimal(0));
  const shares = amounts.map((a) => roundAmount(tax.times(a).dividedBy(gross), currency));
  let largest = 0;
  for (let i = 1; i < amounts.length; i++)
    if ((amounts[i] as Decimal).abs().gt((amounts[largest] as Decimal).abs())) largest = i;
  shares[largest] = (shares[largest] as Decimal).plus(tax.minus(sum(shares)));
  return shares;
}
