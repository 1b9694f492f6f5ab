import { sql } from 'kysely';
import type { Db } from '../db/store.js';
import { newId } from '../shared/ids.js';
import { isSuccessStatus, nextAttemptAfterFailure, RETRY_WINDOW_MS } from './backoff.js';
import { type DeliveryRow, eventJson } from './json.js';
import { endpointWants } from './match.js';
import type { Sender, SendResult } from './sender.js';
import './tables.js';

/** A claimed delivery is held this long; a worker killed mid-POST releases it by expiry. */
const LEASE_MS = 2 * 60_000;
const DISPATCH_BATCH = 200;
const DELIVERY_BATCH = 50;

/**
 * Fans undispatched outbox events out into one delivery per matching enabled endpoint. Events are
 * claimed with `FOR UPDATE SKIP LOCKED` so several workers share the outbox, and the unique
 * (endpoint, event) pair makes a re-run harmless. Returns how many events it handled.
 */
export async function dispatchEvents(db: Db, now: Date): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const events = await trx
      .selectFrom('events')
      .select(['id', 'type'])
      .where('dispatched_at', 'is', null)
      .orderBy('id')
      .limit(DISPATCH_BATCH)
      .forUpdate()
      .skipLocked()
      .execute();
    if (events.length === 0) return 0;
    const endpoints = await trx
      .selectFrom('webhook_endpoints')
      .select(['id', 'enabled_events'])
      .where('status', '=', 'enabled')
      .execute();
    const retryUntil = new Date(now.getTime() + RETRY_WINDOW_MS);
    const rows = events.flatMap((event) =>
      endpoints
        .filter((endpoint) => endpointWants(endpoint.enabled_events, event.type))
        .map((endpoint) => ({
          id: newId('whd'),
          endpoint_id: endpoint.id,
          event_id: event.id,
          status: 'pending' as const,
          attempts: 0,
          next_attempt_at: now,
          locked_until: null,
          retry_until: retryUntil,
          last_status_code: null,
          last_error: null,
          created_at: now,
          updated_at: now,
          delivered_at: null,
        })),
    );
    if (rows.length > 0) {
      await trx
        .insertInto('webhook_deliveries')
        .values(rows)
        .onConflict((oc) => oc.columns(['endpoint_id', 'event_id']).doNothing())
        .execute();
    }
    await trx
      .updateTable('events')
      .set({ dispatched_at: now })
      .where(
        'id',
        'in',
        events.map((e) => e.id),
      )
      .execute();
    return events.length;
  });
}

/** Claims due deliveries of enabled endpoints by taking a lease on them (short transaction). */
export async function claimDueDeliveries(db: Db, now: Date, limit = DELIVERY_BATCH): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom('webhook_deliveries as d')
      .innerJoin('webhook_endpoints as e', 'e.id', 'd.endpoint_id')
      .select('d.id')
      .where('d.status', '=', 'pending')
      .where('e.status', '=', 'enabled')
      .where('d.next_attempt_at', '<=', now)
      .where((eb) => eb.or([eb('d.locked_until', 'is', null), eb('d.locked_until', '<', now)]))
      .orderBy('d.next_attempt_at')
      .limit(limit)
      .forUpdate('d')
      .skipLocked()
      .execute();
    if (due.length === 0) return [];
    const ids = due.map((d) => d.id);
    await trx
      .updateTable('webhook_deliveries')
      .set({ locked_until: new Date(now.getTime() + LEASE_MS) })
      .where('id', 'in', ids)
      .execute();
    return ids;
  });
}

