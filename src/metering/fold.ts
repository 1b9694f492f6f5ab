import { type RawBuilder, sql } from 'kysely';
import type { Db, Executor } from '../db/store.js';
import { currentMode, type Mode } from '../shared/request-context.js';
import './tables.js';

/**
 * The fold: committed events become hourly rollups after the fact, in large batches, instead of
 * inside every ingesting statement. Ingestion then costs about as much as a plain insert, and one
 * fold of a second of traffic touches each (meter, customer, hour, dimension set) row once,
 * however many events it had.
 *
 * Exactness. Every event stores the id of the transaction that wrote it (`txid`). The fold
 * takes `pg_snapshot_xmin` of a fresh snapshot as its new horizon: every transaction below it has
 * finished, so its events, if committed, are visible now and are folded now; nothing below the
 * horizon can appear later. The fold moves the horizon in the same transaction as the rollups it
 * writes, so a reader that reads the rollups, the horizon and the raw events at or above it in ONE
 * statement counts every committed event exactly once (usage-sql.ts).
 *
 * Locks. One fold at a time (the advisory lock, tried: a busy fold is simply skipped). A cancel
 * rebuilds the hours it touches from the folded events and holds the same lock shared, so a fold
 * never interleaves with a rebuild.
 */
const FOLD_LOCK = 7_310_001;

/** Held by a rebuild (recompute.ts) for the rest of its transaction. */
export async function holdFoldShared(trx: Executor): Promise<void> {
  await sql`select pg_advisory_xact_lock_shared(${FOLD_LOCK})`.execute(trx);
}

/** The two rollup grains: the table pair each is kept in, and its bucket width. */
export const GRAINS = [
  { rollups: 'meter_rollups', uniques: 'meter_uniques', width: '1 hour' },
  { rollups: 'meter_rollups_day', uniques: 'meter_uniques_day', width: '1 day' },
] as const;

export type Grain = (typeof GRAINS)[number];

// `last` keeps the event with the greatest (ts, identifier); "C" collation (code-point order, not
// the database's locale) here, in the readers (usage-sql.ts), rebuilds (recompute.ts) and migration
// 0102, so that every path breaks ties the same way (last.test.ts).
const later = (t: RawBuilder<unknown>) => sql`(${t}.last_ts is null or excluded.last_ts > ${t}.last_ts
  or (excluded.last_ts = ${t}.last_ts and excluded.last_identifier collate "C" > ${t}.last_identifier collate "C"))`;

/**
 * CTEs adding one grain's deltas to its tables: `source` has one row per rollup row (n, s, mx,
 * lt, li, lv), `distinct` one row per distinct value (value, n).
 */
function upsertGrain(grain: Grain, source: string, distinct: string): RawBuilder<unknown> {
  const r = sql.table(grain.rollups);
  const u = sql.table(grain.uniques);
  const newer = later(r);
  return sql`${sql.raw(`${source}_in`)} as (
      insert into ${r} (meter_id, customer_id, bucket, dim_key, dimensions, event_count,
        value_sum, value_max, last_ts, last_identifier, last_value)
      select meter_id, customer_id, bucket, dim_key, dimensions, n, s, mx, lt, li, lv from ${sql.table(source)}
      on conflict (meter_id, customer_id, bucket, dim_key) do update set
        event_count = ${r}.event_count + excluded.event_count,
        value_sum = ${r}.value_sum + excluded.value_sum,
        value_max = greatest(${r}.value_max, excluded.value_max),
        last_ts = case when ${newer} then excluded.last_ts else ${r}.last_ts end,
        last_value = case when ${newer} then excluded.last_value else ${r}.last_value end,
        last_identifier = case when ${newer} then excluded.last_identifier else ${r}.last_identifier end),
    ${sql.raw(`${distinct}_in`)} as (
      insert into ${u} (meter_id, customer_id, bucket, dim_key, dimensions, value, n)
      select meter_id, customer_id, bucket, dim_key, dimensions, value, n from ${sql.table(distinct)}
      on conflict (meter_id, customer_id, bucket, dim_key, value) do update set n = ${u}.n + excluded.n)`;
}

/**
 * Folds every event committed since the last fold into both grains: the events are grouped by
 * hour once, and the days are summed from those hours. Returns how many events it folded, or
 * undefined when another fold held the lock.
 */
