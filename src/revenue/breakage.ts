import type { Decimal } from '../core/money/decimal.js';
import { creditBreakage } from '../core/revenue/postings.js';
import type { Executor } from '../db/store.js';
import { book } from './book.js';

/** A grant's write-off at expiry, as credits reports it. */
export interface WrittenOffGrant {
  readonly grantId: string;
  readonly customerId: string;
  readonly testClock: string | null;
  readonly currency: string;
  readonly category: 'paid' | 'promotional';
  /** The invoice that sold the credits (a top-up or a prepaid commitment), if any. */
  readonly invoiceId: string | null;
  readonly amount: Decimal;
  readonly at: Date;
  /**
   * The invoice whose void gave credit back to the grant after it expired: that credit is written
   * off again, and booked again, once per void (key `breakage:{grant}:{invoice}`).
   */
  readonly voidedInvoiceId?: string;
}

/**
 * Breakage: paid credits bought on an invoice were deferred when it finalized (Cr
 * deferred_revenue); what expires unused is earned then (Dr deferred_revenue / Cr
 * breakage_revenue). Promotional credits and paid grants made by hand were never deferred, so
 * nothing is booked for them. Once per grant (key `breakage:{grant}`), and once more per void that
 * gives the grant credit back after it expired.
 */
export async function bookBreakage(trx: Executor, g: WrittenOffGrant): Promise<boolean> {
  if (g.category !== 'paid' || g.invoiceId === null || !g.amount.isPositive()) return false;
  return book(trx, {
    key: g.voidedInvoiceId ? `breakage:${g.grantId}:${g.voidedInvoiceId}` : `breakage:${g.grantId}`,
    customerId: g.customerId,
    testClock: g.testClock,
    currency: g.currency,
    source: 'credit_breakage',
    sourceId: g.grantId,
    description: `Paid credits expired unused (${g.grantId})`,
    recognizedAt: g.at,
    postings: creditBreakage(g.amount),
  });
}
