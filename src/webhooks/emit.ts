import type { Executor } from '../db/store.js';
import { newId } from '../shared/ids.js';
import './tables.js';

/**
 * Every event type Tariff emits. Webhook endpoints subscribe to these; `*` subscribes to all.
 */
export const EVENT_TYPES = [
  'customer.created',
  'customer.updated',
  'subscription.created',
  'subscription.updated',
  'subscription.canceled',
  'subscription.past_due',
  'subscription.migrated',
  'invoice.created',
  'invoice.finalized',
  'invoice.paid',
  'invoice.payment_recorded',
  'invoice.deleted',
  'invoice.voided',
  'invoice.marked_uncollectible',
  'invoice.payment_failed',
  'invoice.payment_reminder',
  'invoice.overdue',
  'credit_note.created',
  'credit_grant.created',
  'credit_grant.expired',
  'credit_grant.voided',
  'credit_balance.low',
  'alert.triggered',
  'entitlement.limit_reached',
  'entitlement.soft_limit_reached',
  'usage.late_events_billed',
  'meter_event.refused',
  'test_clock.advanced',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

/**
 * Writes an event to the outbox. Call it with the transaction that makes the change, so the
 * event exists if and only if the change does; the webhook dispatcher delivers it later.
 */
export async function emitEvent(
  executor: Executor,
  type: EventType,
  data: Record<string, unknown>,
  occurredAt: Date,
): Promise<string> {
  const id = newId('ev');
  await executor
    .insertInto('events')
    .values({ id, type, data: JSON.stringify(data), occurred_at: occurredAt, dispatched_at: null })
    .execute();
  return id;
}

/** emitEvent for many changes of one transaction, in one statement; returns the ids in order. */
export async function emitEvents(
  executor: Executor,
  events: readonly { type: EventType; data: Record<string, unknown>; occurredAt: Date }[],
): Promise<string[]> {
  const rows = events.map((e) => ({
    id: newId('ev'),
    type: e.type,
    data: JSON.stringify(e.data),
    occurred_at: e.occurredAt,
    dispatched_at: null,
  }));
  // Five parameters a row: 10,000 rows stay under PostgreSQL's 65,535.
  for (let i = 0; i < rows.length; i += 10_000) {
    await executor
      .insertInto('events')
      .values(rows.slice(i, i + 10_000))
      .execute();
  }
  return rows.map((r) => r.id);
}
