import { sql } from 'kysely';
import type { Executor } from '../db/store.js';
import { GRAINS, type Grain, holdFoldShared } from './fold.js';
import './tables.js';

export interface HourKey {
  readonly meterId: string;
  readonly customerId: string;
  readonly bucket: Date;
  readonly dimKey: string;
  readonly dimensions: Readonly<Record<string, string>>;
}

/**
 * Rebuilds the hours of some (meter, customer, dimension set)s, and the UTC days holding them,
 * from their live raw events, after a cancel: exact for every formula (a cancelled max or last
 * cannot be "subtracted") and bounded to whole days of one customer each. Only folded events
 * (below the fold horizon) belong in the rollups; the others are read raw until the fold adds them.
 *
 * The fold and a rebuild never run at once (fold.ts: a rebuild holds the fold lock shared, taken
 * before any rollup row), so the horizon read here cannot move until this transaction ends.
 *
 * Each rollup row is locked next (created empty if missing), and only then are the events read, by
 * statements that take fresh snapshots: two cancels in the same hour rebuild it one after the
 * other, the second seeing the first's cancel. The same lock guards the bucket's distinct values.
 * All hours are locked before any day, each grain in key order, so two rebuilds sharing rows lock
 * them in the same order and never deadlock; a day is rebuilt once however many of its hours are.
 */
export async function recomputeHours(trx: Executor, keys: readonly HourKey[]): Promise<void> {
  if (keys.length === 0) return;
  await holdFoldShared(trx);
  const buckets = (width: number) => {
    const byKey = new Map<string, { key: HourKey; start: number }>();
    for (const key of keys) {
      const start = Math.floor(key.bucket.getTime() / width) * width;
      byKey.set(`${key.meterId}\u0000${key.customerId}\u0000${start}\u0000${key.dimKey}`, { key, start });
    }
    return [...byKey].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);
  };
  for (const { key, start } of buckets(HOUR_MS)) await rebuild(trx, key, GRAINS[0], start, HOUR_MS);
  for (const { key, start } of buckets(DAY_MS)) await rebuild(trx, key, GRAINS[1], start, DAY_MS);
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** Rebuilds one bucket [start, start + width) of one grain from the folded live events. */
async function rebuild(trx: Executor, key: HourKey, grain: Grain, start: number, width: number) {
  const r = sql.table(grain.rollups);
  const u = sql.table(grain.uniques);
  const bucket = sql`${new Date(start).toISOString()}::timestamptz`;
  const end = sql`${new Date(start + width).toISOString()}::timestamptz`;
  const where = sql`meter_id = ${key.meterId} and customer_id = ${key.customerId} and dim_key = ${key.dimKey}`;
  const dimensions = sql`${JSON.stringify(key.dimensions)}::jsonb`;
  await sql`
    insert into ${r} (meter_id, customer_id, bucket, dim_key, dimensions, event_count, value_sum)
    values (${key.meterId}, ${key.customerId}, ${bucket}, ${key.dimKey}, ${dimensions}, 0, 0)
    on conflict (meter_id, customer_id, bucket, dim_key) do update set event_count = ${r}.event_count
  `.execute(trx);
  const live = sql`${where} and ts >= ${bucket} and ts < ${end} and cancelled_at is null
    and txid < (select horizon from meter_fold)`;
  await sql`
    with fresh as (
      select count(*) as c, coalesce(sum(value), 0) as s, max(value) as mx, max(ts) as lt,
        (array_agg(identifier order by ts desc, identifier collate "C" desc))[1] as li,
        (array_agg(value order by ts desc, identifier collate "C" desc))[1] as lv
      from meter_events where ${live})
    update ${r} set event_count = fresh.c, value_sum = fresh.s, value_max = fresh.mx,
      last_ts = fresh.lt, last_identifier = fresh.li, last_value = fresh.lv
    from fresh where ${where} and bucket = ${bucket}`.execute(trx);
  await sql`delete from ${r} where ${where} and bucket = ${bucket} and event_count = 0`.execute(trx);
  await sql`delete from ${u} where ${where} and bucket = ${bucket}`.execute(trx);
  await sql`
    insert into ${u} (meter_id, customer_id, bucket, dim_key, dimensions, value, n)
    select ${key.meterId}, ${key.customerId}, ${bucket}, ${key.dimKey}, ${dimensions}, distinct_value, count(*)
    from meter_events where ${live} and distinct_value is not null group by distinct_value`.execute(trx);
}
