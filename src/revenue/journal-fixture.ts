import type { Harness } from '../testing/harness.js';

/** A journal entry as the API returns it, for tests. */
export type JournalEntry = {
  id: string;
  account: string;
  debit: string;
  credit: string;
  source: string;
  transaction: string;
  recognized_at: string;
};

/** Every journal entry of a customer (or of everyone), paged through the API, in journal order. */
export async function readJournal(h: Harness, customer?: string): Promise<JournalEntry[]> {
  const out: JournalEntry[] = [];
  for (;;) {
    const res = await h.api.get('/v1/revenue/journal', {
      customer,
      limit: 100,
      starting_after: out.at(-1)?.id,
    });
    out.push(...res.body.data);
    if (!res.body.has_more) return out;
  }
}

/** Whether every transaction among `entries` sums to zero. */
export function everyTransactionBalances(entries: readonly JournalEntry[]): boolean {
  const sums = new Map<string, number>();
  for (const e of entries)
    sums.set(
      e.transaction,
      (sums.get(e.transaction) ?? 0) + Math.round((Number(e.debit) - Number(e.credit)) * 100),
    );
  return [...sums.values()].every((v) => v === 0);
}

/** An account's balance among `entries`, credit minus debit, in major units (tests' small amounts). */
export function balanceOf(
  entries: readonly Pick<JournalEntry, 'account' | 'debit' | 'credit'>[],
  account: string,
): number {
  return entries
    .filter((e) => e.account === account)
    .reduce((s, e) => s + Number(e.credit) - Number(e.debit), 0);
}
