import type { LineDraft } from '../core/billing/line.js';
import type { Executor } from '../db/store.js';
import { newId } from '../shared/ids.js';
import { emitEvents } from '../webhooks/emit.js';
import { creditHolders, knownFor, priceInvoice } from './compute.js';
import type { InvoicingDeps } from './deps.js';
import { finalizeIn } from './finalize.js';
import { type InvoiceRow, invoiceJson } from './invoice.js';
import { chunks, lineRows, storeLines } from './store.js';

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
  const [row] = await createInvoicesIn(deps, trx, [input]);
  return row;
}

/**
 * createInvoiceIn for many invoices at once (a worker batch): amounts are computed before the
 * insert (line ids are made here), then one statement each for invoices, lines, billed usage and
 * `invoice.created` events. The answer is in the order of `inputs`, undefined where the
 * (subscription, period) already had an invoice.
 */
export async function createInvoicesIn(
  deps: InvoicingDeps,
  trx: Executor,
  inputs: readonly NewInvoice[],
): Promise<(InvoiceRow | undefined)[]> {
  if (inputs.length === 0) return [];
  const account = await deps.settings(trx);
  const holders = await creditHolders(
    deps,
    trx,
    inputs.map((i) => i.customerId),
  );
  const known = await knownFor(
    deps,
    trx,
    inputs.map((i) => ({ customerId: i.customerId, currency: i.currency })),
    false,
  );
  const drafts = [];
  for (const input of inputs) {
    const id = newId('in');
    const lines = lineRows(id, input.lines);
    const head = { id, customer_id: input.customerId, currency: input.currency };
    const { columns } = await priceInvoice(
      deps,
      trx,
      head,
      lines,
      input.at,
      true,
      holders,
      known?.(input.customerId, input.currency),
    );
    drafts.push({ input, id, lines, columns });
  }
  const values = drafts.map(({ input, id, columns }) => ({
    id,
    number: null,
    customer_id: input.customerId,
    subscription_id: input.subscriptionId,
    test_clock: input.testClock,
    period_key: input.periodKey,
    billing_reason: input.billingReason,
    status: 'draft' as const,
    currency: input.currency,
    period_start: input.periodStart,
    period_end: input.periodEnd,
    ...columns,
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
  }));
  const inserted = new Map<string, InvoiceRow>();
  for (const chunk of chunks(values, 31)) {
    const rows = await trx
      .insertInto('invoices')
      .values(chunk)
      .onConflict((oc) => oc.columns(['subscription_id', 'period_key']).doNothing())
      .returningAll()
      .execute();
    for (const r of rows) inserted.set(r.id, r);
  }
  const made = drafts.filter((d) => inserted.has(d.id));
  await storeLines(
    trx,
    made.map((d) => ({
      invoice: inserted.get(d.id) as InvoiceRow,
      drafts: d.input.lines,
      rows: d.lines,
      at: d.input.at,
    })),
  );
  await emitEvents(
    trx,
    made.map((d) => ({
      type: 'invoice.created' as const,
      data: invoiceJson(inserted.get(d.id) as InvoiceRow, d.lines) as unknown as Record<string, unknown>,
      occurredAt: d.input.at,
    })),
  );
  const out: (InvoiceRow | undefined)[] = [];
  for (const d of drafts) {
    const row = inserted.get(d.id);
    out.push(row && d.input.finalize ? await finalizeIn(deps, trx, row.id, d.input.at) : row);
  }
  return out;
}
