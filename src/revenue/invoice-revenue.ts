import { Decimal } from '../core/money/decimal.js';
import { type Posting, reversal } from '../core/revenue/journal.js';
import { creditNoteIssued, invoicePaid, invoiceWrittenOff } from '../core/revenue/postings.js';
import type { Executor } from '../db/store.js';
import type { CreditNoteForHooks, InvoiceForHooks, InvoiceLineForHooks } from '../invoicing/hooks.js';
import { type Booking, book } from './book.js';
import './tables.js';

export const isUsage = (l: InvoiceLineForHooks) => l.type === 'usage' || l.type === 'adjustment';
export const isAdvance = (l: InvoiceLineForHooks) => l.type === 'license_fee' || l.type === 'proration';

/** A transaction about an invoice: keyed by the caller, sourced and described by the invoice. */
export function invoiceBooking(
  invoice: InvoiceForHooks,
  at: Date,
  source: string,
  what: string,
  b: { key: string; postings: Posting[] },
): Booking {
  return {
    ...b,
    customerId: invoice.customerId,
    testClock: invoice.testClock,
    currency: invoice.currency,
    source,
    sourceId: invoice.id,
    description: `Invoice ${invoice.number ?? invoice.id} ${what}`,
    recognizedAt: at,
  };
}

function bookForInvoice(
  trx: Executor,
  invoice: InvoiceForHooks,
  at: Date,
  source: string,
  what: string,
  b: { key: string; postings: Posting[] },
) {
  return book(trx, invoiceBooking(invoice, at, source, what, b));
}

/**
 * Money received against an invoice: one cash entry per payment, so partial payments reduce
 * accounts receivable as they arrive and the last one leaves nothing open.
 */
export async function bookPayment(
  trx: Executor,
  invoice: InvoiceForHooks,
  payment: { readonly id: string; readonly amount: Decimal },
  at: Date,
): Promise<void> {
  await bookForInvoice(trx, invoice, at, 'invoice_paid', 'paid', {
    key: `payment:${payment.id}`,
    postings: invoicePaid(payment.amount),
  });
}

/**
 * An invoice marked uncollectible: what was still owed moves from receivables to bad debt, once
 * (keyed by the invoice). Revenue recognized stays, so the loss shows as an expense.
 */
export async function bookWrittenOff(
  trx: Executor,
  invoice: InvoiceForHooks,
  owed: Decimal,
  at: Date,
): Promise<void> {
  await bookForInvoice(trx, invoice, at, 'invoice_uncollectible', 'marked uncollectible', {
    key: `uncollectible:${invoice.id}`,
    postings: invoiceWrittenOff(owed),
  });
}

/**
 * A void undoes everything the invoice booked (its finalization, payment and the deferred fees
 * already earned), each by an opposite transaction; its usage becomes unbilled again. Usage
 * revenue stays: the service was delivered.
 */
export async function bookVoided(trx: Executor, invoice: InvoiceForHooks, at: Date): Promise<void> {
  const txs = await trx
    .selectFrom('journal_transactions')
    .select(['id', 'source'])
    .where('source_id', '=', invoice.id)
    .where('source', '!=', 'invoice_voided')
    .orderBy('id')
    .execute();
  for (const tx of txs) {
    const entries = await trx
      .selectFrom('journal_entries')
      .select(['account', 'debit', 'credit'])
      .where('transaction_id', '=', tx.id)
      .execute();
    await bookForInvoice(trx, invoice, at, 'invoice_voided', `voided: reverses ${tx.source}`, {
      key: `voided:${tx.id}`,
      postings: reversal(
        entries.map((e) => ({
          account: e.account,
          debit: new Decimal(e.debit),
          credit: new Decimal(e.credit),
        })),
      ),
    });
  }
  await trx
    .updateTable('deferred_schedules')
    .set({ status: 'voided' })
    .where('invoice_id', '=', invoice.id)
    .execute();
  await trx
    .updateTable('revenue_usage')
    .set({ invoice_id: null })
    .where('invoice_id', '=', invoice.id)
    .execute();
}

/**
 * Books a credit note (keyed by its id): net revenue and tax reversed, ar lowered by what it took
 * off the amount due and the customer balance credited with the rest.
 */
export async function bookCreditNote(
  trx: Executor,
  input: { creditNote: CreditNoteForHooks; invoice: InvoiceForHooks },
  at: Date,
): Promise<void> {
  const note = input.creditNote;
  await book(trx, {
    key: `credit_note:${note.id}`,
    customerId: note.customerId,
    testClock: input.invoice.testClock,
    currency: note.currency,
    source: 'credit_note',
    sourceId: note.invoiceId,
    description: `Credit note ${note.id} on invoice ${input.invoice.number ?? note.invoiceId}`,
    recognizedAt: at,
    postings: creditNoteIssued(note),
  });
}
