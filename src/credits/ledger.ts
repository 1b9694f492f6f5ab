import type { Selectable } from 'kysely';
import { Decimal, decimalString, ZERO } from '../core/money/decimal.js';
import { deferredLeft, deferredShare, proportional } from '../core/revenue/paid-credit-deferral.js';
import type { Executor } from '../db/store.js';
import { newId } from '../shared/ids.js';
import type { CreditTransactionsTable, CreditTransactionType } from './tables.js';
import './tables.js';

export type CreditTransactionRow = Selectable<CreditTransactionsTable>;

/** What is left of each grant: the sum of its ledger rows. Grants without rows have nothing left. */
export async function remainingByGrant(
  executor: Executor,
  grantIds: readonly string[],
): Promise<Map<string, Decimal>> {
  const out = new Map<string, Decimal>(grantIds.map((id) => [id, new Decimal(0)]));
  if (grantIds.length === 0) return out;
  const rows = await executor
    .selectFrom('credit_transactions')
    .select(['grant_id', (eb) => eb.fn.sum<string>('amount').as('total')])
    .where('grant_id', 'in', grantIds)
    .groupBy('grant_id')
    .execute();
  for (const r of rows) out.set(r.grant_id, new Decimal(r.total));
  return out;
}

export interface LedgerWrite {
  grantId: string;
  customerId: string;
  currency: string;
  type: CreditTransactionType;
  /** Signed: what the movement adds to the grant (consumption and expiry are negative). */
  amount: Decimal;
  occurredAt: Date;
  invoiceId?: string | null;
  invoiceLineId?: string | null;
  billableItemId?: string | null;
  periodStart?: Date | null;
  periodEnd?: Date | null;
  reason?: 'late_adjustment' | null;
}

export async function writeLedger(executor: Executor, rows: readonly LedgerWrite[]): Promise<void> {
  if (rows.length === 0) return;
  await executor
    .insertInto('credit_transactions')
    .values(
      rows.map((r) => ({
        id: newId('ctx'),
        grant_id: r.grantId,
        customer_id: r.customerId,
        currency: r.currency,
        type: r.type,
        amount: decimalString(r.amount),
        invoice_id: r.invoiceId ?? null,
        invoice_line_id: r.invoiceLineId ?? null,
        billable_item_id: r.billableItemId ?? null,
        period_start: r.periodStart ?? null,
        period_end: r.periodEnd ?? null,
        reason: r.reason ?? null,
        occurred_at: r.occurredAt,
      })),
    )
    .execute();
}

export function creditTransactionJson(row: CreditTransactionRow, formatted: string) {
  return {
    id: row.id,
    object: 'credit_transaction' as const,
    credit_grant: row.grant_id,
    customer: row.customer_id,
    type: row.type,
    amount: { currency: row.currency, value: formatted },
    invoice: row.invoice_id,
    invoice_line: row.invoice_line_id,
    occurred_at: row.occurred_at.toISOString(),
  };
}

/**
 * Credits an invoice consumed, by the category of the grants they came from, net of the credit
 * its negative late adjustments gave back (which can make a category negative), for many
 * invoices in one statement; every id asked has an answer. `paidDeferred` is what the paid ones
 * had deferred: each grant's share of the net its selling invoice deferred, per invoice and grant
 * (src/core/revenue/paid-credit-deferral.ts).
 */
export async function consumedByCategoryFor(
  executor: Executor,
  invoiceIds: readonly string[],
): Promise<Map<string, { paid: Decimal; paidDeferred: Decimal; promotional: Decimal }>> {
  const rows =
    invoiceIds.length === 0
      ? []
      : await executor
          .selectFrom('credit_transactions')
          .innerJoin('credit_grants', 'credit_grants.id', 'credit_transactions.grant_id')
          .select([
            'credit_transactions.invoice_id',
            'credit_transactions.grant_id',
            'credit_grants.category',
            'credit_grants.amount as grant_amount',
            'credit_grants.deferred_amount',
            'credit_grants.currency',
            (eb) => eb.fn.sum<string>('credit_transactions.amount').as('total'),
          ])
          .where('credit_transactions.invoice_id', 'in', [...invoiceIds])
          .where((eb) =>
            eb.or([
              eb('credit_transactions.type', '=', 'consumed'),
              eb('credit_transactions.reason', '=', 'late_adjustment'),
            ]),
          )
          .groupBy([
            'credit_transactions.invoice_id',
            'credit_transactions.grant_id',
            'credit_grants.category',
            'credit_grants.amount',
            'credit_grants.deferred_amount',
            'credit_grants.currency',
          ])
          .execute();
  const proportionalIds = [
    ...new Set(rows.filter((r) => proportional(grantDeferral(r))).map((r) => r.grant_id)),
  ];
  const segments = await segmentsOf(executor, proportionalIds);
  const out = new Map(invoiceIds.map((id) => [id, { paid: ZERO, paidDeferred: ZERO, promotional: ZERO }]));
  for (const r of rows) {
    const entry = r.invoice_id === null ? undefined : out.get(r.invoice_id);
    if (!entry) continue;
    const consumed = new Decimal(r.total).negated();
    if (r.category === 'promotional') {
      entry.promotional = entry.promotional.plus(consumed);
      continue;
    }
    const before = consumedBefore(segments.get(r.grant_id) ?? [], r.invoice_id);
    entry.paid = entry.paid.plus(consumed);
    entry.paidDeferred = entry.paidDeferred.plus(deferredShare(grantDeferral(r), before, consumed));
  }
  return out;
}

