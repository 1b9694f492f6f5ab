import type { LineDraft } from '../core/billing/line.js';
import type { Executor } from '../db/store.js';
import { newId } from '../shared/ids.js';
import type { InvoiceLineRow, InvoiceRow } from './invoice.js';
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
 * Stores lines after the invoice's existing ones. Usage and adjustment lines also write what was
 * billed for their service interval (billed_usage), keyed deterministically, in the same
 * transaction: a later invoice bills only the difference.
 */
export async function insertLines(
  trx: Executor,
  invoice: Pick<InvoiceRow, 'id' | 'customer_id' | 'subscription_id'>,
  lines: readonly LineDraft[],
  at: Date,
  startPosition = 0,
): Promise<InvoiceLineRow[]> {
  if (lines.length === 0) return [];
  const inserted = await trx
    .insertInto('invoice_lines')
    .values(
      lines.map((l, i) => ({
        id: newId('il'),
        invoice_id: invoice.id,
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
      })),
    )
    .returningAll()
    .execute();
  const usage = lines.filter((l) => l.usage);
  if (usage.length === 0 || !invoice.subscription_id) return inserted;
  const subscriptionId = invoice.subscription_id;
  const rows = usage.map((l) => {
    const u = l.usage as NonNullable<LineDraft['usage']>;
    return {
      key: u.key,
      subscription_id: subscriptionId,
      customer_id: invoice.customer_id,
      billable_item: l.billableItemId ?? '',
      name: l.description,
      rate_id: u.rateId,
      meter_id: u.meterId,
      meter_filter: u.filter ? JSON.stringify(u.filter) : null,
      price: JSON.stringify(u.price),
      interval_start: l.periodStart,
      interval_end: l.periodEnd,
      quantity: u.quantity.toFixed(),
      amount: u.amount.toFixed(),
      invoice_id: invoice.id,
      final: false,
      updated_at: at,
    };
  });
  await trx
    .insertInto('billed_usage')
    .values(rows)
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
  return inserted;
}
