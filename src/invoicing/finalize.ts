import { dueDate, effectiveTerms } from '../core/billing/payment-terms.js';
import { Decimal } from '../core/money/decimal.js';
import type { CustomerRow } from '../customers/customer.js';
import type { Executor } from '../db/store.js';
import { notFound } from '../shared/errors/index.js';
import { currentMode } from '../shared/request-context.js';
import { emitEvents } from '../webhooks/emit.js';
import { creditHolders, knownFor, type Priced, priceInvoice } from './compute.js';
import { type InvoicingDeps, invoiceForHooks } from './deps.js';
import { type InvoiceLineRow, type InvoiceRow, invoiceJson } from './invoice.js';
import { customerDetailsOf, issuerDetailsOf } from './parties.js';
import { type PaymentMethod, recordPaymentIn } from './record-payment.js';
import { rerateUsage } from './rerate.js';
import { loadLinesFor, lockInvoice, openInvoices } from './store.js';
import { assertTransition } from './transition.js';

/**
 * Marks an invoice paid inside the caller's transaction: whatever is left to pay is received now
 * (one payment), then the `onPaid` hooks run. An invoice with nothing due is paid without one.
 */
export async function markPaidIn(
  deps: InvoicingDeps,
  trx: Executor,
  invoice: InvoiceRow,
  at: Date,
  reference: string | null,
  known?: InvoiceLineRow[],
  method?: PaymentMethod,
): Promise<InvoiceRow> {
  assertTransition(invoice, 'pay');
  return recordPaymentIn(deps, trx, invoice, { reference, paidAt: at, ...(method && { method }) }, at, known);
}

export interface Prepared {
  readonly row: InvoiceRow;
  /** Numbered from the test sequence (`TEST-<prefix>`) when the customer is on a test clock. */
  readonly test: boolean;
  readonly at: Date;
  readonly lines: InvoiceLineRow[];
  /** The amounts, stored with the number by completeFinalize. */
  readonly columns: Priced['columns'];
}

/**
 * The first half of finalizing, for drafts the caller has locked, safe to run in parallel with
 * other workers: late usage re-read (events of the grace period land here), credits consumed,
 * tax, and the customer balance moved. No number yet. Lines and billed usage are read once for
 * all drafts.
 */
export async function prepareFinalizeMany(
  deps: InvoicingDeps,
  trx: Executor,
  drafts: readonly { row: InvoiceRow; at: Date }[],
): Promise<Prepared[]> {
  for (const d of drafts) assertTransition(d.row, 'finalize');
  const linesOf = await loadLinesFor(
    trx,
    drafts.map((d) => d.row.id),
  );
  await rerateUsage(deps, trx, drafts, linesOf);
  const holders = await creditHolders(
    deps,
    trx,
    drafts.map((d) => d.row.customer_id),
  );
  const known = await knownFor(
    deps,
    trx,
    drafts.map((d) => ({ customerId: d.row.customer_id, currency: d.row.currency })),
    true,
  );
  const prepared: Prepared[] = [];
  for (const { row, at } of drafts) {
    const lines = linesOf.get(row.id) ?? [];
    const { totals, columns } = await priceInvoice(
      deps,
      trx,
      row,
      lines,
      at,
      false,
      holders,
      known?.(row.customer_id, row.currency),
    );
    if (!totals.balanceApplied.isZero()) {
      const toBalance = totals.total.isNegative();
      const moved = await deps.balance.record(trx, {
        customerId: row.customer_id,
        currency: row.currency,
        amount: totals.balanceApplied,
        type: toBalance ? 'invoice_credit' : 'applied_to_invoice',
        invoiceId: row.id,
        description: toBalance
          ? 'Negative invoice total credited to the balance'
          : 'Balance applied to the invoice',
        at,
      });
      known?.moved(row.customer_id, row.currency, new Decimal(moved.ending_balance));
    }
    prepared.push({ row, test: row.test_clock !== null, at, lines, columns });
  }
  return prepared;
}

/**
 * Reserves `count` consecutive numbers. The counter row stays locked until the transaction
 * commits, so numbers are gapless; callers take them last, to hold the lock briefly. Invoices
 * in test mode and of test-clock customers (`test`) have their own sequence,
 * `TEST-<prefix>-000001`, so they never use up live numbers and a test invoice never carries a
 * number a live one has (each mode's tables hold its own counters: src/db/modes.ts).
 */
