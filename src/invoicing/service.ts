import type { LineDraft } from '../core/billing/line.js';
import { normalizeCurrency } from '../core/money/currency.js';
import { Decimal } from '../core/money/decimal.js';
import { roundAmount } from '../core/money/money.js';
import type { Executor } from '../db/store.js';
import { ApiError, notFound } from '../shared/errors/index.js';
import { emitEvent } from '../webhooks/emit.js';
import { closeInvoiceIn } from './close-invoice.js';
import { recompute } from './compute.js';
import { createInvoiceIn } from './create.js';
import { deleteDraftIn } from './delete-draft.js';
import type { InvoicingDeps } from './deps.js';
import { finalizeIn } from './finalize.js';
import { finalizeDue } from './finalize-due.js';
import type { InvoiceHooks } from './hooks.js';
import { type InvoiceJson, type InvoiceRow, invoiceJson, type UpcomingInvoiceJson } from './invoice.js';
import { type PaymentInput, paymentJson, paymentsOf, recordPaymentIn } from './record-payment.js';
import { insertLines, loadLines, loadLinesFor, lockInvoice } from './store.js';
import { assertTransition } from './transition.js';

export interface InvoiceFilters {
  customer?: string;
  subscription?: string;
  status?: InvoiceRow['status'];
  limit?: number;
  starting_after?: string;
}

export interface StandaloneInvoiceInput {
  customerId: string;
  currency: string;
  lines: readonly { description: string; amount: Decimal; quantity?: Decimal }[];
  metadata?: Record<string, string>;
  finalize: boolean;
}

export interface InvoicingService {
  get(id: string): Promise<InvoiceJson>;
  list(filters: InvoiceFilters): Promise<{ object: 'list'; data: InvoiceJson[]; has_more: boolean }>;
  finalize(id: string): Promise<InvoiceJson>;
  /** Records money received (all that is left by default); the invoice is paid once nothing is left. */
  pay(id: string, options?: PaymentInput): Promise<InvoiceJson>;
  /** The payments received against an invoice, oldest first. */
  payments(id: string): Promise<{ object: 'list'; data: ReturnType<typeof paymentJson>[]; has_more: false }>;
  /** Deletes a one-off draft (never a subscription's: its period would go unbilled). */
  deleteDraft(id: string): Promise<{ id: string; object: 'invoice'; deleted: true }>;
  /** Records a failed collection attempt; the invoice stays open and its subscription is past_due. */
  markPaymentFailed(id: string, options: { reason: string }): Promise<InvoiceJson>;
  void(id: string): Promise<InvoiceJson>;
  markUncollectible(id: string): Promise<InvoiceJson>;
  /** The same inside the caller's transaction at `at` (dunning's final action, with its claim). */
  markUncollectibleIn(trx: Executor, id: string, at: Date): Promise<InvoiceJson>;
  upcoming(subscriptionId: string): Promise<UpcomingInvoiceJson>;
  createStandaloneInvoice(input: StandaloneInvoiceInput): Promise<InvoiceJson>;
  addLine(
    id: string,
    line: { description: string; amount: Decimal; quantity?: Decimal },
  ): Promise<InvoiceJson>;
  setHostedInvoiceUrl(id: string, url: string | null): Promise<InvoiceJson>;
  addHooks(hooks: InvoiceHooks): void;
  /** Every draft whose grace period is over, finalized in its own transaction (worker, test clocks). */
  finalizeDue(until: Date, options?: { testClock?: string | null; limit?: number }): Promise<number>;
}

export interface InvoicingLinks {
  upcoming(subscriptionId: string): Promise<UpcomingInvoiceJson>;
  markPastDue(subscriptionId: string, trx: Executor, at: Date): Promise<void>;
}

