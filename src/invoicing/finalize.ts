import { ratedAmount } from '../core/billing/usage-lines.js';
import { Decimal } from '../core/money/decimal.js';
import type { Executor } from '../db/store.js';
import { notFound } from '../shared/errors/index.js';
import { emitEvent } from '../webhooks/emit.js';
import { recompute } from './compute.js';
import { type InvoicingDeps, invoiceForHooks } from './deps.js';
import { type InvoiceLineRow, type InvoiceRow, invoiceJson } from './invoice.js';
import { loadLines, lockInvoice } from './store.js';
import { assertTransition } from './transition.js';

const DUE_DAYS = 30;

/**
 * Re-reads the meter for every usage and adjustment line of a draft: events that arrived during
 * the grace period are billed on this invoice, not as a late adjustment on the next one.
 */
async function rerateUsage(
  deps: InvoicingDeps,
  trx: Executor,
  invoice: InvoiceRow,
  at: Date,
  all: readonly InvoiceLineRow[],
): Promise<boolean> {
  const lines = all.filter((l) => l.usage_key);
  let changed = false;
  if (lines.length === 0) return changed;
  const keys = lines.map((l) => l.usage_key as string);
  const billed = new Map(
    (await trx.selectFrom('billed_usage').selectAll().where('key', 'in', keys).execute()).map((r) => [
      r.key,
      r,
    ]),
  );
  for (const line of lines) {
    const row = billed.get(line.usage_key as string);
    if (!row || row.invoice_id !== invoice.id) continue;
    const quantity = await deps.aggregate(
      {
        meterId: row.meter_id,
        customerId: row.customer_id,
        start: row.interval_start,
        end: row.interval_end,
        filter: row.meter_filter,
      },
      trx,
    );
    const amount = ratedAmount(row.price, quantity, invoice.currency);
    const dq = quantity.minus(row.quantity);
    const da = amount.minus(row.amount);
    if (dq.isZero() && da.isZero()) continue;
    changed = true;
    await trx
      .updateTable('invoice_lines')
      .set({
        quantity: new Decimal(line.quantity ?? '0').plus(dq).toFixed(),
        amount: new Decimal(line.amount).plus(da).toFixed(),
      })
      .where('id', '=', line.id)
      .execute();
    await trx
      .updateTable('billed_usage')
      .set({ quantity: quantity.toFixed(), amount: amount.toFixed(), updated_at: at })
      .where('key', '=', row.key)
      .execute();
  }
  return changed;
}

/** Marks an invoice paid inside the caller's transaction and calls the `onPaid` hooks. */
export async function markPaidIn(
  deps: InvoicingDeps,
  trx: Executor,
  invoice: InvoiceRow,
  at: Date,
  reference: string | null,
  known?: InvoiceLineRow[],
): Promise<InvoiceRow> {
  assertTransition(invoice, 'pay');
  const row = await trx
    .updateTable('invoices')
    .set({
      status: 'paid',
      paid_at: at,
      amount_paid: invoice.amount_due,
      payment_reference: reference,
      updated_at: at,
    })
    .where('id', '=', invoice.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  const lines = known ?? (await loadLines(trx, row.id));
  for (const hook of deps.hooks) await hook.onPaid?.(trx, invoiceForHooks(row, lines), at);
  await emitEvent(trx, 'invoice.paid', invoiceJson(row, lines) as unknown as Record<string, unknown>, at);
  return row;
}

export interface Prepared {
  readonly id: string;
  /** Numbered from the test sequence (`TEST-<prefix>`) when the customer is on a test clock. */
  readonly test: boolean;
  readonly at: Date;
  readonly lines: InvoiceLineRow[];
}

/**
 * The first half of finalizing, safe to run in parallel with other workers: the draft locked,
 * late usage re-read (events of the grace period land here), credits consumed, tax, and the
 * customer balance moved. No number yet.
 */
export async function prepareFinalize(
  deps: InvoicingDeps,
  trx: Executor,
  id: string,
  at: Date,
): Promise<Prepared> {
  const locked = await lockInvoice(trx, id);
  if (!locked) throw notFound('invoice_not_found', 'invoice', id);
  assertTransition(locked, 'finalize');
  const before = await loadLines(trx, id);
  const changed = await rerateUsage(deps, trx, locked, at, before);
  const { totals, lines } = await recompute(deps, trx, locked, at, false, changed ? undefined : before);
  if (!totals.balanceApplied.isZero()) {
    const toBalance = totals.total.isNegative();
    await deps.balance.record(trx, {
      customerId: locked.customer_id,
      currency: locked.currency,
      amount: totals.balanceApplied,
      type: toBalance ? 'invoice_credit' : 'applied_to_invoice',
      invoiceId: locked.id,
      description: toBalance
        ? 'Negative invoice total credited to the balance'
        : 'Balance applied to the invoice',
      at,
    });
  }
  return { id, test: locked.test_clock !== null, at, lines };
}

/**
 * Reserves `count` consecutive numbers. The counter row stays locked until the transaction
 * commits, so numbers are gapless; callers take them last, to hold the lock briefly. Invoices
 * of test-clock customers (`test`) have their own sequence, `TEST-<prefix>-000001`, so they
 * never use up live numbers.
 */
export async function reserveNumbers(
  deps: InvoicingDeps,
  trx: Executor,
  count: number,
  test = false,
): Promise<string[]> {
  if (count === 0) return [];
  const account = await deps.settings(trx);
  const prefix = test ? `TEST-${account.invoice_prefix}` : account.invoice_prefix;
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

/** The second half: number, `open`, `onFinalized` hooks, `invoice.finalized`; paid at once if nothing is due. */
export async function completeFinalize(
  deps: InvoicingDeps,
  trx: Executor,
  p: Prepared,
  number: string,
): Promise<InvoiceRow> {
  const account = await deps.settings(trx);
  const { at, lines } = p;
  const row = await trx
    .updateTable('invoices')
    .set({
      status: 'open',
      number,
      finalized_at: at,
      finalize_at: null,
      due_date: new Date(at.getTime() + DUE_DAYS * 86_400_000),
      tax_registration_number: account.tax_registration_number,
      updated_at: at,
    })
    .where('id', '=', p.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  if (lines.some((l) => l.usage_key)) {
    await trx.updateTable('billed_usage').set({ final: true }).where('invoice_id', '=', p.id).execute();
  }
  for (const hook of deps.hooks) await hook.onFinalized?.(trx, invoiceForHooks(row, lines), at);
  await emitEvent(
    trx,
    'invoice.finalized',
    invoiceJson(row, lines) as unknown as Record<string, unknown>,
    at,
  );
  if (new Decimal(row.amount_due).isZero()) return markPaidIn(deps, trx, row, at, null, lines);
  return row;
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
  const prepared = await prepareFinalize(deps, trx, id, at);
  const [number] = await reserveNumbers(deps, trx, 1, prepared.test);
  return completeFinalize(deps, trx, prepared, number as string);
}
