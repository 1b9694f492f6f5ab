import type { Selectable } from 'kysely';
import { Decimal, decimalString } from '../core/money/decimal.js';
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
 * invoices in one statement; every id asked has an answer.
 */
export async function consumedByCategoryFor(
  executor: Executor,
  invoiceIds: readonly string[],
): Promise<Map<string, { paid: Decimal; promotional: Decimal }>> {
  const rows =
    invoiceIds.length === 0
      ? []
      : await executor
          .selectFrom('credit_transactions')
          .innerJoin('credit_grants', 'credit_grants.id', 'credit_transactions.grant_id')
          .select([
            'credit_transactions.invoice_id',
            'credit_grants.category',
            (eb) => eb.fn.sum<string>('credit_transactions.amount').as('total'),
          ])
          .where('credit_transactions.invoice_id', 'in', [...invoiceIds])
          .where((eb) =>
            eb.or([
              eb('credit_transactions.type', '=', 'consumed'),
              eb('credit_transactions.reason', '=', 'late_adjustment'),
            ]),
          )
          .groupBy(['credit_transactions.invoice_id', 'credit_grants.category'])
          .execute();
  const of = (id: string, category: string) =>
    new Decimal(rows.find((r) => r.invoice_id === id && r.category === category)?.total ?? 0).negated();
  return new Map(invoiceIds.map((id) => [id, { paid: of(id, 'paid'), promotional: of(id, 'promotional') }]));
}
