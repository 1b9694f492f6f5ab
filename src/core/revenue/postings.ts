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
  /**
   * What those paid credits had deferred: their share of the net their selling invoice deferred
   * (less than `paidCredits` when it included tax). Default: `paidCredits`. The difference was
   * collected as tax, not revenue, so it reduces revenue.
   */
  readonly paidCreditsDeferred?: Decimal;
  /** Discounts taken off the lines before credits; they reduce revenue. */
  readonly discounts: Decimal;
  readonly tax: Decimal;
  /**
   * What moved between the invoice and the customer balance at finalization (the invoice's
   * `balance_applied`): positive when the balance paid part of it (Dr customer_balance / Cr ar),
   * negative when a negative total became balance (Dr ar / Cr customer_balance).
   */
  readonly balanceApplied: Decimal;
}

/**
 * The finalization transaction (seed 004, "revenue reversal and invoice rebooking"): the invoice
 * total goes to ar; usage leaves unbilled_ar; fees billed in advance enter deferred_revenue; paid
 * credits consumed leave deferred_revenue (what they deferred; the tax an inclusive price held
 * reduces revenue) and promotional credits reduce revenue. Balanced by
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
  const paidDeferred = f.paidCreditsDeferred ?? f.paidCredits;
  postings.push(debit('deferred_revenue', paidDeferred));
  postings.push(debit('revenue', f.paidCredits.minus(paidDeferred)));
  postings.push(debit('revenue', f.discounts));
  postings.push(credit('tax_payable', f.tax));
  const lines = sum(f.lines.map((l) => l.amount));
  const ar = lines.minus(f.discounts).minus(f.promotionalCredits).minus(f.paidCredits).plus(f.tax);
  postings.push(debit('ar', ar));
  postings.push(debit('customer_balance', f.balanceApplied));
  postings.push(credit('ar', f.balanceApplied));
  return postings.filter((p) => !p.amount.isZero());
}

/**
 * Payment of an invoice: cash for what was actually collected, and ar cleared by as much. The
 * customer balance was applied at finalization and credit notes lowered ar when issued, so what
 * is left in ar is exactly the amount paid.
 */
export function invoicePaid(paid: Decimal): Posting[] {
  return [debit('cash', paid), credit('ar', paid)].filter((p) => !p.amount.isZero());
}

/**
 * What is still owed on an invoice given up on (marked uncollectible) leaves receivables as a
 * bad-debt expense: Dr bad_debt / Cr ar. Revenue already recognized stays; the loss is its own line.
 */
export function invoiceWrittenOff(owed: Decimal): Posting[] {
  return [debit('bad_debt', owed), credit('ar', owed)].filter((p) => !p.amount.isZero());
}

/**
 * Paid credits that expired unused: what the customer paid for them leaves deferred revenue as
 * breakage revenue (Dr deferred_revenue / Cr breakage_revenue), at the write-off.
 */
export function creditBreakage(writtenOff: Decimal): Posting[] {
  return [debit('deferred_revenue', writtenOff), credit('breakage_revenue', writtenOff)].filter(
    (p) => !p.amount.isZero(),
  );
}

/** A credit note as the journal sees it: what it credits (tax included) and where it went. */
export interface CreditNotePosting {
  readonly amount: Decimal;
  readonly tax: Decimal;
  readonly reducedAmountDue: Decimal;
  readonly toBalance: Decimal;
}

/**
 * A credit note undoes revenue: its net amount comes off revenue and its tax off tax_payable;
 * the whole goes off what the customer owes (ar) or, on a paid invoice or beyond the amount
 * due, to the customer's balance. Balanced when amount = reducedAmountDue + toBalance.
 */
export function creditNoteIssued(n: CreditNotePosting): Posting[] {
  return [
    debit('revenue', n.amount.minus(n.tax)),
    debit('tax_payable', n.tax),
    credit('ar', n.reducedAmountDue),
    credit('customer_balance', n.toBalance),
  ].filter((p) => !p.amount.isZero());
}
