import { type RawBuilder, sql } from 'kysely';
import { decimalString } from '../core/money/decimal.js';
import { PREPARE_MARK } from '../db/prepared.js';
import type { Executor } from '../db/store.js';
import type { RollupEvent } from './rollup.js';
import './tables.js';

/** An event row ready to insert. */
export interface NewEvent extends RollupEvent {
  readonly id: string;
  /**
   * Its own arrival time (`created_at`) when it differs from the batch's: the ingest log's apply
   * stores many requests' events in one statement (src/ingest-log/apply.ts).
   */
  readonly arrivedAt?: Date;
}

/**
 * A batch as ONE JSON document: one `JSON.stringify` in Node and one parse in PostgreSQL, instead
 * of ten escaped arrays built element by element. Bytes are what a batch costs on the wire, so
 * meters and dimension sets are sent once and referenced by position, and an event's time is sent
 * only when it differs from the arrival time (most events carry no timestamp of their own). Values
 * stay decimal strings (exact); times are epoch milliseconds (exact integers).
 */
function batchJson(events: readonly NewEvent[], arrivedAt: Date) {
  const meters = new Map<string, number>();
  const dimensions = new Map<string, number>();
  const dimensionSets: Readonly<Record<string, string>>[] = [];
  const arrival = arrivedAt.getTime();
  const rows = events.map((e) => {
    if (!meters.has(e.meterId)) meters.set(e.meterId, meters.size);
    if (!dimensions.has(e.dimKey)) {
      dimensions.set(e.dimKey, dimensionSets.length);
      dimensionSets.push(e.dimensions);
    }
    const t = e.ts.getTime();
    return {
      m: meters.get(e.meterId),
      i: e.identifier,
      id: e.id,
      c: e.customerId,
      t: t === arrival ? undefined : t,
      a: e.arrivedAt === undefined || e.arrivedAt.getTime() === arrival ? undefined : e.arrivedAt.getTime(),
      v: decimalString(e.value),
      d: e.distinctValue ?? undefined,
      k: dimensions.get(e.dimKey),
    };
  });
  return {
    meters: JSON.stringify([...meters.keys()]),
    dimKeys: JSON.stringify([...dimensions.keys()]),
    dimensions: JSON.stringify(dimensionSets),
    rows: JSON.stringify(rows),
  };
}

/**
 * The batch's rows as one CTE, `input`. Meters and dimension sets are looked up by position in
 * JSON arrays, not joined: a join with a 1,000-row side the planner guesses at 100 rows made it
 * hash the wrong side. A jsonb array reaches its n-th element in constant time (a PostgreSQL
 * array of text walks from its first element, quadratic for a batch of 10,000 distinct sets), and
 * each array is parsed once per statement (an InitPlan), not once per row.
 */
const inputs = (events: readonly NewEvent[], arrivedAt: Date) => {
  const batch = batchJson(events, arrivedAt);
  const at = sql`${arrivedAt.toISOString()}::timestamptz`;
  const once = (json: string) => sql`(select ${json}::jsonb)`;
  return sql`input as (
      select ${once(batch.meters)} ->> x.m as m, x.i, x.id, x.c,
        coalesce(timestamptz 'epoch' + x.t * interval '1 millisecond', ${at}) as t, x.v, x.d,
        ${once(batch.dimKeys)} ->> x.k as dk, ${once(batch.dimensions)} -> x.k as dims,
        coalesce(timestamptz 'epoch' + x.a * interval '1 millisecond', ${at}) as at
      from json_to_recordset(${batch.rows}::json)
        as x(m int, i text, id text, c text, t bigint, v numeric, d text, k int, a bigint))`;
};

/**
 * Marks the event insert as a named prepared statement (src/db/prepared.ts): its text never
 * holds a value (the batch travels as JSON parameters), and parsing and planning the six-CTE
 * statement cost PostgreSQL more than running it for a group of a few single events.
 */
const PREPARED = sql.raw(PREPARE_MARK);

/** How `storeEvents` keys its refusals: an event's (meter, identifier). */
export const eventKey = (meterId: string, identifier: string) => `${meterId}\u0000${identifier}`;

/**
 * Plain insert of a batch, no rollups: the benchmark's baseline (`bench_raw` and its keys table, a
 * copy of meter_events and meter_event_keys) measures exactly the event-insert part of
 * `storeEvents`.
 */
