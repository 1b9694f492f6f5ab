import { type RawBuilder, sql } from 'kysely';
import { encodeTime } from 'ulidx';
import { outboxTable } from '../webhooks/queue-depth.js';
import { MAX_SYNC_ATTEMPTS, SYNC_WINDOW_MS, SYNCED_EVENT_TYPES } from './sync-job.js';

/** Outbox events the Stripe push still has to take (new, or failed with attempts left), in its window. */
export function stripePushesPendingCount(now: Date): RawBuilder<number> {
  const window = `ev_${encodeTime(now.getTime() - SYNC_WINDOW_MS, 10)}`;
  const synced = sql.join(SYNCED_EVENT_TYPES.map((t) => sql`${t}`));
  return sql<number>`(select count(*) from ${outboxTable} e left join payment_sync_log l on l.event_id = e.id
    where e.type in (${synced}) and e.id >= ${window}
      and (l.event_id is null or (l.outcome = 'failed' and l.attempts < ${MAX_SYNC_ATTEMPTS})))`;
}

/** Pushes that gave up: left for `tariff stripe reconcile`. */
export function stripePushesFailedCount(): RawBuilder<number> {
  return sql<number>`(select count(*) from payment_sync_log where outcome = 'failed')`;
}
