import { sql } from 'kysely';
import type { Db } from '../db/store.js';
import './tables.js';

/**
 * Partition leases in PostgreSQL (a lease table rather than advisory locks: a lease survives a
 * pooled connection being recycled, expires by itself when its worker is killed, and can be read
 * by anyone). Every tick a worker renews its leases, counts the live workers (heartbeats) and
 * moves towards its fair share, ceil(partitions / live workers): it claims free or expired
 * partitions, or releases its extras when a new worker joined.
 *
 * A lease is an efficiency, not the guarantee: the apply transaction locks the partition row and
 * checks the owner and the checkpoint (apply.ts), so two workers that both believe they hold a
 * partition for a moment still apply each message once.
 */
export function createLeases(db: Db, options: { workerId: string; partitions: number; leaseMs: number }) {
  const { workerId: me, partitions, leaseMs } = options;
  const lease = sql`(now() + ${leaseMs} * interval '1 millisecond')`;
  return {
    /** Creates the partitions' rows (once, idempotent). */
    async init(): Promise<void> {
      await sql`insert into ingest_partitions (partition) select generate_series(0, ${partitions - 1})
        on conflict (partition) do nothing`.execute(db);
    },
    /** Heartbeat, renew, rebalance; returns the partitions this worker holds now. */
    async tick(): Promise<number[]> {
      await sql`insert into ingest_workers (id, seen_at) values (${me}, now())
        on conflict (id) do update set seen_at = now()`.execute(db);
      await sql`delete from ingest_workers where seen_at < now() - ${leaseMs * 3} * interval '1 millisecond'`.execute(
        db,
      );
      const live = await sql<{ n: string }>`select count(*) as n from ingest_workers
        where seen_at > now() - ${leaseMs} * interval '1 millisecond'`.execute(db);
      const share = Math.ceil(partitions / Math.max(1, Number(live.rows[0]?.n ?? 1)));
      const held = await sql<{ partition: number }>`update ingest_partitions set lease_until = ${lease}
        where owner = ${me} and partition < ${partitions} returning partition`.execute(db);
      let owned = held.rows.map((r) => r.partition).sort((a, b) => a - b);
      if (owned.length > share) {
        const extras = owned.slice(share);
        await sql`update ingest_partitions set owner = null, lease_until = null
          where owner = ${me} and partition = any(${extras}::int[])`.execute(db);
        owned = owned.slice(0, share);
      } else if (owned.length < share) {
        const claimed = await sql<{
          partition: number;
        }>`update ingest_partitions set owner = ${me}, lease_until = ${lease}
          where partition in (
            select partition from ingest_partitions
            where partition < ${partitions} and (owner is null or lease_until < now())
            order by partition limit ${share - owned.length} for update skip locked)
          returning partition`.execute(db);
        owned = [...owned, ...claimed.rows.map((r) => r.partition)].sort((a, b) => a - b);
      }
      return owned;
    },
    /** Gives every lease back at once (a clean stop), so the others take over without waiting. */
    async releaseAll(): Promise<void> {
      await sql`update ingest_partitions set owner = null, lease_until = null where owner = ${me}`.execute(
        db,
      );
      await sql`delete from ingest_workers where id = ${me}`.execute(db);
    },
  };
}
