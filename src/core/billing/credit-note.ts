import { Decimal, sum } from '../money/decimal.js';
import { roundAmount } from '../money/money.js';
import { computeTax, type TaxRateInput } from './tax.js';

/** What a credit note credits: `amount` in all (tax included), of which `tax`. */
export interface CreditTotals {
  readonly tax: Decimal;
  readonly amount: Decimal;
}

/**
 * The credit for `net` of an invoice's lines: the invoice's tax rates applied to it per rate,
 * rounded once (like the invoice itself). Exclusive tax is added to the credit; inclusive tax is
 * already inside `net`. Crediting a 1,000 line at 10 % exclusive credits 1,100.
 */
export function creditForLines(net: Decimal, rates: readonly TaxRateInput[], currency: string): CreditTotals {
  const taxes = computeTax(net, rates, currency);
  const exclusive = sum(taxes.filter((t) => !t.rate.inclusive).map((t) => t.amount));
  return { tax: sum(taxes.map((t) => t.amount)), amount: net.plus(exclusive) };
}

/**
 * The tax inside a credit given as an amount of the invoice total: the invoice's tax pro rata,
 * rounded once; crediting all that is left takes all the tax that is left, so the notes' tax
 * adds up to the invoice's exactly.
 */
export function creditForAmount(
  amount: Decimal,
  invoice: { total: Decimal; tax: Decimal; remaining: Decimal; taxCredited: Decimal },
  currency: string,
): CreditTotals {
  const tax = amount.eq(invoice.remaining)
    ? invoice.tax.minus(invoice.taxCredited)
    : invoice.total.isZero()
      ? new Decimal(0)
      : roundAmount(amount.times(invoice.tax).dividedBy(invoice.total), currency);
  return { tax, amount };
}

/**
 * The last credit of an invoice takes exactly what is left: per-note rounding can make the
 * notes of every line add up to a unit more than the invoice (3 × 105 at 10 %: 11 + 11 + 11 of
 * tax against 32 on the invoice).
 */
export function closingCredit(remaining: Decimal, taxLeft: Decimal): CreditTotals {
  return { tax: taxLeft, amount: remaining };
}
