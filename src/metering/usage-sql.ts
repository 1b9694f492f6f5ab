import { type RawBuilder, sql } from 'kysely';
import { Decimal } from '../core/money/decimal.js';
import type { Period } from '../core/time/period.js';
import type { Executor } from '../db/store.js';
import { cover, type Range } from './cover.js';
import { GRAINS } from './fold.js';
import type { Formula } from './tables.js';
import './tables.js';

export interface UsageSelect {
  readonly meterId: string;
  readonly formula: Formula;
  readonly customerId?: string | undefined;
  /** Many customers at once: one row per customer (in `group`), for one window, no `groupBy`. */
  readonly customerIds?: readonly string[] | undefined;
  readonly filter?: Readonly<Record<string, string>> | null | undefined;
  /** Events whose dimensions match any of these sets are left out. */
  readonly exclude?: readonly Readonly<Record<string, string>>[] | null | undefined;
  /** Consecutive half-open buckets; one bucket for a plain aggregate. */
  readonly buckets: readonly Period[];
  readonly groupBy?: string | undefined;
  /** A fold horizon no newer than the current one (fold.ts), for planning only. */
  readonly horizonHint: string;
}

export interface UsageRow {
  readonly start: Date;
  readonly group: string | null;
  readonly value: Decimal;
}

const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;

function inRanges(column: string, ranges: readonly Range[]): RawBuilder<unknown> {
  const ref = sql.ref(column);
  return sql`(${sql.join(
    ranges.map((r) => sql`(${ref} >= ${ts(r.start)} and ${ref} < ${ts(r.end)})`),
    sql` or `,
  )})`;
}

/** Per formula: the columns each source contributes, and how a bucket combines them. */
function columns(formula: Formula) {
  switch (formula) {
    case 'sum':
      return { rollup: sql`value_sum as v`, raw: sql`value as v`, agg: sql`sum(v)` };
    case 'count':
      return { rollup: sql`event_count::numeric as v`, raw: sql`1::numeric as v`, agg: sql`sum(v)` };
    case 'max':
      return { rollup: sql`value_max as v`, raw: sql`value as v`, agg: sql`max(v)` };
    case 'last':
      return {
        rollup: sql`last_value as v, last_ts as lt, last_identifier as li`,
        raw: sql`value as v, ts as lt, identifier as li`,
        agg: sql`(array_agg(v order by lt desc, li collate "C" desc))[1]`,
      };
    case 'unique_count':
      return { rollup: sql`value as v`, raw: sql`distinct_value as v`, agg: sql`count(distinct v)` };
  }
}

/**
 * The meter's formula per bucket (and per `groupBy` dimension value) in one statement, from the
 * daily and hourly rollups, the raw events of partial hours (see cover.ts) and the raw events the
 * fold has not reached yet. Empty buckets are absent from the result.
 */
export async function selectUsage(executor: Executor, q: UsageSelect): Promise<UsageRow[]> {
  if (q.buckets.length === 0) return [];
  const { days, hours, raw } = cover(q.buckets);
  const cols = columns(q.formula);
  const filters = (prefix: string) => [
    sql`${sql.ref(`${prefix}.meter_id`)} = ${q.meterId}`,
    ...(q.customerId ? [sql`${sql.ref(`${prefix}.customer_id`)} = ${q.customerId}`] : []),
    ...(q.customerIds ? [sql`${sql.ref(`${prefix}.customer_id`)} = any(${[...q.customerIds]}::text[])`] : []),
    ...(q.filter && Object.keys(q.filter).length > 0
      ? [sql`${sql.ref(`${prefix}.dimensions`)} @> ${JSON.stringify(q.filter)}::jsonb`]
      : []),
    ...(q.exclude ?? []).map(
      (set) => sql`not (${sql.ref(`${prefix}.dimensions`)} @> ${JSON.stringify(set)}::jsonb)`,
    ),
  ];
  const unique = q.formula === 'unique_count';
  const parts: RawBuilder<unknown>[] = [];
  for (const [grain, ranges] of [
    [GRAINS[0], hours],
    [GRAINS[1], days],
  ] as const) {
    if (ranges.length === 0) continue;
    const where = [...filters('r'), inRanges('r.bucket', ranges), ...(unique ? [sql`r.n > 0`] : [])];
    parts.push(sql`select r.bucket as t, r.dimensions as d, r.customer_id as c, ${cols.rollup}
      from ${sql.table(unique ? grain.uniques : grain.rollups)} r where ${sql.join(where, sql` and `)}`);
  }
  const folded = [...days, ...hours];
  if (folded.length > 0) {
    // The events not folded yet: at or above the horizon read in this same statement (the snapshot
    // the rollups are read in), so each event counts once. The hint bound only steers the plan: it
    // was read before this statement's snapshot was taken, so it is never newer than the horizon
    // the statement sees (Tariff runs every transaction at READ COMMITTED; a REPEATABLE READ
    // reader could see an older horizon than a hint read since, and must not pass one).
    const tail = [
      sql`e.txid >= ${q.horizonHint}::xid8`,
      sql`e.txid >= (select horizon from meter_fold)`,
      ...filters('e'),
      inRanges('e.ts', folded),
      sql`e.cancelled_at is null`,
    ];
    parts.push(sql`select e.ts as t, e.dimensions as d, e.customer_id as c, ${cols.raw} from meter_events e
      where ${sql.join(tail, sql` and `)}`);
  }
  if (raw.length > 0) {
    const where = [...filters('e'), inRanges('e.ts', raw), sql`e.cancelled_at is null`];
    parts.push(sql`select e.ts as t, e.dimensions as d, e.customer_id as c, ${cols.raw} from meter_events e
      where ${sql.join(where, sql` and `)}`);
  }
  const only = q.buckets[0];
  if (q.customerIds && only) {
    const many = await sql<{ c: string; value: string | number | null }>`
      with p as (${sql.join(parts, sql` union all `)}) select c, ${cols.agg} as value from p group by c`.execute(
      executor,
    );
    return many.rows.map((r) => ({
      start: only.start,
      group: r.c,
      value: new Decimal(String(r.value ?? 0)),
    }));
  }
  if (q.buckets.length === 1 && only && !q.groupBy) {
    // One window, no grouping (billing's aggregate, the month count): no bucket join to plan.
    const one = await sql<{ value: string | number | null }>`
      with p as (${sql.join(parts, sql` union all `)}) select ${cols.agg} as value from p`.execute(executor);
    const value = one.rows[0]?.value;
    return value === null || value === undefined
      ? []
      : [{ start: only.start, group: null, value: new Decimal(String(value)) }];
  }
  const starts = q.buckets.map((b) => b.start.toISOString());
  const ends = q.buckets.map((b) => b.end.toISOString());
  const group = q.groupBy ? sql`p.d ->> ${q.groupBy}` : sql`null::text`;
  const result = await sql<{ s: Date | string; g: string | null; value: string | number | null }>`
    with p as (${sql.join(parts, sql` union all `)}),
    b(s, e) as (select * from unnest(${starts}::timestamptz[], ${ends}::timestamptz[]))
    select b.s as s, ${group} as g, ${cols.agg} as value
    from p join b on p.t >= b.s and p.t < b.e
    group by b.s, g order by b.s, g`.execute(executor);
  return result.rows.map((r) => ({
    start: new Date(r.s),
    group: r.g,
    value: new Decimal(String(r.value ?? 0)),
  }));
}