export async function insertEvents(
  trx: Executor,
  events: readonly NewEvent[],
  arrivedAt: Date,
  tables: EventTables = EVENT_TABLES,
): Promise<void> {
  if (events.length === 0) return;
  await sql`
    with ${inputs(events, arrivedAt)},
    ${claim(tables, sql`input`)}
    insert into ${sql.table(tables.events)}
      (meter_id, identifier, id, customer_id, ts, value, distinct_value, dim_key, dimensions, created_at)
    select m, i, input.id, c, t, v, d, dk, dims, at
    from input, won where won.ids ? input.id`.execute(trx);
}

/** Where events go: the partitioned events and the table of identifiers that dedups them (0106). */
export interface EventTables {
  readonly events: string;
  readonly keys: string;
}

const EVENT_TABLES: EventTables = { events: 'meter_events', keys: 'meter_event_keys' };

/**
 * The CTE `claimed`: the ids of the events whose (meter, identifier) this statement claims in the
 * keys table, i.e. the ones not stored before (by any earlier or concurrent batch). Claimed in
 * key order, so two batches sharing identifiers wait for each other instead of deadlocking.
 *
 * And the CTE `won`: those ids as the keys of one jsonb object, which the events' insert tests
 * with `?` (a binary search; materialized, so the object is built once). Not a join with `claimed`: the planner sees both CTEs as one row
 * (json_to_recordset's estimate, joined with the meters), picks a nested loop, and a 1,000-event
 * batch then compared 1,000,000 pairs: 97 of the statement's 123 ms (auto_explain, 2026-12-05).
 */
const claim = (tables: EventTables, from: RawBuilder<unknown>) => sql`
    claimed as (
      insert into ${sql.table(tables.keys)} (meter_id, identifier, id, customer_id, ts)
      select m, i, id, c, t from ${from} order by m, i
      on conflict (meter_id, identifier) do nothing
      returning id),
    won as materialized (select jsonb_object_agg(id, 1) as ids from claimed)`;

/** Why an event of a batch was not stored. */
export type Refusal = 'duplicate' | 'inactive';

/**
 * Stores a batch in ONE statement and returns the (meter, identifier) keys it did not store:
 * `duplicate` when already stored (by any earlier or concurrent batch: the primary key of
 * meter_event_keys is the whole dedup), `inactive` when the meter is inactive now (the
 * authoritative check: the caller's copy of the meter may be seconds old). The rollups follow
 * through the fold (fold.ts). Keys are claimed in key order, so two batches sharing identifiers
 * wait for each other instead of deadlocking.
 *
 * The statement returns nothing but its row count: when every row went in (the common case)
 * that is the whole answer. Only a batch with refusals pays a second, read-only statement, which
 * tells them apart by the id stored under each key and the meter's status: an event's id is
 * unique, so a row holding another id was stored before (a duplicate, when the meter is active),
 * and a key with no row was refused for its meter.
 */
export async function storeEvents(
  trx: Executor,
  events: readonly NewEvent[],
  arrivedAt: Date,
): Promise<Map<string, Refusal>> {
  if (events.length === 0) return new Map();
  const meterIds = [...new Set(events.map((e) => e.meterId))];
  const stored = await sql`${PREPARED}
    with ${inputs(events, arrivedAt)},
    live as (select id from meters where id = any(${meterIds}::text[]) and status = 'active'),
    accepted as (select input.* from input join live on live.id = input.m),
    ${claim(EVENT_TABLES, sql`accepted`)}
    insert into meter_events
      (meter_id, identifier, id, customer_id, ts, value, distinct_value, dim_key, dimensions, created_at)
    select m, i, accepted.id, c, t, v, d, dk, dims, at
    from accepted, won where won.ids ? accepted.id`.execute(trx);
  if (Number(stored.numAffectedRows ?? 0n) === events.length) return new Map();
  const keys = JSON.stringify(events.map((e) => ({ m: e.meterId, i: e.identifier, id: e.id })));
  const held = await sql<{ m: string; i: string; id: string; held: string | null; active: boolean }>`
    select x.m, x.i, x.id, k.id as held,
      exists (select 1 from meters where meters.id = x.m and status = 'active') as active
    from json_to_recordset(${keys}::json) as x(m text, i text, id text)
    left join meter_event_keys k on k.meter_id = x.m and k.identifier = x.i`.execute(trx);
  const refusals = new Map<string, Refusal>();
  for (const r of held.rows) {
    if (r.held === r.id) continue;
    // An inactive meter refuses every event, even one whose identifier it stored before.
    refusals.set(eventKey(r.m, r.i), r.held === null || !r.active ? 'inactive' : 'duplicate');
  }
  return refusals;
}
