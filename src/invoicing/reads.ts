import type { Selectable } from 'kysely';
import type { Executor } from '../db/store.js';
import { type InvoiceJson, invoiceJson } from './invoice.js';
import { loadLines } from './store.js';
import type { BilledUsageTable } from './tables.js';
import './tables.js';

export type BilledUsageRow = Selectable<BilledUsageTable>;

/**
 * Usage billed on finalized invoices for these subscriptions whose service interval ends after
 * `since`: what a late re-rate or a period's lines subtract so usage is never billed twice.
 */
export function finalBilledUsage(
  executor: Executor,
  subscriptionIds: readonly string[],
  since: Date,
): Promise<BilledUsageRow[]> {
  return executor
    .selectFrom('billed_usage')
    .selectAll()
    .where('subscription_id', 'in', [...subscriptionIds])
    .where('final', '=', true)
    .where('interval_end', '>', since)
    .execute();
}

/** The draft of a test clock's customers that is due to finalize first, at or before `to`. */
export function nextDraftDue(
  executor: Executor,
  clockId: string,
  to: Date,
): Promise<{ id: string; finalize_at: Date | null } | undefined> {
  return executor
    .selectFrom('invoices')
    .select(['id', 'finalize_at'])
    .where('test_clock', '=', clockId)
    .where('status', '=', 'draft')
    .where('finalize_at', '<=', to)
    .orderBy('finalize_at')
    .limit(1)
    .executeTakeFirst();
}

/** One invoice as the API writes it, read with the caller's executor (e.g. inside a preview). */
export async function invoiceJsonIn(executor: Executor, id: string): Promise<InvoiceJson | null> {
  const row = await executor.selectFrom('invoices').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? invoiceJson(row, await loadLines(executor, id)) : null;
}

/** An open invoice as collection sees it. */
export interface OpenInvoiceDue {
  readonly id: string;
  readonly customer_id: string;
  readonly subscription_id: string | null;
  readonly due_date: Date;
}

/**
 * Open invoices with something left to pay, due before `dueBefore`, of one test clock's customers
 * (`testClock`) or of customers on no clock (null): what dunning walks through, soonest due first.
 */
export async function openInvoicesDue(
  executor: Executor,
  testClock: string | null,
  dueBefore: Date,
  limit = 1000,
): Promise<OpenInvoiceDue[]> {
  let q = executor
    .selectFrom('invoices')
    .select(['id', 'customer_id', 'subscription_id', 'due_date'])
    .where('status', '=', 'open')
    .where('due_date', 'is not', null)
    .where('due_date', '<', dueBefore)
    .whereRef('amount_paid', '<', 'amount_due')
    .orderBy('due_date')
    .orderBy('id')
    .limit(limit);
  q = testClock === null ? q.where('test_clock', 'is', null) : q.where('test_clock', '=', testClock);
  return (await q.execute()) as OpenInvoiceDue[];
}

/**
 * The ids of a subscription's changes whose own invoice (`always_invoice`, period key
 * `change:<id>`) was voided: what such a change charged was taken back.
 */
export async function voidedChangeIds(executor: Executor, subscriptionId: string): Promise<Set<string>> {
  const rows = await executor
    .selectFrom('invoices')
    .select('period_key')
    .where('subscription_id', '=', subscriptionId)
    .where('status', '=', 'void')
    .where('period_key', 'like', 'change:%')
    .execute();
  return new Set(rows.map((r) => (r.period_key ?? '').slice('change:'.length)));
}
