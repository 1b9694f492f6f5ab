import { sql } from 'kysely';
import type { Db } from '../db/store.js';
import { draftsToFinalizeCount } from '../invoicing/queue-depth.js';
import { ingestionLagSeconds, unfoldedEventsCount } from '../metering/queue-depth.js';
import { stripePushesFailedCount, stripePushesPendingCount } from '../payments/queue-depth.js';
import { subscriptionsDueCount } from '../subscriptions/queue-depth.js';
import { webhookQueues } from '../webhooks/queue-depth.js';

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
 * What the worker has still to do, read for a Prometheus scrape, in one statement. Each slice
 * publishes the count of its own queue (its `queue-depth.ts`), mirroring the `where` of the job
 * that takes the rows (and using its index), so "due" here is what a worker would claim now.
 */
export async function readQueues(db: Db, now: Date): Promise<QueueDepths> {
  const hourAgo = new Date(now.getTime() - 3_600_000);
  const { rows } = await sql<Record<string, number | string | null>>`
    select
      ${unfoldedEventsCount(UNFOLDED_CAP)} as unfolded,
      ${ingestionLagSeconds(now)} as lag,
      ${subscriptionsDueCount(now)} as subscriptions_due,
      ${draftsToFinalizeCount(now)} as invoices_to_finalize,
      ${webhookQueues.eventsToDispatch()} as events_to_dispatch,
      ${webhookQueues.deliveriesDue(now)} as webhook_deliveries_due,
      ${webhookQueues.deliveriesRetrying()} as webhooks_retrying,
      ${webhookQueues.deliveriesFailed()} as webhooks_failed,
      ${webhookQueues.failedAttemptsSince(hourAgo)} as webhook_failed_attempts,
      ${stripePushesPendingCount(now)} as stripe_pushes_pending,
      ${stripePushesFailedCount()} as stripe_pushes_failed
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
