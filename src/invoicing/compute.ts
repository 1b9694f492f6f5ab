import { computeTotals, type Totals } from '../core/billing/totals.js';
import { Decimal, sum } from '../core/money/decimal.js';
import type { Executor } from '../db/store.js';
import { type InvoicingDeps, linesForHooks } from './deps.js';
import type { CreditApplication } from './hooks.js';
import type { InvoiceLineRow, InvoiceRow } from './invoice.js';
import { loadLines } from './store.js';

export interface Computed {
  readonly row: InvoiceRow;
  readonly lines: InvoiceLineRow[];
  readonly totals: Totals;
  readonly applications: readonly CreditApplication[];
}

/**
 * Recomputes an invoice's amounts from its lines, in DESIGN 4's order, and stores them. Credits
 * are previewed on drafts (`preview: true`) and consumed only when finalizing; the customer
 * balance is read under the transaction and moved into the ledger by the caller at finalize.
 */
export async function recompute(
  deps: InvoicingDeps,
  trx: Executor,
  invoice: InvoiceRow,
  at: Date,
  preview: boolean,
  known?: InvoiceLineRow[],
): Promise<Computed> {
  const lines = known ?? (await loadLines(trx, invoice.id));
  const hookLines = linesForHooks(lines);
  const applications: CreditApplication[] = [];
  for (const hook of deps.hooks) {
    if (!hook.applyCredits || hookLines.length === 0) continue;
    applications.push(
      ...(await hook.applyCredits(trx, {
        invoiceId: invoice.id,
        customerId: invoice.customer_id,
        currency: invoice.currency,
        at,
        lines: hookLines,
        preview,
      })),
    );
  }
  const rates = await deps.tax.ratesFor(trx, invoice.customer_id);
  // Finalizing spends the balance: lock its row first (a concurrent finalize waits here).
  const balance = preview
    ? await deps.balance.balanceOf(trx, invoice.customer_id, invoice.currency)
    : await deps.balance.lockBalance(trx, invoice.customer_id, invoice.currency);
  const totals = computeTotals({
    lineAmounts: lines.map((l) => new Decimal(l.amount)),
    creditsApplied: sum(applications.map((a) => a.amount)),
    taxRates: rates,
    balance,
    currency: invoice.currency,
  });
  const row = await trx
    .updateTable('invoices')
    .set({
      subtotal: totals.subtotal.toFixed(),
      credits_applied: totals.creditsApplied.toFixed(),
      tax: totals.tax.toFixed(),
      tax_breakdown: JSON.stringify(
        totals.taxLines.map((t) => ({
          tax_rate: t.rate.id,
          display_name: t.rate.displayName,
          percentage: t.rate.percentage.toFixed(),
          inclusive: t.rate.inclusive,
          country: rates.find((r) => r.id === t.rate.id)?.country ?? null,
          taxable_amount: t.taxableAmount.toFixed(),
          amount: t.amount.toFixed(),
        })),
      ),
      total: totals.total.toFixed(),
      balance_applied: totals.balanceApplied.toFixed(),
      amount_due: totals.amountDue.toFixed(),
      updated_at: at,
    })
    .where('id', '=', invoice.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return { row, lines, totals, applications };
}
