import { Decimal } from '../core/money/decimal.js';
import type { Executor } from '../db/store.js';
import { ApiError } from '../shared/errors/index.js';
import { emitEvent } from '../webhooks/emit.js';
import { type InvoicingDeps, invoiceForHooks } from './deps.js';
import { type InvoiceRow, invoiceJson } from './invoice.js';
import { loadLines } from './store.js';
import { assertTransition } from './transition.js';

/**
 * Voids an open invoice or marks it uncollectible, inside the caller's transaction. A void is
 * refused once money or a credit note touched the invoice (a credit note corrects it instead);
 * it gives back the customer balance the invoice used and calls the `onVoided` hooks.
 */
export async function closeInvoiceIn(
  deps: InvoicingDeps,
  trx: Executor,
  row: InvoiceRow,
  at: Date,
  action: 'void' | 'mark_uncollectible',
): Promise<InvoiceRow> {
  assertTransition(row, action);
  if (action === 'void' && !new Decimal(row.amount_paid).isZero()) {
    throw new ApiError(
      'invoice_has_payments',
      `Invoice ${row.id} has received ${row.amount_paid} and cannot be voided; issue a credit note for what is left instead.`,
    );
  }
  if (action === 'void' && !new Decimal(row.amount_credited).isZero()) {
    throw new ApiError(
      'invalid_invoice_transition',
      `Invoice ${row.id} has credit notes (${row.amount_credited} credited) and cannot be voided; credit what is left instead.`,
    );
  }
  const updated = await trx
    .updateTable('invoices')
    .set(
      action === 'void'
        ? { status: 'void', voided_at: at, updated_at: at }
        : { status: 'uncollectible', marked_uncollectible_at: at, updated_at: at },
    )
    .where('id', '=', row.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  const lines = await loadLines(trx, row.id);
  if (action === 'void') {
    // Balance that paid part of a voided invoice goes back to the customer, and a debt added
    // to it is owed again.
    const applied = new Decimal(row.balance_applied);
    if (!applied.isZero() && !new Decimal(row.total).isNegative()) {
      await deps.balance.record(trx, {
        customerId: row.customer_id,
        currency: row.currency,
        amount: applied.negated(),
        type: 'adjustment',
        invoiceId: row.id,
        description: applied.isPositive()
          ? 'Balance returned by a voided invoice'
          : 'Balance owed again after a voided invoice',
        at,
      });
    }
    for (const hook of deps.hooks) await hook.onVoided?.(trx, invoiceForHooks(updated, lines), at);
  } else {
    const owed = Decimal.max(new Decimal(row.amount_due).minus(row.amount_paid), 0);
    for (const hook of deps.hooks) {
      await hook.onMarkedUncollectible?.(trx, invoiceForHooks(updated, lines), owed, at);
    }
  }
  const type = action === 'void' ? 'invoice.voided' : 'invoice.marked_uncollectible';
  await emitEvent(trx, type, invoiceJson(updated, lines) as unknown as Record<string, unknown>, at);
  return updated;
}
