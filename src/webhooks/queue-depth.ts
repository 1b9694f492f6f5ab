import { type RawBuilder, sql } from 'kysely';

/** The outbox table for a reader's raw SQL (the Stripe push's queue); its columns are `outbox.ts`'s contract. */
export const outboxTable = sql.table('events');

/** Counts of the webhook queues, each mirroring the `where` of the job that takes the rows. */
export const webhookQueues = {
  eventsToDispatch: (): RawBuilder<number> =>
    sql<number>`(select count(*) from ${outboxTable} where dispatched_at is null)`,
  deliveriesDue: (now: Date): RawBuilder<number> =>
    sql<number>`(select count(*) from webhook_deliveries where status = 'pending' and next_attempt_at <= ${now})`,
  deliveriesRetrying: (): RawBuilder<number> =>
    sql<number>`(select count(*) from webhook_deliveries where status = 'pending' and attempts > 0)`,
  deliveriesFailed: (): RawBuilder<number> =>
    sql<number>`(select count(*) from webhook_deliveries where status = 'failed')`,
  failedAttemptsSince: (since: Date): RawBuilder<number> =>
    sql<number>`(select count(*) from webhook_attempts where attempted_at > ${since}
      and (status_code is null or status_code < 200 or status_code >= 300))`,
};
