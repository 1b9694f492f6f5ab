import { decimalString } from '../core/money/decimal.js';
import { entryLines, type Posting } from '../core/revenue/journal.js';
import type { Executor } from '../db/store.js';
import { newId } from '../shared/ids.js';
import './tables.js';

export interface Booking {
  /** Deterministic: the same booking asked twice is written once. */
  key: string;
  customerId: string;
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
  const lines = entryLines(b.postings);
  if (lines.length === 0) return false;
  const id = newId('jt');
  const inserted = await trx
    .insertInto('journal_transactions')
    .values({
      id,
      key: b.key,
      customer_id: b.customerId,
      currency: b.currency,
      source: b.source,
      source_id: b.sourceId,
      description: b.description,
      recognized_at: b.recognizedAt,
    })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return false;
  await trx
    .insertInto('journal_entries')
    .values(
      lines.map((l) => ({
        id: newId('je'),
        transaction_id: id,
        customer_id: b.customerId,
        account: l.account,
        debit: decimalString(l.debit),
        credit: decimalString(l.credit),
        currency: b.currency,
        recognized_at: b.recognizedAt,
        source: b.source,
        source_id: b.sourceId,
        billable_item_id: b.billableItemId ?? null,
      })),
    )
    .execute();
  return true;
}
