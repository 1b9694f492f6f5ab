import { type Decimal, ZERO } from '../money/decimal.js';
import type { Period } from '../time/period.js';
import { type MinimumCommitment, minimumTrueUp } from './commitments.js';
import { type DiscountSpec, discountLines } from './discounts.js';
import { licenseFeeLines } from './license-fees.js';
import type { LineDraft } from './line.js';
import type { FeeSlice } from './proration.js';
import type { ResolvedRate } from './resolved-plan.js';
import type { TaxRateInput } from './tax.js';
import { computeTotals, type Totals } from './totals.js';
import { usageLine } from './usage-lines.js';

/** One billable item's usage over one service interval, as the meter answered for it. */
export interface MeteredUsage {
  readonly key: string;
  readonly rate: ResolvedRate;
  readonly interval: Period;
  readonly quantity: Decimal;
  /** A percentage price's transaction volume (the meter's sum), shown as the line's quantity. */
  readonly basis?: Decimal;
}

/**
 * Everything an invoice's lines are made from. The paths that bill (the period-end invoice, the
 * upcoming invoice, `simulate`) differ only here: which intervals were read and how much each
 * held, which fee intervals start in the window and at what quantity, and the lines priced
 * before (late adjustments, prorations waiting for this invoice).
 */
export interface InvoiceInputs {
  readonly currency: string;
  /** Keys the fee lines (the subscription's id), so that a re-run finds the lines it made. */
  readonly owner: string;
  /** Usage in arrears: one line each, rated on the whole interval. */
  readonly usage: readonly MeteredUsage[];
  /** Late-event adjustments of intervals already invoiced, after the usage. */
  readonly adjustments?: readonly LineDraft[];
  /** License fees in advance: one line per fee interval. */
  readonly fees: readonly FeeSlice[];
  /** Prorations waiting for this invoice, last. */
  readonly pending?: readonly LineDraft[];
  /** A minimum spend for the period: a true-up line, after every charge (commitments.ts). */
  readonly minimum?: MinimumCommitment;
  /** Discounts in force (discounts.ts): a `discount` line each, after the charges, before the true-up. */
  readonly discounts?: readonly DiscountSpec[];
}

/** What turns lines into amounts due: credits granted (before tax), tax rates, the balance. */
export interface Settlement {
  readonly creditsApplied: Decimal;
  readonly taxRates: readonly TaxRateInput[];
  /** The customer balance in the ledger's sign (negative: credit the customer holds). */
  readonly balance: Decimal;
}

export interface AssembledInvoice {
  readonly lines: readonly LineDraft[];
  readonly totals: Totals;
}

/** No credits, no tax, no balance: what a plan costs on its own. */
export const NO_SETTLEMENT: Settlement = { creditsApplied: ZERO, taxRates: [], balance: ZERO };

/** The invoice's lines in their order: usage, adjustments, fees, waiting prorations, discounts, true-up. */
export function invoiceLines(inputs: InvoiceInputs): LineDraft[] {
  const { currency } = inputs;
  const lines = [
    ...inputs.usage.map((u) => usageLine({ ...u, currency })),
    ...(inputs.adjustments ?? []),
    ...licenseFeeLines(inputs.fees, currency, inputs.owner),
    ...(inputs.pending ?? []),
  ];
  lines.push(...discountLines(lines, inputs.discounts ?? [], currency, inputs.owner));
  const trueUp =
    inputs.minimum && minimumTrueUp(lines, inputs.minimum, currency, inputs.owner, inputs.discounts ?? []);
  return trueUp ? [...lines, trueUp] : lines;
}

/**
 * An invoice's amounts from its lines (each rounded once already), in the order credits → tax →
 * total → balance → amount due. Stored invoices are settled with this too, after a re-rate
 * changed a line.
 */
export function settleLines(
  lineAmounts: readonly Decimal[],
  settlement: Settlement,
  currency: string,
): Totals {
  return computeTotals({ lineAmounts, ...settlement, currency });
}

/**
 * THE invoice assembly: lines and totals from inputs, pure. Credits depend on the lines (a grant
 * may cover only some billable items), so a caller with credit grants asks them about
 * `invoiceLines(inputs)` first and settles with the answer.
 */
export function assembleInvoice(
  inputs: InvoiceInputs,
  settlement: Settlement = NO_SETTLEMENT,
): AssembledInvoice {
  const lines = invoiceLines(inputs);
  return {
    lines,
    totals: settleLines(
      lines.map((l) => l.amount),
      settlement,
      inputs.currency,
    ),
  };
}
