import { type BalancePair, balanceKey } from '../balance/service.js';
import { settleLines } from '../core/billing/assemble.js';
import type { Totals } from '../core/billing/totals.js';
import { Decimal, sum, ZERO } from '../core/money/decimal.js';
import type { Executor } from '../db/store.js';
import type { InvoiceTaxRate } from '../tax/service.js';
import { type InvoicingDeps, linesForHooks } from './deps.js';
import type { CreditApplication, InvoiceHooks } from './hooks.js';
import type { InvoiceLineRow, InvoiceRow } from './invoice.js';
import { type AmountColumns, loadLines } from './store.js';

export interface Computed {
  readonly row: InvoiceRow;
  readonly lines: InvoiceLineRow[];
  readonly totals: Totals;
  readonly applications: readonly CreditApplication[];
}

/** What an invoice's amounts are computed for: enough to call the hooks, tax and balance. */
export interface InvoiceHead {
  readonly id: string;
  readonly customer_id: string;
  readonly currency: string;
}

/** Reads a batch made once for all its invoices (tax rates, the balance read or locked). */
export interface Known {
  readonly rates: InvoiceTaxRate[];
  readonly balance: Decimal;
}

export interface Priced {
  readonly totals: Totals;
  readonly applications: readonly CreditApplication[];
  /** The invoice columns that hold the amounts (written by insert or update). */
  readonly columns: AmountColumns;
}

/** The invoice's per-rate tax lines as stored and shown (`tax_breakdown`). */
export function taxBreakdown(totals: Totals, rates: readonly InvoiceTaxRate[]) {
  return totals.taxLines.map((t) => ({
    tax_rate: t.rate.id,
    display_name: t.rate.displayName,
    percentage: t.rate.percentage.toFixed(),
    inclusive: t.rate.inclusive,
    country: rates.find((r) => r.id === t.rate.id)?.country ?? null,
    taxable_amount: t.taxableAmount.toFixed(),
    amount: t.amount.toFixed(),
  }));
}

/**
 * An invoice's amounts from its lines, in DESIGN 4's order; the upcoming invoice is priced here
 * too (`preview: true`, nothing stored). Credits are previewed on drafts
 * (`preview: true`) and consumed only when finalizing; the customer balance is read under the
 * transaction and moved into the ledger by the caller at finalize. `withCredits` (creditHolders)
 * says, per hook that can tell, which customers may hold credit: the others are not asked.
 */
export async function priceInvoice(
  deps: InvoicingDeps,
  trx: Executor,
  invoice: InvoiceHead,
  lines: readonly InvoiceLineRow[],
  at: Date,
  preview: boolean,
  withCredits: ReadonlyMap<InvoiceHooks, ReadonlySet<string>> = new Map(),
  known?: Known,
): Promise<Priced> {
  const hookLines = linesForHooks(lines);
  const applications: CreditApplication[] = [];
  for (const hook of deps.hooks) {
    if (!hook.applyCredits || hookLines.length === 0) continue;
    if (withCredits.get(hook)?.has(invoice.customer_id) === false) continue;
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
  const rates = known?.rates ?? (await deps.tax.ratesFor(trx, invoice.customer_id));
  // Finalizing spends the balance: lock its row first (a concurrent finalize waits here). A
  // batch locked every row it needs before its first invoice (`known`).
  const balance =
    known?.balance ??
    (preview
      ? await deps.balance.balanceOf(trx, invoice.customer_id, invoice.currency)
      : await deps.balance.lockBalance(trx, invoice.customer_id, invoice.currency));
  // The assembly's own settlement (core/billing/assemble.ts), on the lines as stored: a
  // finalize that re-rated a line settles what it wrote.
  const totals = settleLines(
    lines.map((l) => new Decimal(l.amount)),
    { creditsApplied: sum(applications.map((a) => a.amount)), taxRates: rates, balance },
    invoice.currency,
  );
  const columns: AmountColumns = {
    subtotal: totals.subtotal.toFixed(),
    credits_applied: totals.creditsApplied.toFixed(),
    tax: totals.tax.toFixed(),
    tax_breakdown: JSON.stringify(taxBreakdown(totals, rates)),
    total: totals.total.toFixed(),
    balance_applied: totals.balanceApplied.toFixed(),
    amount_due: totals.amountDue.toFixed(),
  };
  return { totals, applications, columns };
}

/**
 * For each hook that can tell (InvoiceHooks.customersWithCredits), the customers among
 * `customerIds` that may hold credit: one read per batch instead of one per invoice.
 */
export async function creditHolders(
  deps: InvoicingDeps,
  trx: Executor,
  customerIds: readonly string[],
): Promise<Map<InvoiceHooks, ReadonlySet<string>>> {
  const out = new Map<InvoiceHooks, ReadonlySet<string>>();
  const ids = [...new Set(customerIds)];
  for (const hook of deps.hooks) {
    if (hook.applyCredits && hook.customersWithCredits && ids.length > 0) {
      out.set(hook, await hook.customersWithCredits(trx, ids));
    }
  }
  return out;
}

/**
 * A batch's tax rates and balances, read once (and, when finalizing, the balance rows locked,
 * in key order) for `priceInvoice`; undefined for a batch of one, which reads its own.
 * `known(customer, currency)` answers the balance as it stands: a finalize that moves a balance
 * calls `moved` with the ledger's ending balance, so the next invoice of that customer sees it.
 */
export async function knownFor(
  deps: InvoicingDeps,
  trx: Executor,
  pairs: readonly BalancePair[],
  lock: boolean,
): Promise<KnownReader | undefined> {
  if (pairs.length < 2) return undefined;
  const rates = await deps.tax.ratesForMany(
    trx,
    pairs.map((p) => p.customerId),
  );
  const balances = lock
    ? await deps.balance.lockBalances(trx, pairs)
    : await deps.balance.balancesOf(trx, pairs);
  const reader = (customerId: string, currency: string): Known => ({
    rates: rates.get(customerId) ?? [],
    balance: balances.get(balanceKey(customerId, currency)) ?? ZERO,
  });
  reader.moved = (customerId: string, currency: string, ending: Decimal) =>
    void balances.set(balanceKey(customerId, currency), ending);
  return reader;
}

export interface KnownReader {
  (customerId: string, currency: string): Known;
  moved(customerId: string, currency: string, ending: Decimal): void;
}

/** Recomputes an invoice's amounts from its lines (priceInvoice) and stores them. */
export async function recompute(
  deps: InvoicingDeps,
  trx: Executor,
  invoice: InvoiceRow,
  at: Date,
  preview: boolean,
  known?: InvoiceLineRow[],
): Promise<Computed> {
  const lines = known ?? (await loadLines(trx, invoice.id));
  const { totals, applications, columns } = await priceInvoice(deps, trx, invoice, lines, at, preview);
  const row = await trx
    .updateTable('invoices')
    .set({ ...columns, updated_at: at })
    .where('id', '=', invoice.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return { row, lines, totals, applications };
}