export function createInvoicingService(deps: InvoicingDeps, links: InvoicingLinks): InvoicingService {
  const db = deps.ctx.db;

  async function json(executor: Executor, row: InvoiceRow): Promise<InvoiceJson> {
    return invoiceJson(row, await loadLines(executor, row.id));
  }

  /** Runs one lifecycle change on a locked invoice at the customer's "now". */
  async function change(id: string, fn: (trx: Executor, row: InvoiceRow, at: Date) => Promise<InvoiceRow>) {
    return db.transaction().execute(async (trx) => {
      const row = await lockInvoice(trx, id);
      if (!row) throw notFound('invoice_not_found', 'invoice', id);
      const at = await deps.nowFor(row.customer_id, trx);
      return json(trx, await fn(trx, row, at));
    });
  }

  return {
    async get(id) {
      const row = await db.selectFrom('invoices').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) throw notFound('invoice_not_found', 'invoice', id);
      return json(db, row);
    },
    async list(filters) {
      const limit = filters.limit ?? 10;
      let q = db
        .selectFrom('invoices')
        .selectAll()
        .orderBy('id', 'desc')
        .limit(limit + 1);
      if (filters.customer) q = q.where('customer_id', '=', filters.customer);
      if (filters.subscription) q = q.where('subscription_id', '=', filters.subscription);
      if (filters.status) q = q.where('status', '=', filters.status);
      if (filters.starting_after) q = q.where('id', '<', filters.starting_after);
      const rows = await q.execute();
      const page = rows.slice(0, limit);
      const lines = await loadLinesFor(
        db,
        page.map((r) => r.id),
      );
      return {
        object: 'list',
        data: page.map((r) => invoiceJson(r, lines.get(r.id) ?? [])),
        has_more: rows.length > limit,
      };
    },
    finalize: (id) => change(id, (trx, row, at) => finalizeIn(deps, trx, row.id, at)),
    pay: (id, options = {}) => change(id, (trx, row, at) => recordPaymentIn(deps, trx, row, options, at)),
    async payments(id) {
      const row = await db
        .selectFrom('invoices')
        .select(['id', 'currency'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) throw notFound('invoice_not_found', 'invoice', id);
      const rows = await paymentsOf(db, id);
      return { object: 'list', data: rows.map((p) => paymentJson(p, row.currency)), has_more: false };
    },
    deleteDraft: (id) =>
      db.transaction().execute(async (trx) => {
        const row = await lockInvoice(trx, id);
        if (!row) throw notFound('invoice_not_found', 'invoice', id);
        const at = await deps.nowFor(row.customer_id, trx);
        await deleteDraftIn(trx, row, at);
        return { id, object: 'invoice' as const, deleted: true as const };
      }),
    markPaymentFailed: (id, options) =>
      change(id, async (trx, row, at) => {
        assertTransition(row, 'payment_failed');
        const lines = await loadLines(trx, row.id);
        await emitEvent(
          trx,
          'invoice.payment_failed',
          { ...invoiceJson(row, lines), failure_reason: options.reason },
          at,
        );
        if (row.subscription_id) await links.markPastDue(row.subscription_id, trx, at);
        return row;
      }),
    void: (id) => change(id, (trx, row, at) => closeInvoiceIn(deps, trx, row, at, 'void')),
    markUncollectible: (id) =>
      change(id, (trx, row, at) => closeInvoiceIn(deps, trx, row, at, 'mark_uncollectible')),
    async markUncollectibleIn(trx, id, at) {
      const row = await lockInvoice(trx, id);
      if (!row) throw notFound('invoice_not_found', 'invoice', id);
      return json(trx, await closeInvoiceIn(deps, trx, row, at, 'mark_uncollectible'));
    },
    upcoming: (subscriptionId) => links.upcoming(subscriptionId),
    async createStandaloneInvoice(input) {
      const currency = normalizeCurrency(input.currency);
      if (!currency)
        throw new ApiError('invalid_currency', `'${input.currency}' is not an ISO 4217 currency.`, {
          param: 'currency',
        });
      return db.transaction().execute(async (trx) => {
        const at = await deps.nowFor(input.customerId, trx);
        const lines: LineDraft[] = input.lines.map((l, i) => ({
          key: `one_off:${i}`,
          type: 'one_off',
          description: l.description,
          billableItemId: null,
          quantity: l.quantity ?? new Decimal(1),
          unitAmount: null,
          amount: roundAmount(l.amount, currency),
          periodStart: at,
          periodEnd: at,
        }));
        const row = await createInvoiceIn(deps, trx, {
          customerId: input.customerId,
          subscriptionId: null,
          testClock: await deps.clockOf(input.customerId, trx),
          periodKey: null,
          billingReason: 'manual',
          currency,
          periodStart: at,
          periodEnd: at,
          lines,
          at,
          finalize: input.finalize,
          ...(input.metadata && { metadata: input.metadata }),
        });
        return json(trx, row as InvoiceRow);
      });
    },
    addLine: (id, line) =>
      change(id, async (trx, row, at) => {
        if (row.status !== 'draft') {
          throw new ApiError(
            'invoice_not_draft',
            `Invoice ${row.id} is ${row.status}; lines can only be added to a draft.`,
          );
        }
        const existing = await loadLines(trx, row.id);
        const draft: LineDraft = {
          key: `one_off:${existing.length}:${at.getTime()}`,
          type: 'one_off',
          description: line.description,
          billableItemId: null,
          quantity: line.quantity ?? new Decimal(1),
          unitAmount: null,
          amount: roundAmount(line.amount, row.currency),
          periodStart: at,
          periodEnd: at,
        };
        await insertLines(trx, row, [draft], at, existing.length);
        return (await recompute(deps, trx, row, at, true)).row;
      }),
    setHostedInvoiceUrl: (id, url) =>
      change(id, (trx, row, at) =>
        trx
          .updateTable('invoices')
          .set({ hosted_invoice_url: url, updated_at: at })
          .where('id', '=', row.id)
          .returningAll()
          .executeTakeFirstOrThrow(),
      ),
    addHooks(hooks) {
      deps.hooks.push(hooks);
    },
    finalizeDue: (until, options) => finalizeDue(db, deps, until, options),
  };
}
