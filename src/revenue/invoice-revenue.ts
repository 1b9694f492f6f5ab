import { Decimal, decimalString, sum } from '../core/money/decimal.js';
import { inclusiveTaxOf, splitInclusiveTax } from '../core/revenue/inclusive-tax.js';
import { type Posting, reversal } from '../core/revenue/journal.js';
import {
  creditNoteIssued,
  type FinalizedLine,
  invoiceFinalized,
  invoicePaid,
  usageDelivered,
} from '../core/revenue/postings.js';
import { consumedByCategory } from '../credits/ledger.js';
import type { Executor } from '../db/store.js';
import type { CreditNoteForHooks, InvoiceForHooks, InvoiceLineForHooks } from '../invoicing/hooks.js';
import { newId } from '../shared/ids.js';
import { book } from './book.js';
import './tables.js';

const isUsage = (l: InvoiceLineForHooks) => l.type === 'usage' || l.type === 'adjustment';
const isAdvance = (l: InvoiceLineForHooks) => l.type === 'license_fee' || l.type === 'proration';

/**
 * Claims the usage an invoice line bills: marks the item's service interval billed (so the daily
 * job stops booking it), and books as delivered whatever the line bills beyond what the job
 * already booked (max/last/unique_count meters, days the job has not reached, late events,
 * rounding), dated at the close of the interval. Afterwards the line is fully in unbilled_ar.
 */
async function claimUsage(trx: Executor, invoice: InvoiceForHooks, line: InvoiceLineForHooks, at: Date) {
  let recognized = new Decimal(0);
  if (invoice.subscriptionId && line.billableItemId && line.type === 'usage') {
    const key = {
      subscription_id: invoice.subscriptionId,
      billable_item_id: line.billableItemId,
      period_start: line.periodStart,
    };
    await trx
      .insertInto('revenue_usage')
      .values({
        ...key,
        period_end: line.periodEnd,
        customer_id: invoice.customerId,
        currency: invoice.currency,
        recognized: '0',
        recognized_through: line.periodStart,
        invoice_id: null,
      })
      .onConflict((oc) => oc.columns(['subscription_id', 'billable_item_id', 'period_start']).doNothing())
      .execute();
    const where = trx
      .selectFrom('revenue_usage')
      .select('recognized')
      .where('subscription_id', '=', key.subscription_id)
      .where('billable_item_id', '=', key.billable_item_id)
      .where('period_start', '=', key.period_start);
    recognized = new Decimal((await where.forUpdate().executeTakeFirstOrThrow()).recognized);
    await trx
      .updateTable('revenue_usage')
      .set({
        invoice_id: invoice.id,
        recognized: decimalString(line.amount),
        recognized_through: line.periodEnd,
      })
      .where('subscription_id', '=', key.subscription_id)
      .where('billable_item_id', '=', key.billable_item_id)
      .where('period_start', '=', key.period_start)
      .execute();
  }
  const rest = line.amount.minus(recognized);
  const closed = new Date(Math.min(at.getTime(), line.periodEnd.getTime() - 1));
  await book(trx, {
    key: `delivered:${invoice.id}:${line.lineId}`,
    customerId: invoice.customerId,
    currency: invoice.currency,
    source: 'usage_delivered',
    sourceId: invoice.subscriptionId,
    description: `Usage delivered, booked at billing (${line.billableItemId ?? line.type})`,
    recognizedAt: closed,
    postings: usageDelivered(rest),
    billableItemId: line.billableItemId,
  });
}

/** A transaction about an invoice: keyed by the caller, sourced and described by the invoice. */
function bookForInvoice(
  trx: Executor,
  invoice: InvoiceForHooks,
  at: Date,
  source: string,
  what: string,
  b: { key: string; postings: Posting[] },
) {
  return book(trx, {
    ...b,
    customerId: invoice.customerId,
    currency: invoice.currency,
    source,
    sourceId: invoice.id,
    description: `Invoice ${invoice.number ?? invoice.id} ${what}`,
    recognizedAt: at,
  });
}

/**
 * Seed 004 at finalization: usage leaves unbilled_ar for ar (anything not booked yet as delivered
 * is recognized now), fees billed in advance are deferred and scheduled, top-ups are deferred
 * until their credits are consumed, credits reduce what ar receives, and the customer balance the
 * invoice applied settles part of ar. Inclusive tax is split off each line first (in proportion
 * to the lines), so deferred revenue and revenue hold net amounts and tax_payable the tax.
 */
export async function bookFinalized(trx: Executor, invoice: InvoiceForHooks, at: Date): Promise<void> {
  const topUp = invoice.metadata['top_up'] !== undefined;
  const inclusive = inclusiveTaxOf(invoice);
  const taxShares = splitInclusiveTax(
    invoice.lines.map((l) => l.amount),
    inclusive,
    invoice.currency,
  );
  const lines: FinalizedLine[] = [];
  for (const [i, line] of invoice.lines.entries()) {
    const net = line.amount.minus(taxShares[i] as Decimal);
    if (isUsage(line)) {
      await claimUsage(trx, invoice, line, at);
      lines.push({ kind: 'usage', amount: net, recognized: line.amount });
    } else if (isAdvance(line) || (topUp && line.type === 'one_off')) {
      lines.push({ kind: 'deferred', amount: net });
      if (isAdvance(line) && !net.isZero()) await scheduleDeferred(trx, invoice, line, net);
    } else {
      lines.push({ kind: 'earned', amount: net });
    }
  }
  const credits = await consumedByCategory(trx, invoice.id);
  const gross = sum(lines.map((l) => l.amount));
  const discounts = gross
    .minus(credits.paid)
    .minus(credits.promotional)
    .plus(invoice.tax)
    .minus(invoice.total);
  await bookForInvoice(trx, invoice, at, 'invoice_finalized', 'finalized', {
    key: `finalized:${invoice.id}`,
    postings: invoiceFinalized({
      lines,
      promotionalCredits: credits.promotional,
      paidCredits: credits.paid,
      discounts,
      tax: invoice.tax,
      // no credit note exists before finalization: what is not due was settled by the balance
      balanceApplied: invoice.total.minus(invoice.amountDue),
    }),
  });
}

/** A fee billed in advance, earned per second over its service interval (net of inclusive tax). */
async function scheduleDeferred(
  trx: Executor,
  invoice: InvoiceForHooks,
  line: InvoiceLineForHooks,
  net: Decimal,
) {
  await trx
    .insertInto('deferred_schedules')
    .values({
      id: newId('dfs'),
      invoice_id: invoice.id,
      line_id: line.lineId,
      customer_id: invoice.customerId,
      currency: invoice.currency,
      billable_item_id: line.billableItemId,
      amount: decimalString(net),
      period_start: line.periodStart,
      period_end: line.periodEnd,
      recognized: '0',
      recognized_through: line.periodStart,
      status: 'active',
    })
    .onConflict((oc) => oc.column('line_id').doNothing())
    .execute();
}

/** An invoice paid: its amount due (what is left after balance and credit notes) collected. */
export async function bookPaid(trx: Executor, invoice: InvoiceForHooks, at: Date): Promise<void> {
  await bookForInvoice(trx, invoice, at, 'invoice_paid', 'paid', {
    key: `paid:${invoice.id}`,
    postings: invoicePaid(invoice.amountDue),
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
    currency: note.currency,
    source: 'credit_note',
    sourceId: note.invoiceId,
    description: `Credit note ${note.id} on invoice ${input.invoice.number ?? note.invoiceId}`,
    recognizedAt: at,
    postings: creditNoteIssued(note),
  });
}
