import type { Selectable } from 'kysely';
import { sql } from 'kysely';
import { Decimal, ZERO } from '../core/money/decimal.js';
import { formatAmount } from '../core/money/money.js';
import type { Executor } from '../db/store.js';
import type { ServiceContext } from '../shared/context.js';
import { newId } from '../shared/ids.js';
import type { BalanceTransactionsTable } from './tables.js';
import './tables.js';

export type BalanceTransactionRow = Selectable<BalanceTransactionsTable>;

export interface BalanceEntry {
  customerId: string;
  currency: string;
  /** Negative credits the customer; positive is owed by them. */
  amount: Decimal;
  type: BalanceTransactionsTable['type'];
  invoiceId?: string | null;
  creditNoteId?: string | null;
  description?: string | null;
  at: Date;
}

export interface BalancePair {
  readonly customerId: string;
  readonly currency: string;
}

export const balanceKey = (customerId: string, currency: string) => `${customerId}\u0000${currency}`;

/** Distinct pairs, sorted by key: the order rows are created and locked in. */
function sortedPairs(pairs: readonly BalancePair[]): BalancePair[] {
  const unique = new Map(pairs.map((p) => [balanceKey(p.customerId, p.currency), p]));
  return [...unique.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, p]) => p);
}

export interface BalanceService {
  /** The customer's balance in a currency (negative: credit they hold). */
  balanceOf(executor: Executor, customerId: string, currency: string): Promise<Decimal>;
  /**
   * The balance read under a row lock held to the end of `trx` (the row is created at 0 first
   * if missing): two invoices finalizing at once for one customer cannot both spend it.
   */
  lockBalance(trx: Executor, customerId: string, currency: string): Promise<Decimal>;
  /** `balanceOf` for many (customer, currency) pairs in one query, by `balanceKey`. */
  balancesOf(executor: Executor, pairs: readonly BalancePair[]): Promise<Map<string, Decimal>>;
  /**
   * `lockBalance` for many pairs in two statements, locking in key order (so two batches sharing
   * customers wait for each other instead of deadlocking), by `balanceKey`.
   */
  lockBalances(trx: Executor, pairs: readonly BalancePair[]): Promise<Map<string, Decimal>>;
  /** Appends to the ledger; the balance row is locked by the update, so concurrent invoices serialize. */
  record(trx: Executor, entry: BalanceEntry): Promise<BalanceTransactionRow>;
  list(
    customerId: string,
    query: { limit?: number; starting_after?: string },
  ): Promise<BalanceTransactionRow[]>;
}

export function balanceTransactionJson(row: BalanceTransactionRow) {
  return {
    id: row.id,
    object: 'customer_balance_transaction' as const,
    customer: row.customer_id,
    currency: row.currency,
    type: row.type,
    amount: formatAmount(new Decimal(row.amount), row.currency),
    ending_balance: formatAmount(new Decimal(row.ending_balance), row.currency),
    invoice: row.invoice_id,
    credit_note: row.credit_note_id,
    description: row.description,
    created_at: row.created_at.toISOString(),
  };
}

export function createBalanceService(ctx: ServiceContext): BalanceService {
  return {
    async balanceOf(executor, customerId, currency) {
      const row = await executor
        .selectFrom('customer_balances')
        .select('balance')
        .where('customer_id', '=', customerId)
        .where('currency', '=', currency)
        .executeTakeFirst();
      return new Decimal(row?.balance ?? '0');
    },
    async lockBalance(trx, customerId, currency) {
      await trx
        .insertInto('customer_balances')
        .values({ customer_id: customerId, currency, balance: '0' })
        .onConflict((oc) => oc.columns(['customer_id', 'currency']).doNothing())
        .execute();
      const row = await trx
        .selectFrom('customer_balances')
        .select('balance')
        .where('customer_id', '=', customerId)
        .where('currency', '=', currency)
        .forUpdate()
        .executeTakeFirstOrThrow();
      return new Decimal(row.balance);
    },
    async balancesOf(executor, pairs) {
      const out = new Map(pairs.map((p) => [balanceKey(p.customerId, p.currency), ZERO]));
      if (pairs.length === 0) return out;
      const rows = await executor
        .selectFrom('customer_balances')
        .select(['customer_id', 'currency', 'balance'])
        .where('customer_id', 'in', [...new Set(pairs.map((p) => p.customerId))])
        .execute();
      for (const r of rows) {
        const key = balanceKey(r.customer_id, r.currency);
        if (out.has(key)) out.set(key, new Decimal(r.balance));
      }
      return out;
    },
    async lockBalances(trx, pairs) {
      const sorted = sortedPairs(pairs);
      const out = new Map<string, Decimal>();
      if (sorted.length === 0) return out;
      await trx
        .insertInto('customer_balances')
        .values(sorted.map((p) => ({ customer_id: p.customerId, currency: p.currency, balance: '0' })))
        .onConflict((oc) => oc.columns(['customer_id', 'currency']).doNothing())
        .execute();
      const rows = await trx
        .selectFrom('customer_balances')
        .select(['customer_id', 'currency', 'balance'])
        .where((eb) =>
          eb(
            eb.refTuple('customer_id', 'currency'),
            'in',
            sorted.map((p) => eb.tuple(p.customerId, p.currency)),
          ),
        )
        .orderBy('customer_id')
        .orderBy('currency')
        .forUpdate()
        .execute();
      for (const r of rows) out.set(balanceKey(r.customer_id, r.currency), new Decimal(r.balance));
      return out;
    },
    async record(trx, entry) {
      const amount = entry.amount.toFixed();
      const { balance } = await trx
        .insertInto('customer_balances')
        .values({ customer_id: entry.customerId, currency: entry.currency, balance: amount })
        .onConflict((oc) =>
          oc
            .columns(['customer_id', 'currency'])
            .doUpdateSet({ balance: sql`customer_balances.balance + ${amount}::numeric` }),
        )
        .returning('balance')
        .executeTakeFirstOrThrow();
      return trx
        .insertInto('balance_transactions')
        .values({
          id: newId('txn'),
          customer_id: entry.customerId,
          currency: entry.currency,
          type: entry.type,
          amount,
          ending_balance: new Decimal(balance).toFixed(),
          invoice_id: entry.invoiceId ?? null,
          credit_note_id: entry.creditNoteId ?? null,
          description: entry.description ?? null,
          created_at: entry.at,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    },
    async list(customerId, query) {
      const limit = query.limit ?? 10;
      let q = ctx.db
        .selectFrom('balance_transactions')
        .selectAll()
        .where('customer_id', '=', customerId)
        .orderBy('id', 'desc')
        .limit(limit + 1);
      if (query.starting_after) q = q.where('id', '<', query.starting_after);
      return q.execute();
    },
  };
}
