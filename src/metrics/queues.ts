import { sql } from 'kysely';
import { encodeTime } from 'ulidx';
import type { Db } from '../db/store.js';
import { MAX_SYNC_ATTEMPTS, SYNC_WINDOW_MS, SYNCED_EVENT_TYPES } from '../payments/sync-job.js';

/** Counting stops here: a scrape must stay cheap even with a large backlog. */
export const UNFOLDED_CAP = 1_000_000;

export interface QueueDepths {
  readonly unfoldedEvents: number;
  readonly ingestionLagSeconds: number;
  readonly queues: {
    readonly subscriptions_due: number;
    readonly invoices_to_finalize: number;
    readonly events_to_dispatch: number;
    readonly webhook_deliveries_due: number;
    readonly stripe_pushes_pending: number;
  };
  readonly webhooksRetrying: number;
  readonly webhooksFailed: number;
  readonly webhookFailedAttemptsLastHour: number;
  readonly stripePushesFailed: number;
}

/**
 * What the worker has still to do, read for a Prometheus scrape. A read-only operations view
 * across slices' tables: every count mirrors the `where` of the job that takes the rows (and
 * uses its index), so "due" here is what a worker would claim now.
 */
export async function readQueues(db: Db, now: Date): Promise<QueueDepths> {
  const stripeWindow = `ev_${encodeTime(now.getTime() - SYNC_WINDOW_MS, 10)}`;
  const synced = sql.join(SYNCED_EVENT_TYPES.map((t) => sql`${t}`));
  const { rows } = await sql<Record<string, number | string | null>>`
    with horizon as (select horizon from meter_fold where id = 1)
    select
      (select count(*) from (select 1 from meter_events, horizon where txid >= horizon.horizon
        limit ${UNFOLDED_CAP}) u) as unfolded,
      (select extract(epoch from (${now}::timestamptz - created_at)) from meter_events, horizon
        where txid >= horizon.horizon order by txid limit 1) as lag,
      (select count(*) from subscriptions where next_action_at <= ${now} and test_clock is null) as subscriptions_due,
      (select count(*) from invoices where status = 'draft' and finalize_at <= ${now} and test_clock is null)
        as invoices_to_finalize,
      (select count(*) from events where dispatched_at is null) as events_to_dispatch,
      (select count(*) from webhook_deliveries where status = 'pending' and next_attempt_at <= ${now})
        as webhook_deliveries_due,
      (select count(*) from webhook_deliveries where status = 'pending' and attempts > 0) as webhooks_retrying,
      (select count(*) from webhook_deliveries where status = 'failed') as webhooks_failed,
      (select count(*) from webhook_attempts where attempted_at > ${new Date(now.getTime() - 3_600_000)}
        and (status_code is null or status_code < 200 or status_code >= 300)) as webhook_failed_attempts,
      (select count(*) from events e left join payment_sync_log l on l.event_id = e.id
        where e.type in (${synced}) and e.id >= ${stripeWindow}
          and (l.event_id is null or (l.outcome = 'failed' and l.attempts < ${MAX_SYNC_ATTEMPTS})))
        as stripe_pushes_pending,
      (select count(*) from payment_sync_log where outcome = 'failed') as stripe_pushes_failed
  `.execute(db);
  const row = rows[0] ?? {};
  const n = (key: string) => Math.max(0, Number(row[key] ?? 0));
  return {
    unfoldedEvents: n('unfolded'),
    ingestionLagSeconds: n('lag'),
    queues: {
      subscriptions_due: n('subscriptions_due'),
      invoices_to_finalize: n('invoices_to_finalize'),
      events_to_dispatch: n('events_to_dispatch'),
      webhook_deliveries_due: n('webhook_deliveries_due'),
      stripe_pushes_pending: n('stripe_pushes_pending'),
    },
    webhooksRetrying: n('webhooks_retrying'),
    webhooksFailed: n('webhooks_failed'),
    webhookFailedAttemptsLastHour: n('webhook_failed_attempts'),
    stripePushesFailed: n('stripe_pushes_failed'),
  };
}
