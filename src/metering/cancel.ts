import { sql } from 'kysely';
import type { Executor } from '../db/store.js';
import { notFound } from '../shared/errors/index.js';
import { newId } from '../shared/ids.js';
import type { MeterEventRow } from './event.js';
import { findEvent } from './event-lookup.js';
import { type HourKey, recomputeHours } from './recompute.js';
import { hourOf } from './rollup.js';
import type { MeterEventAdjustmentsTable } from './tables.js';
import './tables.js';

export type AdjustmentRow = MeterEventAdjustmentsTable;

/**
 * Marks live events cancelled, writes one audit record per event and rebuilds the hours they
 * counted in. Run inside the caller's transaction, with the events locked.
 */
export async function cancelEvents(
  trx: Executor,
  events: readonly MeterEventRow[],
  now: Date,
): Promise<AdjustmentRow[]> {
  const adjustments: AdjustmentRow[] = [];
  const hours: HourKey[] = [];
  for (const e of events) {
    await trx
      .updateTable('meter_events')
      .set({ cancelled_at: now })
      .where('customer_id', '=', e.customer_id)
      .where('meter_id', '=', e.meter_id)
      .where('ts', '=', e.ts)
      .where('identifier', '=', e.identifier)
      .execute();
    const adj: AdjustmentRow = {
      id: newId('adj'),
      meter_id: e.meter_id,
      identifier: e.identifier,
      type: 'cancel',
      created_at: now,
    };
    await trx.insertInto('meter_event_adjustments').values(adj).execute();
    adjustments.push(adj);
    hours.push({
      meterId: e.meter_id,
      customerId: e.customer_id,
      bucket: hourOf(e.ts),
      dimKey: e.dim_key,
      dimensions: e.dimensions,
    });
  }
  await recomputeHours(trx, hours);
  return adjustments;
}

/**
 * Cancels one event by identifier (Stripe's `meter_event_adjustments`, type `cancel`). Cancelling
 * again returns the first audit record; the identifier stays consumed either way.
 */
export async function cancelByIdentifier(
  trx: Executor,
  meterId: string,
  identifier: string,
  now: Date,
): Promise<AdjustmentRow> {
  const event = await findEvent(trx, meterId, identifier, true);
  if (!event) throw notFound('meter_event_not_found', 'meter event', identifier, 'identifier');
  if (event.cancelled_at) {
    const previous = await trx
      .selectFrom('meter_event_adjustments')
      .selectAll()
      .where('meter_id', '=', meterId)
      .where('identifier', '=', identifier)
      .orderBy('id')
      .executeTakeFirst();
    if (previous) return previous;
  }
  const [adj] = await cancelEvents(trx, [event], now);
  return adj as AdjustmentRow;
}

/** Serialises writers of one (meter, customer, timestamp) cell across processes. */
export async function lockCell(trx: Executor, meterId: string, customerId: string, at: Date): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`${meterId}|${customerId}|${at.toISOString()}`}))`.execute(
    trx,
  );
}
