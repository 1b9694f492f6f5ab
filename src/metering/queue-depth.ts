import { type RawBuilder, sql } from 'kysely';

// Events not yet folded into rollups: at or past the fold's horizon.
const unfolded = sql`meter_events where txid >= (select horizon from meter_fold where id = 1)`;

/** How many events wait for the fold, counted up to `cap` so a scrape stays cheap. */
export function unfoldedEventsCount(cap: number): RawBuilder<number> {
  return sql<number>`(select count(*) from (select 1 from ${unfolded} limit ${cap}) u)`;
}

/** Seconds since the oldest unfolded event arrived (null when none waits). */
export function ingestionLagSeconds(now: Date): RawBuilder<number | null> {
  return sql<number | null>`(select extract(epoch from (${now}::timestamptz - created_at)) from ${unfolded}
    order by txid limit 1)`;
}
