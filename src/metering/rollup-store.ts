import { sql } from 'kysely';
import { decimalString } from '../core/money/decimal.js';
import type { Executor } from '../db/store.js';
import type { RollupDelta, RollupEvent, UniqueDelta } from './rollup.js';
import type { Formula } from './tables.js';
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

/**
 * Adds a batch's deltas to the hourly rollups. A meter's formula never changes, so each meter
 * keeps only the columns its formula reads: `max` meters also their max, `last` meters also their
 * latest event. One statement per formula present, in a fixed order, rows sorted within it.
 */
export async function upsertRollups(
  trx: Executor,
  deltas: readonly RollupDelta[],
  formulaOf: (meterId: string) => Formula,
): Promise<void> {
  for (const formula of ['sum', 'count', 'max', 'last', 'unique_count'] as const) {
    const group = deltas.filter((d) => formulaOf(d.meterId) === formula);
    if (group.length > 0) await upsertGroup(trx, group, formula);
  }
}

async function upsertGroup(trx: Executor, deltas: readonly RollupDelta[], formula: Formula): Promise<void> {
  const col = <T>(f: (d: RollupDelta) => T) => deltas.map(f);
  const withMax = formula === 'max';
  const withLast = formula === 'last';
  const columns = sql.raw(
    `meter_id, customer_id, bucket, dim_key, dimensions, event_count, value_sum${withMax ? ', value_max' : ''}${
      withLast ? ', last_ts, last_identifier, last_value' : ''
    }`,
  );
  const arrays = [
    sql`${col((d) => d.meterId)}::text[]`,
    sql`${col((d) => d.customerId)}::text[]`,
    sql`${col((d) => d.bucket.toISOString())}::timestamptz[]`,
    sql`${col((d) => d.dimKey)}::text[]`,
    sql`${col((d) => JSON.stringify(d.dimensions))}::jsonb[]`,
    sql`${col((d) => d.count)}::bigint[]`,
    sql`${col((d) => decimalString(d.sum))}::numeric[]`,
    ...(withMax ? [sql`${col((d) => decimalString(d.max))}::numeric[]`] : []),
    ...(withLast
      ? [
          sql`${col((d) => d.last.ts.toISOString())}::timestamptz[]`,
          sql`${col((d) => d.last.identifier)}::text[]`,
          sql`${col((d) => decimalString(d.last.value))}::numeric[]`,
        ]
      : []),
  ];
  const sets = [
    sql`event_count = meter_rollups.event_count + excluded.event_count`,
    sql`value_sum = meter_rollups.value_sum + excluded.value_sum`,
    ...(withMax ? [sql`value_max = greatest(meter_rollups.value_max, excluded.value_max)`] : []),
    ...(withLast
      ? [
          sql`last_ts = case when ${LATER} then excluded.last_ts else meter_rollups.last_ts end`,
          sql`last_value = case when ${LATER} then excluded.last_value else meter_rollups.last_value end`,
          sql`last_identifier = case when ${LATER} then excluded.last_identifier else meter_rollups.last_identifier end`,
        ]
      : []),
  ];
  await sql`
    insert into meter_rollups (${columns})
    select * from unnest(${sql.join(arrays)})
    on conflict (meter_id, customer_id, bucket, dim_key) do update set ${sql.join(sets)}
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
