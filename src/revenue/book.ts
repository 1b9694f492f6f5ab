import { decimalString } from '../core/money/decimal.js';
import { entryLines, type Posting } from '../core/revenue/journal.js';
import type { Executor } from '../db/store.js';
import { newId } from '../shared/ids.js';
import './tables.js';

export interface Booking {
  /** Deterministic: the same booking asked twice is written once. */
  key: string;
  customerId: string;
  /** The customer's test clock (null: the real books); stamped on every entry. */
  testClock: string | null;
  currency: string;
  source: string;
  sourceId: string | null;
  description: string;
  recognizedAt: Date;
  postings: readonly Posting[];
  billableItemId?: string | null;
}

/**
 * Writes one balanced transaction and its entries, unless a transaction with the same key exists.
 * The unique key decides between two workers; `entryLines` refuses anything that does not sum
 * to zero, so an unbalanced transaction never reaches the table. Returns whether it was written.
 */
export async function book(trx: Executor, b: Booking): Promise<boolean> {
  return (await bookMany(trx, [b]))[0] === true;
}

/** `book` for many transactions: one statement for the transactions, one for their entries. */
export async function bookMany(trx: Executor, bookings: readonly Booking[]): Promise<boolean[]> {
  const planned = bookings.map((b) => ({ b, id: newId('jt'), lines: entryLines(b.postings) }));
  const toWrite = planned.filter((p) => p.lines.length > 0);
  const written = new Set<string>();
  // Nine parameters a transaction row, twelve an entry row: chunks stay under PostgreSQL's 65,535.
  for (let i = 0; i < toWrite.length; i += 5000) {
    const rows = await trx
      .insertInto('journal_transactions')
      .values(
        toWrite.slice(i, i + 5000).map(({ b, id }) => ({
          id,
          key: b.key,
          customer_id: b.customerId,
          test_clock: b.testClock,
          currency: b.currency,
          source: b.source,
          source_id: b.sourceId,
          description: b.description,
          recognized_at: b.recognizedAt,
        })),
      )
      .onConflict((oc) => oc.column('key').doNothing())
      .returning('id')
      .execute();
    for (const r of rows) written.add(r.id);
  }
  const entries = toWrite
    .filter((p) => written.has(p.id))
    .flatMap(({ b, id, lines }) =>
      lines.map((l) => ({
        id: newId('je'),
        transaction_id: id,
        customer_id: b.customerId,
        test_clock: b.testClock,
        account: l.account,
        debit: decimalString(l.debit),
        credit: decimalString(l.credit),
        currency: b.currency,
        recognized_at: b.recognizedAt,
        source: b.source,
        source_id: b.sourceId,
        billable_item_id: b.billableItemId ?? null,
      })),
    );
  for (let i = 0; i < entries.length; i += 5000) {
    await trx
      .insertInto('journal_entries')
      .values(entries.slice(i, i + 5000))
      .execute();
  }
  return planned.map((p) => written.has(p.id));
}