/** Takes the lease on one delivery for a replay by hand; false when a worker holds it. */
export async function leaseDelivery(db: Db, id: string, now: Date): Promise<boolean> {
  const row = await db
    .updateTable('webhook_deliveries')
    .set({
      locked_until: new Date(now.getTime() + LEASE_MS),
      retry_until: new Date(now.getTime() + RETRY_WINDOW_MS),
    })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * POSTs leased deliveries in parallel (outside any transaction: a slow receiver must not hold a
 * database connection), then records every attempt and each delivery's next state in one
 * transaction.
 */
export async function attemptDeliveries(
  db: Db,
  send: Sender,
  ids: readonly string[],
  now: Date,
  manual: boolean,
): Promise<DeliveryRow[]> {
  if (ids.length === 0) return [];
  const targets = await db
    .selectFrom('webhook_deliveries as d')
    .innerJoin('webhook_endpoints as e', 'e.id', 'd.endpoint_id')
    .innerJoin('events as ev', 'ev.id', 'd.event_id')
    .select([
      'd.id as delivery_id',
      'e.url',
      'e.secret',
      'ev.id',
      'ev.type',
      'ev.data',
      'ev.occurred_at',
      'ev.created_at',
      'ev.dispatched_at',
    ])
    .where('d.id', 'in', ids)
    .execute();
  const sent = await Promise.all(
    targets.map(async (t) => ({
      id: t.delivery_id,
      result: await send({
        url: t.url,
        secret: t.secret,
        body: JSON.stringify(eventJson(t)),
        eventId: t.id,
        eventType: t.type,
      }),
    })),
  );
  return db.transaction().execute(async (trx) => {
    const current = new Map(
      (
        await trx
          .selectFrom('webhook_deliveries')
          .selectAll()
          .where(
            'id',
            'in',
            sent.map((s) => s.id),
          )
          .forUpdate()
          .execute()
      ).map((r) => [r.id, r]),
    );
    const errorOf = (r: SendResult) =>
      isSuccessStatus(r.statusCode) ? null : (r.error ?? `HTTP ${r.statusCode}`);
    await trx
      .insertInto('webhook_attempts')
      .values(
        sent.map(({ id, result }) => ({
          id: newId('wha'),
          delivery_id: id,
          attempted_at: now,
          status_code: result.statusCode,
          error: errorOf(result),
          response_body: result.responseBody,
          duration_ms: result.durationMs,
          manual,
        })),
      )
      .execute();
    // Every delivery's next state in one statement: per-statement cost dominates on PGlite.
    const updates = sent.flatMap(({ id, result }) => {
      const before = current.get(id);
      if (!before) return []; // deleted with its endpoint while the POST was in flight
      const ok = isSuccessStatus(result.statusCode);
      const attempts = before.attempts + 1;
      const next = ok ? null : nextAttemptAfterFailure(attempts, now, before.retry_until);
      const status = ok ? 'succeeded' : next ? 'pending' : 'failed';
      return [
        sql`(${id}, ${attempts}::int, ${status}, ${next}::timestamptz, ${result.statusCode}::int, ${errorOf(result)}::text, ${ok ? now : null}::timestamptz)`,
      ];
    });
    if (updates.length === 0) return [];
    const updated = await sql<DeliveryRow>`
      update webhook_deliveries as d set
        attempts = v.attempts, status = v.status, next_attempt_at = v.next_attempt_at, locked_until = null,
        last_status_code = v.code, last_error = v.error,
        delivered_at = coalesce(v.delivered_at, d.delivered_at), updated_at = ${now}
      from (values ${sql.join(updates)}) as v(id, attempts, status, next_attempt_at, code, error, delivered_at)
      where d.id = v.id
      returning d.*`.execute(trx);
    return updated.rows;
  });
}

/** One delivery, by hand (the replay endpoint). */
export async function attemptDelivery(
  db: Db,
  send: Sender,
  deliveryId: string,
  now: Date,
  manual: boolean,
): Promise<DeliveryRow> {
  const [row] = await attemptDeliveries(db, send, [deliveryId], now, manual);
  if (!row) throw new Error(`Delivery ${deliveryId} vanished during its attempt.`);
  return row;
}

/** Delivers everything due now, a batch at a time, each batch's POSTs in parallel. */
export async function deliverDue(db: Db, send: Sender, now: Date, maxBatches = 10): Promise<number> {
  let delivered = 0;
  for (let i = 0; i < maxBatches; i++) {
    const ids = await claimDueDeliveries(db, now);
    if (ids.length === 0) break;
    await attemptDeliveries(db, send, ids, now, false);
    delivered += ids.length;
  }
  return delivered;
}
