import type { LineDraft } from '../core/billing/line.js';
import type { Executor } from '../db/store.js';
import { newId } from '../shared/ids.js';
import { emitEvent } from '../webhooks/emit.js';
import { recompute } from './compute.js';
import type { InvoicingDeps } from './deps.js';
import { finalizeIn } from './finalize.js';
import { type InvoiceRow, invoiceJson } from './invoice.js';
import { insertLines } from './store.js';

export interface NewInvoice {
  customerId: string;
  subscriptionId: string | null;
  testClock: string | null;
  /** Unique per subscription (`start`, `cycle:<iso>`, `change:<id>`, `cancel`): at most one invoice each. */
  periodKey: string | null;
  billingReason: string;
  currency: string;
  periodStart: Date;
  periodEnd: Date;
  lines: readonly LineDraft[];
  at: Date;
  /** Finalize in the same transaction (proration invoices, `finalize: true` standalone invoices). */
  finalize: boolean;
  metadata?: Record<string, string>;
}

/**
 * Creates an invoice with its lines in the caller's transaction, or returns undefined when the
 * subscription already has an invoice for that period (the unique index decides, so a second
 * worker that raced this one bills nothing).
 */
export async function createInvoiceIn(
  deps: InvoicingDeps,
  trx: Executor,
  input: NewInvoice,
): Promise<InvoiceRow | undefined> {
  const account = await deps.settings(trx);
  const inserted = await trx
    .insertInto('invoices')
    .values({
      id: newId('in'),
      number: null,
      customer_id: input.customerId,
      subscription_id: input.subscriptionId,
      test_clock: input.testClock,
      period_key: input.periodKey,
      billing_reason: input.billingReason,
      status: 'draft',
      currency: input.currency,
      period_start: input.periodStart,
      period_end: input.periodEnd,
      tax_breakdown: '[]',
      tax_registration_number: account.tax_registration_number,
      hosted_invoice_url: null,
      payment_reference: null,
      finalize_at: new Date(input.at.getTime() + account.grace_period_seconds * 1000),
      created_at: input.at,
      finalized_at: null,
      paid_at: null,
      voided_at: null,
      marked_uncollectible_at: null,
      due_date: null,
      metadata: JSON.stringify(input.metadata ?? {}),
      updated_at: input.at,
    })
    .onConflict((oc) => oc.columns(['subscription_id', 'period_key']).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (!inserted) return undefined;
  const stored = await insertLines(trx, inserted, input.lines, input.at);
  const { row, lines } = await recompute(deps, trx, inserted, input.at, true, stored);
  await emitEvent(
    trx,
    'invoice.created',
    invoiceJson(row, lines) as unknown as Record<string, unknown>,
    input.at,
  );
  if (input.finalize) return finalizeIn(deps, trx, row.id, input.at);
  return row;
}
