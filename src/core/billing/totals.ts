import { Decimal, sum } from '../money/decimal.js';
import { computeTax, type TaxLine, type TaxRateInput } from './tax.js';

export interface Totals {
  readonly subtotal: Decimal;
  readonly creditsApplied: Decimal;
  readonly tax: Decimal;
  readonly taxLines: readonly TaxLine[];
  readonly total: Decimal;
  /**
   * What moved between the invoice and the customer balance: positive when the customer's
   * credit balance pays part of the invoice, negative when a negative total becomes balance or
   * when a balance the customer owes is added to the invoice (`amount_due = total + owed`).
   */
  readonly balanceApplied: Decimal;
  readonly amountDue: Decimal;
}

/**
 * DESIGN 4's order: lines → credit grants (before tax) → tax per rate → total → customer
 * balance → amount due. `balance` uses the ledger's sign: negative is credit the customer holds.
 */
export function computeTotals(input: {
  lineAmounts: readonly Decimal[];
  creditsApplied: Decimal;
  taxRates: readonly TaxRateInput[];
  balance: Decimal;
  currency: string;
}): Totals {
  const subtotal = sum(input.lineAmounts);
  const base = subtotal.minus(input.creditsApplied);
  const taxLines = computeTax(base, input.taxRates, input.currency);
  const tax = sum(taxLines.map((t) => t.amount));
  const exclusive = sum(taxLines.filter((t) => !t.rate.inclusive).map((t) => t.amount));
  const total = base.plus(exclusive);
  let balanceApplied: Decimal;
  if (total.isNegative()) balanceApplied = total;
  else if (input.balance.isNegative()) balanceApplied = Decimal.min(total, input.balance.negated());
  // Owed (positive balance): added to what is due, as Stripe does, and so consumed.
  else balanceApplied = input.balance.negated();
  return {
    subtotal,
    creditsApplied: input.creditsApplied,
    tax,
    taxLines,
    total,
    balanceApplied,
    amountDue: total.minus(balanceApplied),
  };
}
