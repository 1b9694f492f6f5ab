import type { Static } from 'typebox';
import { Decimal } from '../core/money/decimal.js';
import { formatAmount } from '../core/money/money.js';
import { type Account, naturalBalance } from '../core/revenue/journal.js';
import type { Period } from '../core/time/period.js';
import type { Db } from '../db/store.js';
import type { JournalEntry } from './report-schemas.js';
import './tables.js';

export interface JournalFilter {
  /** Whose books: null is the real books (no test clock), a clock id that clock's. */
  testClock: string | null;
  start?: Date;
  end?: Date;
  customerId?: string;
  account?: Account;
  source?: string;
  startingAfter?: string;
  limit: number;
}

/** Journal entries in time order (recognized_at, then id), paged by entry id. */
export async function journalEntries(db: Db, f: JournalFilter) {
  let q = db
    .selectFrom('journal_entries as e')
    .innerJoin('journal_transactions as t', 't.id', 'e.transaction_id')
    .selectAll('e')
    .select('t.description')
    .orderBy('e.recognized_at')
    .orderBy('e.id')
    .limit(f.limit + 1);
  q = f.testClock === null ? q.where('e.test_clock', 'is', null) : q.where('e.test_clock', '=', f.testClock);
  if (f.start) q = q.where('e.recognized_at', '>=', f.start);
  if (f.end) q = q.where('e.recognized_at', '<', f.end);
  if (f.customerId) q = q.where('e.customer_id', '=', f.customerId);
  if (f.account) q = q.where('e.account', '=', f.account);
  if (f.source) q = q.where('e.source', '=', f.source);
  if (f.startingAfter) {
    const cursor = await db
      .selectFrom('journal_entries')
      .select(['id', 'recognized_at'])
      .where('id', '=', f.startingAfter)
      .executeTakeFirst();
    if (cursor)
      q = q.where((eb) =>
        eb.or([
          eb('e.recognized_at', '>', cursor.recognized_at),
          eb.and([eb('e.recognized_at', '=', cursor.recognized_at), eb('e.id', '>', cursor.id)]),
        ]),
      );
  }
  return q.execute();
}

export type JournalEntryRow = Awaited<ReturnType<typeof journalEntries>>[number];

export function journalEntryJson(row: JournalEntryRow): Static<typeof JournalEntry> {
  return {
    id: row.id,
    object: 'journal_entry' as const,
    transaction: row.transaction_id,
    customer: row.customer_id,
    account: row.account,
    debit: formatAmount(new Decimal(row.debit), row.currency),
    credit: formatAmount(new Decimal(row.credit), row.currency),
    currency: row.currency,
    recognized_at: row.recognized_at.toISOString(),
    source: row.source,
    source_id: row.source_id,
    billable_item: row.billable_item_id,
    description: row.description,
  };
}

const CSV_COLUMNS = [
  'id',
  'transaction',
  'recognized_at',
  'customer',
  'account',
  'currency',
  'debit',
  'credit',
  'source',
  'source_id',
  'billable_item',
  'description',
] as const;

function csvField(value: string | null): string {
  if (value === null) return '';
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function journalCsv(rows: readonly JournalEntryRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) {
    const json = journalEntryJson(row);
    lines.push(CSV_COLUMNS.map((c) => csvField(json[c])).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Debits, credits and the natural balance of each account (and each customer's) in a period, in
 * one set of books: the real ones (`testClock` null) or one test clock's.
 */
export async function summary(db: Db, within: Period, testClock: string | null, customerId?: string) {
  let q = db
    .selectFrom('journal_entries')
    .select([
      'customer_id',
      'account',
      'currency',
      (eb) => eb.fn.sum<string>('debit').as('debit'),
      (eb) => eb.fn.sum<string>('credit').as('credit'),
    ])
    .where('recognized_at', '>=', within.start)
    .where('recognized_at', '<', within.end)
    .where((eb) => (testClock === null ? eb('test_clock', 'is', null) : eb('test_clock', '=', testClock)))
    .groupBy(['customer_id', 'account', 'currency'])
    .orderBy('customer_id')
    .orderBy('account')
    .orderBy('currency');
  if (customerId) q = q.where('customer_id', '=', customerId);
  const rows = await q.execute();
  const line = (account: Account, currency: string, debit: Decimal, credit: Decimal) => ({
    account,
    currency,
    debit: formatAmount(debit, currency),
    credit: formatAmount(credit, currency),
    net: formatAmount(naturalBalance(account, debit, credit), currency),
  });
  const totals = new Map<string, { account: Account; currency: string; debit: Decimal; credit: Decimal }>();
  for (const r of rows) {
    const key = `${r.account}:${r.currency}`;
    const t = totals.get(key) ?? {
      account: r.account,
      currency: r.currency,
      debit: new Decimal(0),
      credit: new Decimal(0),
    };
    totals.set(key, { ...t, debit: t.debit.plus(r.debit), credit: t.credit.plus(r.credit) });
  }
  return {
    accounts: [...totals.values()]
      .sort((a, b) => (a.account + a.currency).localeCompare(b.account + b.currency))
      .map((t) => line(t.account, t.currency, t.debit, t.credit)),
    customers: rows.map((r) => ({
      customer: r.customer_id,
      ...line(r.account, r.currency, new Decimal(r.debit), new Decimal(r.credit)),
    })),
  };
}
