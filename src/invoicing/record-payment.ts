import type { Selectable } from 'kysely';
import { exponentOf } from '../core/money/currency.js';
import { Decimal } from '../core/money/decimal.js';
import { formatAmount } from '../core/money/money.js';
import type { Executor } from '../db/store.js';
import { ApiError } from '../shared/errors/index.js';
import { newId } from '../shared/ids.js';
import { emitEvent } from '../webhooks/emit.js';
import { type InvoicingDeps, invoiceForHooks } from './deps.js';
import { type InvoiceLineRow, type InvoiceRow, invoiceJson } from './invoice.js';
import { loadLines } from './store.js';
import type { InvoicePaymentsTable } from './tables.js';
import { assertTransition } from './transition.js';

export const PAYMENT_METHODS = ['bank_transfer', 'card', 'cash', 'check', 'stripe', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export interface PaymentInput {
  /** What arrived; the whole amount remaining when absent. */
  readonly amount?: Decimal;
  readonly method?: PaymentMethod;
  readonly reference?: string | null;
  /** When the money arrived; the customer's "now" when absent. */
  readonly paidAt?: Date;
}

export type InvoicePaymentRow = Selectable<InvoicePaymentsTable>;

/** What is still owed: the amount due less what has been received. */
export function amountRemaining(row: Pick<InvoiceRow, 'amount_due' | 'amount_paid'>): Decimal {
  const left = new Decimal(row.amount_due).minus(row.amount_paid);
  return left.isNegative() ? new Decimal(0) : left;
}

export function paymentJson(p: InvoicePaymentRow, currency: string) {
  return {
    id: p.id,
    object: 'invoice_payment' as const,
    invoice: p.invoice_id,
    amount: formatAmount(new Decimal(p.amount), currency),
    currency,
    method: p.method,
    reference: p.reference,
    paid_at: p.paid_at.toISOString(),
    created_at: p.created_at.toISOString(),
  };
}

function checkAmount(row: InvoiceRow, amount: Decimal, remaining: Decimal): void {
  if (amount.lte(0))
    throw new ApiError('invalid_value', 'A payment amount must be greater than zero.', { param: 'amount' });
  // Money is received in the currency's own units: ¥100.5 is no amount anyone can pay.
  if (amount.decimalPlaces() > exponentOf(row.currency))
    throw new ApiError(
      'invalid_value',
      `${row.currency.toUpperCase()} amounts have at most ${exponentOf(row.currency)} decimal places.`,
      { param: 'amount' },
    );
  if (amount.greaterThan(remaining))
    throw new ApiError(
      'payment_exceeds_amount_remaining',
      `Invoice ${row.id} has ${formatAmount(remaining, row.currency)} ${row.currency.toUpperCase()} left to pay; ${amount.toFixed()} is more.`,
      { param: 'amount' },
    );
}

/**
 * Records money received against an open (or uncollectible) invoice inside the caller's
 * transaction, and books it: each payment is one cash entry in the journal (`onPayment`). When
 * nothing is left to pay the invoice becomes `paid` and the `onPaid` hooks run, once.
 */
export async function recordPaymentIn(
  deps: InvoicingDeps,
  trx: Executor,
  invoice: InvoiceRow,
  input: PaymentInput,
  at: Date,
  known?: InvoiceLineRow[],
): Promise<InvoiceRow> {
  assertTransition(invoice, 'record_payment');
  const remaining = amountRemaining(invoice);
  const amount = input.amount ?? remaining;
  const paidAt = input.paidAt ?? at;
  const lines = known ?? (await loadLines(trx, invoice.id));
  let row = invoice;
  if (!amount.isZero() || input.amount !== undefined) {
    checkAmount(invoice, amount, remaining);
    const payment: InvoicePaymentRow = {
      id: newId('pay'),
      invoice_id: invoice.id,
      amount: amount.toFixed(),
      method: input.method ?? 'other',
      reference: input.reference ?? null,
      paid_at: paidAt,
      created_at: at,
    };
    await trx
      .insertInto('invoice_payments')
      .values({ ...payment, amount: amount.toFixed() })
      .execute();
    row = await trx
      .updateTable('invoices')
      .set({
        amount_paid: new Decimal(invoice.amount_paid).plus(amount).toFixed(),
        payment_reference: payment.reference ?? invoice.payment_reference,
        updated_at: at,
      })
      .where('id', '=', invoice.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const forHooks = invoiceForHooks(row, lines);
    for (const hook of deps.hooks) await hook.onPayment?.(trx, forHooks, { id: payment.id, amount }, paidAt);
    await emitEvent(
      trx,
      'invoice.payment_recorded',
      { ...invoiceJson(row, lines), payment: paymentJson(payment, row.currency) },
      at,
    );
  }
  if (!amountRemaining(row).isZero()) return row;
  assertTransition(row, 'pay');
  row = await trx
    .updateTable('invoices')
    .set({ status: 'paid', paid_at: paidAt, updated_at: at })
    .where('id', '=', invoice.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  for (const hook of deps.hooks) await hook.onPaid?.(trx, invoiceForHooks(row, lines), paidAt);
  await emitEvent(trx, 'invoice.paid', invoiceJson(row, lines) as unknown as Record<string, unknown>, at);
  return row;
}

/** The payments of one invoice, oldest first. */
export async function paymentsOf(trx: Executor, invoiceId: string): Promise<InvoicePaymentRow[]> {
  return trx
    .selectFrom('invoice_payments')
    .selectAll()
    .where('invoice_id', '=', invoiceId)
    .orderBy('paid_at')
    .orderBy('id')
    .execute();
}
