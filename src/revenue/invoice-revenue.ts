import { Decimal, decimalString, sum } from '../core/money/decimal.js';
import { reversal } from '../core/revenue/journal.js';
import { type FinalizedLine, invoiceFinalized, invoicePaid } from '../core/revenue/postings.js';
import { consumedByCategory } from '../credits/ledger.js';
import type { Executor } from '../db/store.js';
import type { InvoiceForHooks, InvoiceLineForHooks } from '../invoicing/hooks.js';
import { newId } from '../shared/ids.js';
import { book } from './book.js';
import './tables.js';

const isUsage = (l: InvoiceLineForHooks) => l.type === 'usage' || l.type === 'adjustment';
const isAdvance = (l: InvoiceLineForHooks) => l.type === 'license_fee' || l.type === 'proration';

/**
 * Claims the usage an invoice line bills: what revenue already booked as delivered for that item
 * and service interval (it now leaves unbilled_ar), and marks it billed so it is not booked again.
 */
async function claimUsage(
  trx: Executor,
  invoice: InvoiceForHooks,
  line: InvoiceLineForHooks,
): Promise<Decimal> {
  if (!invoice.subscriptionId || !line.billableItemId || line.type !== 'usage') return new Decimal(0);
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
  const row = await trx
    .updateTable('revenue_usage')
    .set({ invoice_id: invoice.id })
    .where('subscription_id', '=', key.subscription_id)
    .where('billable_item_id', '=', key.billable_item_id)
    .where('period_start', '=', key.period_start)
    .returning('recognized')
    .executeTakeFirstOrThrow();
  return new Decimal(row.recognized);
}

/**
 * Seed 004 at finalization: usage leaves unbilled_ar for ar (anything not booked yet as delivered
 * is recognized now), fees billed in advance are deferred and scheduled, top-ups are deferred
 * until their credits are consumed, credits and discounts reduce what ar receives.
 */
export async function bookFinalized(trx: Executor, invoice: InvoiceForHooks, at: Date): Promise<void> {
  const topUp = invoice.metadata['top_up'] !== undefined;
  const lines: FinalizedLine[] = [];
  for (const line of invoice.lines) {
    if (isUsage(line)) {
      lines.push({ kind: 'usage', amount: line.amount, recognized: await claimUsage(trx, invoice, line) });
    } else if (isAdvance(line) || (topUp && line.type === 'one_off')) {
      lines.push({ kind: 'deferred', amount: line.amount });
      if (isAdvance(line) && !line.amount.isZero())
        await trx
          .insertInto('deferred_schedules')
          .values({
            id: newId('dfs'),
            invoice_id: invoice.id,
            line_id: line.lineId,
            customer_id: invoice.customerId,
            currency: invoice.currency,
            billable_item_id: line.billableItemId,
            amount: decimalString(line.amount),
            period_start: line.periodStart,
            period_end: line.periodEnd,
            recognized: '0',
            recognized_through: line.periodStart,
            status: 'active',
          })
          .onConflict((oc) => oc.column('line_id').doNothing())
          .execute();
    } else {
      lines.push({ kind: 'earned', amount: line.amount });
    }
  }
  const credits = await consumedByCategory(trx, invoice.id);
  const gross = sum(invoice.lines.map((l) => l.amount));
  const discounts = gross
    .minus(credits.paid)
    .minus(credits.promotional)
    .plus(invoice.tax)
    .minus(invoice.total);
  await book(trx, {
    key: `finalized:${invoice.id}`,
    customerId: invoice.customerId,
    currency: invoice.currency,
    source: 'invoice_finalized',
    sourceId: invoice.id,
    description: `Invoice ${invoice.number ?? invoice.id} finalized`,
    recognizedAt: at,
    postings: invoiceFinalized({
      lines,
      promotionalCredits: credits.promotional,
      paidCredits: credits.paid,
      discounts,
      tax: invoice.tax,
    }),
  });
}

export async function bookPaid(trx: Executor, invoice: InvoiceForHooks, at: Date): Promise<void> {
  await book(trx, {
    key: `paid:${invoice.id}`,
    customerId: invoice.customerId,
    currency: invoice.currency,
    source: 'invoice_paid',
    sourceId: invoice.id,
    description: `Invoice ${invoice.number ?? invoice.id} paid`,
    recognizedAt: at,
    postings: invoicePaid(invoice.total, invoice.amountDue),
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
    await book(trx, {
      key: `voided:${tx.id}`,
      customerId: invoice.customerId,
      currency: invoice.currency,
      source: 'invoice_voided',
      sourceId: invoice.id,
      description: `Invoice ${invoice.number ?? invoice.id} voided: reverses ${tx.source}`,
      recognizedAt: at,
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
