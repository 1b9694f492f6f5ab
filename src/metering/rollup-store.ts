import { sql } from 'kysely';
import { decimalString } from '../core/money/decimal.js';
import type { Executor } from '../db/store.js';
import type { RollupDelta, RollupEvent, UniqueDelta } from './rollup.js';
import './tables.js';

/** An event row ready to insert; `created_at` is its arrival time. */
export interface NewEvent extends RollupEvent {
  readonly id: string;
  readonly createdAt: Date;
}

/**
 * Inserts a batch with one statement (arrays through unnest) and returns the identifiers that
 * were new. A (meter, identifier) already stored, by any earlier or concurrent batch, is skipped
 * by the primary key: that is the whole dedup. (`bench_raw` is the benchmark's baseline copy.)
 */
export async function insertEvents(
  trx: Executor,
  events: readonly NewEvent[],
  table: 'meter_events' | 'bench_raw' = 'meter_events',
): Promise<Set<string>> {
  if (events.length === 0) return new Set();
  const col = <T>(f: (e: NewEvent) => T) => events.map(f);
  const result = await sql<{ meter_id: string; identifier: string }>`
    insert into ${sql.table(table)}
      (meter_id, identifier, id, customer_id, ts, value, distinct_value, dim_key, dimensions, created_at)
    select * from unnest(
      ${col((e) => e.meterId)}::text[], ${col((e) => e.identifier)}::text[], ${col((e) => e.id)}::text[],
      ${col((e) => e.customerId)}::text[], ${col((e) => e.ts.toISOString())}::timestamptz[],
      ${col((e) => decimalString(e.value))}::numeric[], ${col((e) => e.distinctValue)}::text[],
      ${col((e) => e.dimKey)}::text[], ${col((e) => JSON.stringify(e.dimensions))}::jsonb[],
      ${col((e) => e.createdAt.toISOString())}::timestamptz[])
    on conflict (meter_id, identifier) do nothing
    returning meter_id, identifier`.execute(trx);
  return new Set(result.rows.map((r) => `${r.meter_id}\u0000${r.identifier}`));
}

// `last` keeps the event with the greatest (ts, identifier); "C" collation so that the database
// breaks ties exactly as the JavaScript comparison in rollup.ts does.
const LATER = sql`(meter_rollups.last_ts is null or excluded.last_ts > meter_rollups.last_ts
  or (excluded.last_ts = meter_rollups.last_ts
      and excluded.last_identifier collate "C" > meter_rollups.last_identifier collate "C"))`;

export async function upsertRollups(trx: Executor, deltas: readonly RollupDelta[]): Promise<void> {
  if (deltas.length === 0) return;
  const col = <T>(f: (d: RollupDelta) => T) => deltas.map(f);
  await sql`
    insert into meter_rollups (meter_id, customer_id, bucket, dim_key, dimensions, event_count,
      value_sum, value_max, last_ts, last_identifier, last_value)
    select * from unnest(
      ${col((d) => d.meterId)}::text[], ${col((d) => d.customerId)}::text[],
      ${col((d) => d.bucket.toISOString())}::timestamptz[], ${col((d) => d.dimKey)}::text[],
      ${col((d) => JSON.stringify(d.dimensions))}::jsonb[], ${col((d) => d.count)}::bigint[],
      ${col((d) => decimalString(d.sum))}::numeric[], ${col((d) => decimalString(d.max))}::numeric[],
      ${col((d) => d.last.ts.toISOString())}::timestamptz[], ${col((d) => d.last.identifier)}::text[],
      ${col((d) => decimalString(d.last.value))}::numeric[])
    on conflict (meter_id, customer_id, bucket, dim_key) do update set
      event_count = meter_rollups.event_count + excluded.event_count,
      value_sum = meter_rollups.value_sum + excluded.value_sum,
      value_max = greatest(meter_rollups.value_max, excluded.value_max),
      last_ts = case when ${LATER} then excluded.last_ts else meter_rollups.last_ts end,
      last_value = case when ${LATER} then excluded.last_value else meter_rollups.last_value end,
      last_identifier = case when ${LATER} then excluded.last_identifier else meter_rollups.last_identifier end
  `.execute(trx);
}

export async function upsertUniques(trx: Executor, deltas: readonly UniqueDelta[]): Promise<void> {
  if (deltas.length === 0) return;
  const col = <T>(f: (d: UniqueDelta) => T) => deltas.map(f);
  await sql`
    insert into meter_uniques (meter_id, customer_id, bucket, dim_key, dimensions, value, n)
    select * from unnest(
      ${col((d) => d.meterId)}::text[], ${col((d) => d.customerId)}::text[],
      ${col((d) => d.bucket.toISOString())}::timestamptz[], ${col((d) => d.dimKey)}::text[],
      ${col((d) => JSON.stringify(d.dimensions))}::jsonb[], ${col((d) => d.value)}::text[],
      ${col((d) => d.n)}::bigint[])
    on conflict (meter_id, customer_id, bucket, dim_key, value) do update set n = meter_uniques.n + excluded.n
  `.execute(trx);
}