export async function foldEvents(db: Db): Promise<number | undefined> {
  // Nothing visible at or above the horizon: one indexed read instead of a transaction of five
  // round trips, four times a second, on an idle server. Events of transactions still running are
  // not visible yet and are folded by a later round, as they would be anyway.
  const pending = await sql<{ pending: boolean }>`
    select exists (select 1 from meter_events where txid >= (select horizon from meter_fold where id = 1))
      as pending`.execute(db);
  if (!pending.rows[0]?.pending) return 0;
  return db.transaction().execute(async (trx) => {
    const lock = await sql<{ ok: boolean }>`select pg_try_advisory_xact_lock(${FOLD_LOCK}) as ok`.execute(
      trx,
    );
    if (!lock.rows[0]?.ok) return undefined;
    // A fold groups up to a few hundred thousand rows into a few thousand: in memory.
    await sql`set local work_mem = '64MB'`.execute(trx);
    const day = (column: string) => sql`date_bin('1 day', ${sql.ref(column)}, timestamptz 'epoch')`;
    const result = await sql<{ folded: string | number }>`
      with h as (
        select horizon as old, greatest(horizon, pg_snapshot_xmin(pg_current_snapshot())) as new
        from meter_fold where id = 1 for update),
      ev as (
        select meter_id, customer_id, date_bin('1 hour', ts, timestamptz 'epoch') as bucket, ts, dim_key,
          identifier, value, distinct_value
        from h, meter_events e
        where e.txid >= h.old and e.txid < h.new and e.cancelled_at is null),
      -- The latest event is found apart (only for last meters) so the grouping below can be hashed:
      -- an aggregate with ORDER BY cannot be. A hashed IN, not a join: a join per event costs more
      -- than the grouping itself.
      latest as (
        select distinct on (meter_id, customer_id, bucket, dim_key)
          meter_id, customer_id, bucket, dim_key, ts as lt, identifier as li, value as lv
        from ev where meter_id in (select id from meters where formula = 'last')
        order by meter_id, customer_id, bucket, dim_key, ts desc, identifier collate "C" desc),
      -- max is kept for every formula, as a rebuild (recompute.ts) keeps it; only max meters read it.
      hour_groups as (
        select meter_id, customer_id, bucket, dim_key, count(*) as n, sum(value) as s, max(value) as mx
        from ev group by meter_id, customer_id, bucket, dim_key),
      -- The dimensions object of each dimension set, rebuilt from its key (dimensionKey in
      -- event-parse.ts: sorted [name, value] pairs) once per set instead of hashing every
      -- event's jsonb. A fold sees a handful of sets.
      sets as (
        select dim_key, coalesce((select jsonb_object_agg(p ->> 0, p ->> 1)
          from jsonb_array_elements(dim_key::jsonb) p), '{}'::jsonb) as dimensions
        from (select distinct dim_key from hour_groups) k),
      hourly as (
        select g.*, sets.dimensions, l.lt, l.li, l.lv
        from hour_groups g
        join sets using (dim_key)
        left join latest l using (meter_id, customer_id, bucket, dim_key)),
      daily_latest as (
        select distinct on (meter_id, customer_id, ${day('bucket')}, dim_key)
          meter_id, customer_id, ${day('bucket')} as bucket, dim_key, lt, li, lv
        from latest
        order by meter_id, customer_id, ${day('bucket')}, dim_key, lt desc, li collate "C" desc),
      daily as (
        select g.*, sets.dimensions, l.lt, l.li, l.lv
        from (
          select meter_id, customer_id, ${day('bucket')} as bucket, dim_key, sum(n) as n, sum(s) as s,
            max(mx) as mx
          from hourly group by 1, 2, 3, 4) g
        join sets using (dim_key)
        left join daily_latest l using (meter_id, customer_id, bucket, dim_key)),
      hourly_values as (
        select v.*, sets.dimensions
        from (
          select meter_id, customer_id, bucket, dim_key, distinct_value as value, count(*) as n
          from ev where distinct_value is not null group by 1, 2, 3, 4, 5) v
        join sets using (dim_key)),
      daily_values as (
        select v.*, sets.dimensions
        from (
          select meter_id, customer_id, ${day('bucket')} as bucket, dim_key, value, sum(n) as n
          from hourly_values group by 1, 2, 3, 4, 5) v
        join sets using (dim_key)),
      ${upsertGrain(GRAINS[0], 'hourly', 'hourly_values')},
      ${upsertGrain(GRAINS[1], 'daily', 'daily_values')},
      moved as (update meter_fold set horizon = h.new from h where meter_fold.id = 1 and h.new > h.old)
      select count(*) as folded from ev`.execute(trx);
    return Number(result.rows[0]?.folded ?? 0);
  });
}

/**
 * A hint for planning reads: a horizon no newer than the current one. Readers pass it as a
 * literal so the planner sees how few raw events are unfolded and uses the txid index; the exact
 * horizon is still read inside the same statement (a stale hint costs time, never exactness).
 * Kept per mode: transaction ids are the database's, so live's horizon is usually newer than
 * test mode's, and a hint taken from the other mode would hide that mode's unfolded events.
 */
export function createHorizonHint(maxAgeMs = 250) {
  const known = new Map<Mode, { horizon: string; at: number }>();
  return {
    /** Reads through the caller's executor: inside a transaction, that transaction. */
    async get(executor: Executor): Promise<string> {
      const now = Date.now();
      const mode = currentMode();
      const cached = known.get(mode);
      if (cached && now - cached.at < maxAgeMs) return cached.horizon;
      const row = await sql<{ horizon: string }>`select horizon::text as horizon from meter_fold`.execute(
        executor,
      );
      const fresh = { horizon: row.rows[0]?.horizon ?? '0', at: now };
      known.set(mode, fresh);
      return fresh.horizon;
    },
  };
}

export type HorizonHint = ReturnType<typeof createHorizonHint>;
