import type { ColumnType, Generated } from 'kysely';

/** The outbox: one row per event, written in the same transaction as the change that caused it. */
export interface EventsTable {
  id: string;
  type: string;
  data: ColumnType<Record<string, unknown>, string, string>;
  /** Business time of the event (a test clock's time for its customers). */
  occurred_at: Date;
  created_at: Generated<Date>;
  /** Set once the dispatcher has created a delivery per matching endpoint. */
  dispatched_at: Date | null;
}

declare module '../db/database.js' {
  interface Database {
    events: EventsTable;
  }
}

/** Where Tariff POSTs events. The secret signs every delivery; it is shown once, at creation. */
export interface WebhookEndpointsTable {
  id: string;
  url: string;
  description: string | null;
  /** Event types this endpoint receives; `*` is every type. */
  enabled_events: ColumnType<string[], string, string>;
  status: 'enabled' | 'disabled';
  secret: string;
  metadata: ColumnType<Record<string, string>, string, string>;
  created_at: Date;
  updated_at: Date;
}

/** One event for one endpoint, retried with backoff until it succeeds or its deadline passes. */
export interface WebhookDeliveriesTable {
  id: string;
  endpoint_id: string;
  event_id: string;
  status: 'pending' | 'succeeded' | 'failed';
  attempts: number;
  next_attempt_at: Date | null;
  /** A worker that claimed the delivery holds it until then (its POST is in flight). */
  locked_until: Date | null;
  /** Automatic retries stop after this time (3 days after the delivery was created or replayed). */
  retry_until: Date;
  last_status_code: number | null;
  last_error: string | null;
  created_at: Date;
  updated_at: Date;
  delivered_at: Date | null;
}

/** The delivery log: every attempt, with what the receiver answered. */
export interface WebhookAttemptsTable {
  id: string;
  delivery_id: string;
  attempted_at: Date;
  status_code: number | null;
  error: string | null;
  response_body: string | null;
  duration_ms: number;
  manual: boolean;
}

declare module '../db/database.js' {
  interface Database {
    webhook_endpoints: WebhookEndpointsTable;
    webhook_deliveries: WebhookDeliveriesTable;
    webhook_attempts: WebhookAttemptsTable;
  }
}
