import { type RawBuilder, sql } from 'kysely';
import { Decimal } from '../core/money/decimal.js';
import { needsPerEvent, type PercentagePrice } from '../core/pricing/percentage.js';
import type { Executor } from '../db/store.js';
import './tables.js';

export interface FeeSelect {
  readonly meterId: string;
  readonly customerIds: readonly string[];
  readonly filter?: Readonly<Record<string, string>> | null | undefined;
  readonly exclude?: readonly Readonly<Record<string, string>>[] | null | undefined;
  readonly start: Date;
  readonly end: Date;
  readonly price: PercentagePrice;
}

/** True when the fee needs each event (a fixed part or a clamp); a bare percentage is linear in the sum. */
export function feeNeedsEvents(price: PercentagePrice): boolean {
  return needsPerEvent(price) || Boolean(price.fixed_amount_per_event);
}

/** One event's fee of `value` in SQL, `percentageFee` of core/pricing/percentage.ts in `numeric`. */
export function feeOf(p: PercentagePrice, value: RawBuilder<unknown> | ReturnType<typeof sql.ref>) {
  const num = (v: string) => sql`${v}::numeric`;
  let fee = sql`abs(${value}) * ${num(p.percentage)} / 100`;
  if (p.fixed_amount_per_event) fee = sql`${fee} + ${num(p.fixed_amount_per_event)}`;
  if (p.min_per_event) fee = sql`greatest(${fee}, ${num(p.min_per_event)})`;
  if (p.max_per_event) fee = sql`least(${fee}, ${num(p.max_per_event)})`;
  return sql`(case when ${value} < 0 then -1 else 1 end * (${fee}))`;
}

/**
 * Σ fee(event) per customer over the raw events of [start, end), in `numeric`, the same formula
 * as core/pricing/percentage.ts `percentageFee`: clamp(|amount| × p / 100 + fixed, min, max),
 * negated for a negative amount (a refund gives back what the same payment cost). An event of
 * amount 0 still pays the fixed part (clamped), as in the core. Raw events, not rollups: a clamp
 * or a fixed part per event cannot be recovered from an hour's sum. Cancelled events do not count.
 */
export async function selectFees(executor: Executor, q: FeeSelect): Promise<Map<string, Decimal>> {
  const fee = feeOf(q.price, sql.ref('e.value'));
  const filter =
    q.filter && Object.keys(q.filter).length > 0
      ? sql`and e.dimensions @> ${JSON.stringify(q.filter)}::jsonb`
      : sql``;
  const exclude = (q.exclude ?? []).map(
    (set) => sql`and not (e.dimensions @> ${JSON.stringify(set)}::jsonb)`,
  );
  const result = await sql<{ c: string; fee: string | number | null }>`
    select e.customer_id as c,
      sum(${fee}) as fee
    from meter_events e
    where e.meter_id = ${q.meterId} and e.customer_id = any(${[...q.customerIds]}::text[])
      and e.ts >= ${q.start.toISOString()}::timestamptz and e.ts < ${q.end.toISOString()}::timestamptz
      and e.cancelled_at is null ${filter} ${exclude.length > 0 ? sql.join(exclude, sql` `) : sql``}
    group by e.customer_id`.execute(executor);
  return new Map(result.rows.map((r) => [r.c, new Decimal(String(r.fee ?? 0))]));
}
