import { Decimal, sum } from '../money/decimal.js';
import { roundAmount } from '../money/money.js';
import { type Period, remainingFraction } from '../time/period.js';
import { credit, debit, type Posting } from './journal.js';

/** Usage delivered: Dr unbilled_ar / Cr revenue (seed 004, "revenue booking"). */
export function usageDelivered(amount: Decimal): Posting[] {
  return [debit('unbilled_ar', amount), credit('revenue', amount)];
}

/** A share of deferred revenue earned with time: Dr deferred_revenue / Cr revenue. */
export function deferredEarned(amount: Decimal): Posting[] {
  return [debit('deferred_revenue', amount), credit('revenue', amount)];
}

/**
 * How much of a fee billed in advance for `service` is earned at `at`, per second, rounded to the
 * currency's minor unit. Earned at the end of the interval is exactly the fee.
 */
export function earnedBy(amount: Decimal, service: Period, at: Date, currency: string): Decimal {
  const elapsed = new Decimal(1).minus(remainingFraction(service, at));
  return roundAmount(amount.times(elapsed), currency);
}

/** What a line of a finalized invoice does to the journal, by what it bills. */
export type FinalizedLine =
  /** Usage: moves what was already booked as delivered out of unbilled_ar; the rest is earned now. */
  | { readonly kind: 'usage'; readonly amount: Decimal; readonly recognized: Decimal }
  /** Billed in advance (license fees, prorations, paid top-ups): deferred until earned. */
  | { readonly kind: 'deferred'; readonly amount: Decimal }
  /** Earned when billed (one-off charges). */
  | { readonly kind: 'earned'; readonly amount: Decimal };

export interface Finalization {
  readonly lines: readonly FinalizedLine[];
  /** Credits applied before tax, by category. Promotional reduce revenue; paid were deferred. */
  readonly promotionalCredits: Decimal;
  readonly paidCredits: Decimal;
  /** Discounts taken off the lines before credits; they reduce revenue. */
  readonly discounts: Decimal;
  readonly tax: Decimal;
}

/**
 * The finalization transaction (seed 004, "revenue reversal and invoice rebooking"): the invoice
 * total goes to ar; usage leaves unbilled_ar; fees billed in advance enter deferred_revenue; paid
 * credits consumed leave deferred_revenue and promotional credits reduce revenue. Balanced by
 * construction: ar = lines − discounts − credits + tax.
 */
export function invoiceFinalized(f: Finalization): Posting[] {
  const postings: Posting[] = [];
  for (const line of f.lines) {
    if (line.kind === 'usage') {
      postings.push(credit('unbilled_ar', line.recognized));
      postings.push(credit('revenue', line.amount.minus(line.recognized)));
    } else if (line.kind === 'deferred') {
      postings.push(credit('deferred_revenue', line.amount));
    } else {
      postings.push(credit('revenue', line.amount));
    }
  }
  postings.push(debit('revenue', f.promotionalCredits));
  postings.push(debit('deferred_revenue', f.paidCredits));
  postings.push(debit('revenue', f.discounts));
  postings.push(credit('tax_payable', f.tax));
  const lines = sum(f.lines.map((l) => l.amount));
  const ar = lines.minus(f.discounts).minus(f.promotionalCredits).minus(f.paidCredits).plus(f.tax);
  postings.push(debit('ar', ar));
  return postings.filter((p) => !p.amount.isZero());
}

/**
 * Payment of an invoice: cash for what was collected, customer balance for the part the invoice
 * settled from the customer's balance, and ar cleared for the total.
 */
export function invoicePaid(total: Decimal, amountDue: Decimal): Posting[] {
  return [
    debit('cash', amountDue),
    debit('customer_balance', total.minus(amountDue)),
    credit('ar', total),
  ].filter((p) => !p.amount.isZero());
}

/**
 * A credit note undoes revenue: what it credits comes off revenue, and goes off what the customer
 * owes (ar) or, beyond that or on a paid invoice, to the customer's balance.
 */
export function creditNoteIssued(reduceAmountDue: Decimal, creditToBalance: Decimal): Posting[] {
  return [
    debit('revenue', reduceAmountDue.plus(creditToBalance)),
    credit('ar', reduceAmountDue),
    credit('customer_balance', creditToBalance),
  ].filter((p) => !p.amount.isZero());
}
