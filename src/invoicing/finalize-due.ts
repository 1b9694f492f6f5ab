import type { Db } from '../db/store.js';
import type { InvoicingDeps } from './deps.js';
import { completeFinalizeMany, prepareFinalizeMany, reserveNumbers } from './finalize.js';

const FINALIZE_BATCH = 50;
const RETRY_AFTER_MS = 60_000;

export interface FinalizeDueOptions {
  testClock?: string | null;
  limit?: number;
}

/**
 * One transaction: up to `size` due drafts locked (SKIP LOCKED shares them between workers),
 * prepared, numbered last (the counter row is locked only for the short tail), completed.
 * `claimed` receives the drafts' ids before any work, for the caller's error handling.
 */
async function finalizeBatch(
  db: Db,
  deps: InvoicingDeps,
  until: Date,
  options: FinalizeDueOptions,
  size: number,
  claimed: string[],
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    let q = trx
      .selectFrom('invoices')
      .selectAll()
      .where('status', '=', 'draft')
      .where('finalize_at', '<=', until)
      .orderBy('finalize_at')
      .orderBy('id')
      .limit(size)
      .forUpdate()
      .skipLocked();
    // Test-clock drafts finalize only when their clock advances.
    q =
      options.testClock === undefined
        ? q.where('test_clock', 'is', null)
        : q.where('test_clock', '=', options.testClock);
    const due = await q.execute();
    claimed.splice(0, claimed.length, ...due.map((d) => d.id));
    const prepared = await prepareFinalizeMany(
      deps,
      trx,
      due.map((row) => ({ row, at: options.testClock === undefined ? until : (row.finalize_at as Date) })),
    );
    for (const test of [false, true]) {
      const group = prepared.filter((p) => p.test === test);
      const numbers = await reserveNumbers(deps, trx, group.length, test);
      await completeFinalizeMany(deps, trx, group, numbers);
    }
    return due.length;
  });
}

/**
 * The worker's finalize job: due drafts in batches (one commit for many). A batch that fails is
 * rolled back and retried one draft at a time; a draft that fails alone waits a minute
 * (`finalize_at` moved) so it never holds back the others, like the subscription worker.
 */
export async function finalizeDue(
  db: Db,
  deps: InvoicingDeps,
  until: Date,
  options: FinalizeDueOptions = {},
): Promise<number> {
  let done = 0;
  let batch = FINALIZE_BATCH;
  for (;;) {
    const size = Math.min(batch, (options.limit ?? Number.POSITIVE_INFINITY) - done);
    if (size <= 0) return done;
    const claimed: string[] = [];
    let finalized: number;
    try {
      finalized = await finalizeBatch(db, deps, until, options, size, claimed);
    } catch (error) {
      if (size > 1) {
        batch = 1;
        continue;
      }
      const id = claimed[0];
      if (!id) throw error;
      deps.ctx.log.error({ err: error, invoice: id }, 'finalizing a draft failed; retrying in a minute');
      await db
        .updateTable('invoices')
        .set({ finalize_at: new Date(until.getTime() + RETRY_AFTER_MS) })
        .where('id', '=', id)
        .where('status', '=', 'draft')
        .execute();
      continue;
    }
    if (finalized === 0) return done;
    done += finalized;
  }
}
