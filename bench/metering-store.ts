import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { migrateToLatest } from '../src/app/migrations.js';
import { openStore, type Store, type StoreKind } from '../src/db/store.js';
import { type ServerProcess, startServer } from '../src/testing/process.js';
import { createTestDatabase } from '../src/testing/stores.js';

/** Where a bench run keeps its data: a fresh PostgreSQL database or a PGlite directory on disk. */
export interface BenchPlace {
  readonly kind: StoreKind;
  readonly where: { databaseUrl: string } | { dataDir: string };
  /** A store on the place; `poolSize` connections to PostgreSQL (default 10). */
  open(poolSize?: number): Promise<Store>;
  server(): Promise<ServerProcess>;
  drop(): Promise<void>;
}

export async function benchPlace(kind: StoreKind): Promise<BenchPlace> {
  const dir = mkdtempSync(join(tmpdir(), 'tariff-bench-'));
  const database = kind === 'postgres' ? await createTestDatabase() : undefined;
  const where = database ? { databaseUrl: database.url } : { dataDir: join(dir, 'data') };
  return {
    kind,
    where,
    async open(poolSize = 10) {
      const store = await openStore({ ...where, poolSize });
      await migrateToLatest(store.db);
      return store;
    },
    // With the worker: its fold turns the ingested events into rollups while they arrive, and
    // that work is part of what ingestion costs.
    server: () => startServer({ ...where }),
    async drop() {
      await database?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const HOUR_S = 3600;

/**
 * Stores events [from, to) straight in SQL (generate_series): 1,000 customers, two models, spread
 * pseudo-randomly over `spanSeconds` from `start`. Only for filling the query benchmark fast.
 */
export async function fillEvents(
  store: Store,
  meterId: string,
  start: Date,
  spanSeconds: number,
  from: number,
  to: number,
) {
  // The events' identifiers go to meter_event_keys too (0106), as storing an event claims them.
  await sql`
    with keys as (
      insert into meter_event_keys (meter_id, identifier, id, customer_id, ts)
      select ${meterId}, 'g' || g, 'evt_g' || g, 'cus_bench_' || lpad((g % 1000)::text, 4, '0'),
        ${start.toISOString()}::timestamptz + ((g * 7919) % ${spanSeconds}) * interval '1 second'
      from generate_series(${from}::bigint, ${to - 1}::bigint) g
      returning *)
    insert into meter_events (meter_id, identifier, id, customer_id, ts, value, distinct_value, dim_key, dimensions, created_at)
    select meter_id, identifier, id, customer_id, ts, (substr(identifier, 2)::bigint % 100)::numeric, null,
      case when substr(identifier, 2)::bigint % 4 = 0 then '[["model","large"]]' else '[["model","tiny"]]' end,
      case when substr(identifier, 2)::bigint % 4 = 0 then '{"model":"large"}'::jsonb else '{"model":"tiny"}'::jsonb end,
      ${start.toISOString()}::timestamptz
    from keys`.execute(store.db);
}

/**
 * Rebuilds the hourly rollups from the raw events and moves the fold horizon past them: the state
 * the worker's fold reaches, in one statement instead of millions of events' worth of folds.
 */
export async function rebuildRollups(store: Store) {
  for (const [table, width] of [
    ['meter_rollups', HOUR_S],
    ['meter_rollups_day', 24 * HOUR_S],
  ] as const) {
    await sql`truncate ${sql.table(table)}`.execute(store.db);
    await sql`
      insert into ${sql.table(table)} (meter_id, customer_id, bucket, dim_key, dimensions, event_count, value_sum,
        value_max, last_ts, last_identifier, last_value)
      select meter_id, customer_id, to_timestamp(floor(extract(epoch from ts) / ${width}) * ${width}), dim_key,
        min(dimensions::text)::jsonb, count(*), sum(value), max(value), null, null, null
      from meter_events where cancelled_at is null group by 1, 2, 3, 4`.execute(store.db);
    await sql`analyze ${sql.table(table)}`.execute(store.db);
  }
  // Every event above was written by a transaction that has finished: all are below this horizon.
  await sql`update meter_fold set horizon = pg_snapshot_xmin(pg_current_snapshot())`.execute(store.db);
  await sql`analyze meter_events`.execute(store.db);
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}
