import { Decimal } from '../core/money/decimal.js';
import type { Period } from '../core/time/period.js';
import { SqlText } from '../db/sql-text.js';
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

/** `(col >= $a and col < $b) or …`, inside an outer bound on the whole span, so the index's `ts` range applies. */
function inRanges(q: SqlText, column: string, ranges: readonly Range[]): void {
  const first = ranges[0] as Range;
  const last = ranges[ranges.length - 1] as Range;
  q.text(`${column} >= `).value(first.start.toISOString(), 'timestamptz');
  q.text(` and ${column} < `).value(last.end.toISOString(), 'timestamptz').text(' and (');
  q.join(ranges, ' or ', (r) => {
    q.text(`(${column} >= `).value(r.start.toISOString(), 'timestamptz');
    q.text(` and ${column} < `).value(r.end.toISOString(), 'timestamptz').text(')');
  });
  q.text(')');
}

/** Per formula: the columns each source contributes, and how a bucket combines them. */
function columns(formula: Formula) {
  switch (formula) {
    case 'sum':
      return { rollup: 'value_sum as v', raw: 'value as v', agg: 'sum(v)' };
    case 'count':
      return { rollup: 'event_count::numeric as v', raw: '1::numeric as v', agg: 'sum(v)' };
    case 'max':
      return { rollup: 'value_max as v', raw: 'value as v', agg: 'max(v)' };
    case 'last':
      return {
        rollup: 'last_value as v, last_ts as lt, last_identifier as li',
        raw: 'value as v, ts as lt, identifier as li',
        agg: '(array_agg(v order by lt desc, li collate "C" desc))[1]',
      };
    case 'unique_count':
      return { rollup: 'value as v', raw: 'distinct_value as v', agg: 'count(distinct v)' };
  }
}

/** The conditions every source shares (alias `r` or `e`): meter, customer(s), dimensions. */
function filters(q: SqlText, u: UsageSelect, alias: string): void {
  q.text(`${alias}.meter_id = `).value(u.meterId);
  if (u.customerId) q.text(` and ${alias}.customer_id = `).value(u.customerId);
  if (u.customerIds)
    q.text(` and ${alias}.customer_id = any(`)
      .value([...u.customerIds], 'text[]')
      .text(')');
  if (u.filter && Object.keys(u.filter).length > 0)
    q.text(` and ${alias}.dimensions @> `).value(JSON.stringify(u.filter), 'jsonb');
  for (const set of u.exclude ?? [])
    q.text(` and not (${alias}.dimensions @> `).value(JSON.stringify(set), 'jsonb').text(')');
}

/**
 * The union of sources the buckets are read from (see `selectUsage`), as the CTE `p`: columns
 * t (time), d (dimensions), c (customer) and the formula's own.
 */
function sources(q: SqlText, u: UsageSelect): void {
  const { days, hours, raw } = cover(u.buckets);
  const cols = columns(u.formula);
  const unique = u.formula === 'unique_count';
  let first = true;
  const part = () => {
    if (!first) q.text(' union all ');
    first = false;
  };
  for (const [grain, ranges] of [
    [GRAINS[0], hours],
    [GRAINS[1], days],
  ] as const) {
    if (ranges.length === 0) continue;
    part();
    const table = unique ? grain.uniques : grain.rollups;
    q.text(
      `select r.bucket as t, r.dimensions as d, r.customer_id as c, ${cols.rollup} from ${table} r where `,
    );
    filters(q, u, 'r');
    q.text(' and ');
    inRanges(q, 'r.bucket', ranges);
    if (unique) q.text(' and r.n > 0');
  }
  const folded = [...days, ...hours].sort((a, b) => a.start.getTime() - b.start.getTime());
  if (folded.length > 0) {
    // The events not folded yet: at or above the horizon read in this same statement (the snapshot
    // the rollups are read in), so each event counts once. The hint bound only steers the plan: it
    // was read before this statement's snapshot was taken, so it is never newer than the horizon
    // the statement sees (Tariff runs every transaction at READ COMMITTED; a REPEATABLE READ
    // reader could see an older horizon than a hint read since, and must not pass one).
    part();
    q.text(
      `select e.ts as t, e.dimensions as d, e.customer_id as c, ${cols.raw} from meter_events e where e.txid >= `,
    );
    q.value(u.horizonHint, 'xid8').text(' and e.txid >= (select horizon from meter_fold) and ');
    filters(q, u, 'e');
    q.text(' and ');
    inRanges(q, 'e.ts', folded);
    q.text(' and e.cancelled_at is null');
  }
  if (raw.length > 0) {
    part();
    q.text(`select e.ts as t, e.dimensions as d, e.customer_id as c, ${cols.raw} from meter_events e where `);
    filters(q, u, 'e');
    q.text(' and ');
    inRanges(q, 'e.ts', raw);
    q.text(' and e.cancelled_at is null');
  }
}

/**
 * The meter's formula per bucket (and per `groupBy` dimension value) in one statement, from the
 * daily and hourly rollups, the raw events of partial hours (see cover.ts) and the raw events the
 * fold has not reached yet. Empty buckets are absent from the result. Built as text with bound
 * parameters (db/sql-text.ts): it runs on every entitlement check.
 */
export async function selectUsage(executor: Executor, u: UsageSelect): Promise<UsageRow[]> {
  if (u.buckets.length === 0) return [];
  const agg = columns(u.formula).agg;
  const q = new SqlText().text('with p as (');
  sources(q, u);
  q.text(')');
  const only = u.buckets[0];
  if (u.customerIds && only) {
    q.text(` select c, ${agg} as value from p group by c`);
    const many = await q
      .build<{ c: string; value: string | number | null }>({ prepared: true })
      .execute(executor);
    return many.rows.map((r) => ({
      start: only.start,
      group: r.c,
      value: new Decimal(String(r.value ?? 0)),
    }));
  }
  if (u.buckets.length === 1 && only && !u.groupBy) {
    // One window, no grouping (billing's aggregate, the month count): no bucket join to plan.
    q.text(` select ${agg} as value from p`);
    const one = await q.build<{ value: string | number | null }>({ prepared: true }).execute(executor);
    const value = one.rows[0]?.value;
    return value === null || value === undefined
      ? []
      : [{ start: only.start, group: null, value: new Decimal(String(value)) }];
  }
  const starts = u.buckets.map((b) => b.start.toISOString());
  const ends = u.buckets.map((b) => b.end.toISOString());
  q.text(', b(s, e) as (select * from unnest(').value(starts, 'timestamptz[]').text(', ');
  q.value(ends, 'timestamptz[]').text(')) select b.s as s, ');
  if (u.groupBy) q.text('p.d ->> ').value(u.groupBy);
  else q.text('null::text');
  q.text(` as g, ${agg} as value from p join b on p.t >= b.s and p.t < b.e group by b.s, g order by b.s, g`);
  const result = await q
    .build<{ s: Date | string; g: string | null; value: string | number | null }>({ prepared: true })
    .execute(executor);
  return result.rows.map((r) => ({
    start: new Date(r.s),
    group: r.g,
    value: new Decimal(String(r.value ?? 0)),
  }));
}