export async function reserveNumbers(
  deps: InvoicingDeps,
  trx: Executor,
  count: number,
  test = false,
): Promise<string[]> {
  if (count === 0) return [];
  const account = await deps.settings(trx);
  const prefix = test || currentMode() === 'test' ? `TEST-${account.invoice_prefix}` : account.invoice_prefix;
  const { last_value } = await trx
    .insertInto('invoice_number_sequences')
    .values({ prefix, last_value: count })
    .onConflict((oc) =>
      oc
        .column('prefix')
        .doUpdateSet((eb) => ({ last_value: eb(eb.ref('invoice_number_sequences.last_value'), '+', count) })),
    )
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return Array.from(
    { length: count },
    (_, i) => `${prefix}-${String(last_value - count + 1 + i).padStart(6, '0')}`,
  );
}

function customerOf(customers: Map<string, CustomerRow>, id: string): CustomerRow {
  const row = customers.get(id);
  if (!row) throw notFound('customer_not_found', 'customer', id, 'customer');
  return row;
}

/**
 * The second half, for many prepared drafts and their numbers (same order): amounts, number and
 * `open` stored in one statement with the customer's and the account's details frozen (every
 * customer of the batch read in one query), billed usage made final, `onFinalized` hooks (a hook's
 * `onFinalizedMany` takes them all at once), `invoice.finalized`; paid at once if nothing is due.
 */
export async function completeFinalizeMany(
  deps: InvoicingDeps,
  trx: Executor,
  prepared: readonly Prepared[],
  numbers: readonly string[],
): Promise<InvoiceRow[]> {
  if (prepared.length === 0) return [];
  const account = await deps.settings(trx);
  const customers = await deps.customersOf([...new Set(prepared.map((p) => p.row.customer_id))], trx);
  const opened = await openInvoices(
    trx,
    prepared.map((p, i) => {
      const customer = customerOf(customers, p.row.customer_id);
      // The customer's terms, else the account's; the due day counted in the account's zone.
      const terms = effectiveTerms(customer.payment_terms, account.payment_terms);
      return {
        id: p.row.id,
        number: numbers[i] as string,
        at: p.at,
        dueDate: dueDate(p.at, terms, account.time_zone, p.row.period_end),
        columns: p.columns,
        customer: customerDetailsOf(customer),
      };
    }),
    issuerDetailsOf(account),
  );
  const withUsage = prepared.filter((p) => p.lines.some((l) => l.usage_key)).map((p) => p.row.id);
  if (withUsage.length > 0) {
    await trx.updateTable('billed_usage').set({ final: true }).where('invoice_id', 'in', withUsage).execute();
  }
  const rows = prepared.map((p) => opened.get(p.row.id) as InvoiceRow);
  for (const hook of deps.hooks) {
    if (hook.onFinalizedMany) {
      await hook.onFinalizedMany(
        trx,
        prepared.map((p, i) => ({ invoice: invoiceForHooks(rows[i] as InvoiceRow, p.lines), at: p.at })),
      );
    } else if (hook.onFinalized) {
      for (const [i, p] of prepared.entries()) {
        await hook.onFinalized(trx, invoiceForHooks(rows[i] as InvoiceRow, p.lines), p.at);
      }
    }
  }
  await emitEvents(
    trx,
    prepared.map((p, i) => ({
      type: 'invoice.finalized' as const,
      data: invoiceJson(rows[i] as InvoiceRow, p.lines) as unknown as Record<string, unknown>,
      occurredAt: p.at,
    })),
  );
  const out: InvoiceRow[] = [];
  for (const [i, p] of prepared.entries()) {
    const row = rows[i] as InvoiceRow;
    out.push(
      new Decimal(row.amount_due).isZero() ? await markPaidIn(deps, trx, row, p.at, null, p.lines) : row,
    );
  }
  return out;
}

/**
 * Finalizes a draft in one transaction: late usage re-read, credits consumed, tax, customer
 * balance moved, number assigned (gapless), `onFinalized` hooks, `invoice.finalized` event.
 * An invoice with nothing due is paid at once (a negative total went to the balance).
 */
export async function finalizeIn(
  deps: InvoicingDeps,
  trx: Executor,
  id: string,
  at: Date,
): Promise<InvoiceRow> {
  const locked = await lockInvoice(trx, id);
  if (!locked) throw notFound('invoice_not_found', 'invoice', id);
  const prepared = await prepareFinalizeMany(deps, trx, [{ row: locked, at }]);
  const numbers = await reserveNumbers(deps, trx, 1, locked.test_clock !== null);
  return (await completeFinalizeMany(deps, trx, prepared, numbers))[0] as InvoiceRow;
}
