import type { Db } from '../db/store.js';
import { dueAction, type EngineDeps, runDue } from './engine.js';
import { closeDuePeriods } from './period-end.js';

const BATCH = 50;
const RETRY_AFTER_MS = 60_000;

/**
 * Claims up to `size` due subscriptions (not on a test clock) and brings each up to `now`, in
 * one transaction: one commit for many invoices. SKIP LOCKED lets several workers take
 * different subscriptions; the unique (subscription, period) index is the second guard.
 */
async function runBatch(
  db: Db,
  engine: EngineDeps,
  now: Date,
  size: number,
  claimed: string[],
): Promise<[number, number]> {
  return db.transaction().execute(async (trx) => {
    const subs = await trx
      .selectFrom('subscriptions')
      .selectAll()
      .where('next_action_at', '<=', now)
      .where('test_clock', 'is', null)
      .orderBy('next_action_at')
      .limit(size)
      .forUpdate()
      .skipLocked()
      .execute();
    claimed.splice(0, claimed.length, ...subs.map((s) => s.id));
    const zone = (await engine.invoicing.settings(trx)).time_zone;
    // Period ends (nearly all of a busy run) together, set-wise; each then goes on alone if
    // more is due, as does every subscription whose next action is something else.
    const ends = subs.filter((s) => dueAction(s, zone, now)?.action === 'period_end');
    const closing = new Set(ends);
    const others = subs.filter((s) => !closing.has(s));
    let actions = 0;
    for (const [row] of await closeDuePeriods(engine, trx, ends)) {
      actions += 1;
      const next = row.next_action_at;
      if (next && next.getTime() <= now.getTime()) actions += (await runDue(engine, trx, row, now)).length;
    }
    for (const sub of others) actions += (await runDue(engine, trx, sub, now)).length;
    return [subs.length, actions];
  });
}

/** After a failure at batch size one: that subscription waits a minute, the rest go on. */
async function postpone(db: Db, engine: EngineDeps, id: string, now: Date, error: unknown): Promise<void> {
  engine.invoicing.ctx.log.error(
    { err: error, subscription: id },
    'billing a subscription failed; retrying in a minute',
  );
  await db
    .updateTable('subscriptions')
    .set({ next_action_at: new Date(now.getTime() + RETRY_AFTER_MS) })
    .where('id', '=', id)
    .execute();
}

/**
 * The worker's billing job: every due subscription, in batches. A batch that fails is retried one
 * subscription at a time, so one broken subscription never holds back the others.
 */
export async function runDueSubscriptions(
  db: Db,
  engine: EngineDeps,
  now: Date,
  options: { limit?: number | undefined } = {},
): Promise<{ subscriptions: number; actions: number }> {
  let subscriptions = 0;
  let actions = 0;
  let size = BATCH;
  let single = 0;
  for (;;) {
    if (options.limit !== undefined) size = Math.min(size, options.limit - subscriptions);
    if (size <= 0) break;
    let done: [number, number];
    const claimed: string[] = [];
    try {
      done = await runBatch(db, engine, now, size, claimed);
    } catch (error) {
      if (size > 1) {
        size = 1;
        single = BATCH;
        continue;
      }
      // Nothing claimed means the claim itself failed (the database): give up until the next run.
      if (!claimed[0]) throw error;
      await postpone(db, engine, claimed[0], now, error);
      continue;
    }
    if (done[0] === 0) break;
    subscriptions += done[0];
    actions += done[1];
    if (single > 0 && --single === 0) size = BATCH;
  }
  return { subscriptions, actions };
}