/**
 * A grant's consumption per invoice, net of credit given back (a void's restoration carries the
 * voided invoice's id), each keyed by its first ledger row: the order in which the invoices
 * consumed the grant.
 */
interface Segment {
  readonly invoiceId: string | null;
  readonly firstId: string;
  readonly consumed: Decimal;
}

async function segmentsOf(executor: Executor, grantIds: readonly string[]): Promise<Map<string, Segment[]>> {
  const out = new Map<string, Segment[]>();
  if (grantIds.length === 0) return out;
  const rows = await executor
    .selectFrom('credit_transactions')
    .select([
      'grant_id',
      'invoice_id',
      (eb) => eb.fn.min<string>('id').as('first_id'),
      (eb) => eb.fn.sum<string>('amount').as('total'),
    ])
    .where('grant_id', 'in', [...grantIds])
    .where('type', 'in', ['consumed', 'restored'])
    .groupBy(['grant_id', 'invoice_id'])
    .execute();
  for (const r of rows) {
    const list = out.get(r.grant_id) ?? [];
    list.push({ invoiceId: r.invoice_id, firstId: r.first_id, consumed: new Decimal(r.total).negated() });
    out.set(r.grant_id, list);
  }
  return out;
}

/** What the invoices that consumed the grant before `invoiceId` did consume (net). */
function consumedBefore(segments: readonly Segment[], invoiceId: string | null): Decimal {
  const mine = segments.find((s) => s.invoiceId === invoiceId);
  if (!mine) return ZERO;
  let before = ZERO;
  for (const s of segments) if (s.firstId < mine.firstId) before = before.plus(s.consumed);
  return before;
}

/** Records what a paid grant's selling invoice deferred for it, as that invoice finalizes. */
export async function recordGrantDeferred(executor: Executor, grantId: string, net: Decimal): Promise<void> {
  await executor
    .updateTable('credit_grants')
    .set({ deferred_amount: decimalString(net) })
    .where('id', '=', grantId)
    .execute();
}

/** A grant's row as its deferral needs it. */
export function grantDeferral(g: { grant_amount: string; deferred_amount: string | null; currency: string }) {
  return {
    amount: new Decimal(g.grant_amount),
    deferred: g.deferred_amount === null ? null : new Decimal(g.deferred_amount),
    currency: g.currency,
  };
}

/**
 * What a paid grant sold with tax included still holds in deferred revenue: its deferred net less
 * what its net consumption released (src/core/revenue/paid-credit-deferral.ts). Breakage books
 * this; null for a grant that deferred its whole amount (breakage is then what was written off).
 */
export async function deferredLeftOf(executor: Executor, grantId: string): Promise<Decimal | null> {
  const grant = await executor
    .selectFrom('credit_grants')
    .select(['amount as grant_amount', 'deferred_amount', 'currency'])
    .where('id', '=', grantId)
    .executeTakeFirst();
  if (!grant) return null;
  const segments = (await segmentsOf(executor, [grantId])).get(grantId) ?? [];
  return deferredLeft(
    grantDeferral(grant),
    segments.reduce((total, s) => total.plus(s.consumed), ZERO),
  );
}

/** A paid grant sold on an invoice, expired, whose credit a void gave back and wrote off again. */
export interface RewrittenOff {
  readonly grantId: string;
  readonly customerId: string;
  readonly currency: string;
  /** The grant's selling invoice (a top-up or a prepaid commitment). */
  readonly soldOn: string;
  /** What the voided invoice had released of the grant's deferred revenue, now deferred again. */
  readonly deferred: Decimal;
}

/**
 * The expired paid grants that paid part of `invoiceId`, with the deferred revenue that invoice
 * released from each: what voiding it puts back into deferred revenue for credit that expires
 * again at once (invoice-credits.ts). Each share is computed as the invoice's finalization
 * computed it (the grant's consumption before this invoice, then this invoice's), so the void's
 * reversal and this breakage cancel exactly.
 */
export async function expiredPaidConsumptionOf(
  executor: Executor,
  invoiceId: string,
): Promise<RewrittenOff[]> {
  const rows = await executor
    .selectFrom('credit_transactions')
    .innerJoin('credit_grants', 'credit_grants.id', 'credit_transactions.grant_id')
    .select([
      'credit_transactions.grant_id',
      'credit_grants.customer_id',
      'credit_grants.invoice_id as sold_on',
      'credit_grants.amount as grant_amount',
      'credit_grants.deferred_amount',
      'credit_grants.currency',
      (eb) => eb.fn.sum<string>('credit_transactions.amount').as('total'),
    ])
    .where('credit_transactions.invoice_id', '=', invoiceId)
    .where('credit_transactions.type', '=', 'consumed')
    .where('credit_grants.status', '=', 'expired')
    .where('credit_grants.category', '=', 'paid')
    .where('credit_grants.invoice_id', 'is not', null)
    .groupBy([
      'credit_transactions.grant_id',
      'credit_grants.customer_id',
      'credit_grants.invoice_id',
      'credit_grants.amount',
      'credit_grants.deferred_amount',
      'credit_grants.currency',
    ])
    .execute();
  const segments = await segmentsOf(
    executor,
    rows.map((r) => r.grant_id),
  );
  return rows.map((r) => ({
    grantId: r.grant_id,
    customerId: r.customer_id,
    currency: r.currency,
    soldOn: r.sold_on as string,
    deferred: deferredShare(
      grantDeferral(r),
      consumedBefore(segments.get(r.grant_id) ?? [], invoiceId),
      new Decimal(r.total).negated(),
    ),
  }));
}
