import { sql } from 'kysely';
import { discountTaken } from '../core/billing/discounts.js';
import type { LineDraft } from '../core/billing/line.js';
import type { Executor } from '../db/store.js';
import { newId } from '../shared/ids.js';
import type { InvoiceLineRow, InvoiceRow } from './invoice.js';
import type { CustomerDetails, IssuerDetails } from './parties.js';
import './tables.js';

export async function loadLines(executor: Executor, invoiceId: string): Promise<InvoiceLineRow[]> {
  return executor
    .selectFrom('invoice_lines')
    .selectAll()
    .where('invoice_id', '=', invoiceId)
    .orderBy('position')
    .execute();
}

export async function loadLinesFor(
  executor: Executor,
  ids: readonly string[],
): Promise<Map<string, InvoiceLineRow[]>> {
  const out = new Map<string, InvoiceLineRow[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const rows = await executor
    .selectFrom('invoice_lines')
    .selectAll()
    .where('invoice_id', 'in', ids)
    .orderBy('position')
    .execute();
  for (const r of rows) out.get(r.invoice_id)?.push(r);
  return out;
}

export async function lockInvoice(executor: Executor, id: string): Promise<InvoiceRow | undefined> {
  return executor.selectFrom('invoices').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/**
 * The stored rows of `lines`, numbered from `startPosition` (ids made here, so no read back;
 * `idOf` names the lines of an invoice that is never stored, such as the upcoming one).
 */
export function lineRows(
  invoiceId: string,
  lines: readonly LineDraft[],
  startPosition = 0,
  idOf: (position: number) => string = () => newId('il'),
): InvoiceLineRow[] {
  const taken = discountTaken(lines);
  return lines.map((l, i) => ({
    id: idOf(startPosition + i),
    invoice_id: invoiceId,
    position: startPosition + i,
    key: l.key,
    type: l.type,
    description: l.description,
    billable_item: l.billableItemId,
    quantity: l.quantity?.toFixed() ?? null,
    unit_amount: l.unitAmount?.toFixed() ?? null,
    amount: l.amount.toFixed(),
    period_start: l.periodStart,
    period_end: l.periodEnd,
    usage_key: l.usage?.key ?? null,
    discount_amount: (taken.get(l.key) ?? l.discountAmount)?.toFixed() ?? '0',
  }));
}

/** PostgreSQL takes at most 65,535 parameters per statement: rows go in chunks under that. */
export function chunks<T>(rows: readonly T[], columns: number): T[][] {
  const size = Math.max(1, Math.floor(60_000 / columns));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

export interface LinesToStore {
  readonly invoice: Pick<InvoiceRow, 'id' | 'customer_id' | 'subscription_id'>;
  readonly drafts: readonly LineDraft[];
  /** `lineRows(invoice.id, drafts, …)`, in the same order. */
  readonly rows: readonly InvoiceLineRow[];
  readonly at: Date;
}

/**
 * Stores the lines of many invoices in one statement per table. Usage and adjustment lines also
 * write what was billed for their service interval (billed_usage), keyed deterministically, in
 * the same transaction: a later invoice bills only the difference.
 */
export async function storeLines(trx: Executor, items: readonly LinesToStore[]): Promise<void> {
  const rows = items.flatMap((i) => i.rows);
  for (const chunk of chunks(rows, 14)) await trx.insertInto('invoice_lines').values(chunk).execute();
  const usage = items.flatMap(({ invoice, drafts, at }) => {
    const subscriptionId = invoice.subscription_id;
    if (!subscriptionId) return [];
    return drafts.flatMap((l) => {
      const u = l.usage;
      if (!u) return [];
      return [
        {
          key: u.key,
          subscription_id: subscriptionId,
          customer_id: invoice.customer_id,
          billable_item: l.billableItemId ?? '',
          name: l.description,
          rate_id: u.rateId,
          meter_id: u.meterId,
          meter_filter: u.filter ? JSON.stringify(u.filter) : null,
          meter_exclude: u.exclude ? JSON.stringify(u.exclude) : null,
          price: JSON.stringify(u.price),
          interval_start: l.periodStart,
          interval_end: l.periodEnd,
          quantity: u.quantity.toFixed(),
          amount: u.amount.toFixed(),
          invoice_id: invoice.id,
          final: false,
          updated_at: at,
        },
      ];
    });
  });
  for (const chunk of chunks(usage, 16)) {
    await trx
      .insertInto('billed_usage')
      .values(chunk)
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => ({
          quantity: eb.ref('excluded.quantity'),
          amount: eb.ref('excluded.amount'),
          invoice_id: eb.ref('excluded.invoice_id'),
          final: false,
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
  }
}

/** Stores lines after the invoice's existing ones (storeLines for one invoice). */
export async function insertLines(
  trx: Executor,
  invoice: Pick<InvoiceRow, 'id' | 'customer_id' | 'subscription_id'>,
  lines: readonly LineDraft[],
  at: Date,
  startPosition = 0,
): Promise<InvoiceLineRow[]> {
  if (lines.length === 0) return [];
  const rows = lineRows(invoice.id, lines, startPosition);
  await storeLines(trx, [{ invoice, drafts: lines, rows, at }]);
  return rows;
}

/** The invoice columns that hold its amounts, as written (tax_breakdown as JSON text). */
export interface AmountColumns {
  subtotal: string;
  credits_applied: string;
  tax: string;
  tax_breakdown: string;
  total: string;
  balance_applied: string;
  amount_due: string;
}

export interface Opening {
  readonly id: string;
  readonly number: string;
  readonly at: Date;
  readonly dueDate: Date;
  readonly columns: AmountColumns;
  readonly customer: CustomerDetails;
}

/**
 * Drafts become `open` with their number, amounts and frozen parties, in one statement; rows by
 * id. The issuer is the same for every invoice of the call.
 */
export async function openInvoices(
  trx: Executor,
  items: readonly Opening[],
  issuer: IssuerDetails,
): Promise<Map<string, InvoiceRow>> {
  const col = (f: (o: Opening) => string) => items.map(f);
  const c = (k: keyof AmountColumns) => col((o) => o.columns[k]);
  const { rows } = await sql<InvoiceRow>`
    update invoices as i set
      status = 'open', number = v.number, finalized_at = v.at, finalize_at = null,
      due_date = v.due, tax_registration_number = ${issuer.tax_registration_number}, updated_at = v.at,
      subtotal = v.subtotal, credits_applied = v.credits, tax = v.tax, tax_breakdown = v.breakdown::jsonb,
      total = v.total, balance_applied = v.balance, amount_due = v.due_amount,
      customer_details = v.customer::jsonb, issuer_details = ${JSON.stringify(issuer)}::jsonb
    from unnest(
      ${col((o) => o.id)}::text[], ${col((o) => o.number)}::text[],
      ${col((o) => o.at.toISOString())}::timestamptz[], ${col((o) => o.dueDate.toISOString())}::timestamptz[],
      ${c('subtotal')}::numeric[], ${c('credits_applied')}::numeric[], ${c('tax')}::numeric[],
      ${c('tax_breakdown')}::text[], ${c('total')}::numeric[], ${c('balance_applied')}::numeric[],
      ${c('amount_due')}::numeric[], ${col((o) => JSON.stringify(o.customer))}::text[]
    ) as v(id, number, at, due, subtotal, credits, tax, breakdown, total, balance, due_amount, customer)
    where i.id = v.id
    returning i.*`.execute(trx);
  return new Map(rows.map((r) => [r.id, r]));
}
