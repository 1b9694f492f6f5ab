import { type Kysely, type Migration, type RawBuilder, sql } from 'kysely';
import { attachAudit } from '../audit/migrations.js';

export const meteringMigrations: Record<string, Migration> = {
  '0100_metering': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('meters')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('event_name', 'text', (c) => c.notNull().unique())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('formula', 'text', (c) => c.notNull())
        .addColumn('customer_key', 'text', (c) => c.notNull())
        .addColumn('value_key', 'text', (c) => c.notNull())
        .addColumn('dimension_keys', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('deactivated_at', 'timestamptz')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema
        .createTable('meter_events')
        .addColumn('meter_id', 'text', (c) => c.notNull())
        .addColumn('identifier', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('ts', 'timestamptz', (c) => c.notNull())
        .addColumn('value', 'numeric', (c) => c.notNull())
        .addColumn('distinct_value', 'text')
        .addColumn('dim_key', 'text', (c) => c.notNull())
        .addColumn('dimensions', 'jsonb', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .addColumn('cancelled_at', 'timestamptz')
        .addPrimaryKeyConstraint('meter_events_pk', ['meter_id', 'identifier'])
        .execute();
      // Edges of a window and the recomputation of one hour after a cancel read raw events by
      // (meter, customer, time); nothing else scans them.
      await db.schema
        .createIndex('meter_events_customer_ts')
        .on('meter_events')
        .columns(['meter_id', 'customer_id', 'ts'])
        .execute();
      await db.schema
        .createTable('meter_rollups')
        .addColumn('meter_id', 'text', (c) => c.notNull())
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('bucket', 'timestamptz', (c) => c.notNull())
        .addColumn('dim_key', 'text', (c) => c.notNull())
        .addColumn('dimensions', 'jsonb', (c) => c.notNull())
        .addColumn('event_count', 'bigint', (c) => c.notNull())
        .addColumn('value_sum', 'numeric', (c) => c.notNull())
        .addColumn('value_max', 'numeric')
        .addColumn('last_ts', 'timestamptz')
        .addColumn('last_identifier', 'text')
        .addColumn('last_value', 'numeric')
        .addPrimaryKeyConstraint('meter_rollups_pk', ['meter_id', 'customer_id', 'bucket', 'dim_key'])
        // Room on each page so that the constant re-updates of the current hour stay HOT.
        .modifyEnd(sql`with (fillfactor = 70)`)
        .execute();
      await db.schema
        .createTable('meter_uniques')
        .addColumn('meter_id', 'text', (c) => c.notNull())
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('bucket', 'timestamptz', (c) => c.notNull())
        .addColumn('dim_key', 'text', (c) => c.notNull())
        .addColumn('dimensions', 'jsonb', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('n', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('meter_uniques_pk', [
          'meter_id',
          'customer_id',
          'bucket',
          'dim_key',
          'value',
        ])
        .execute();
      await db.schema
        .createTable('meter_event_adjustments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('meter_id', 'text', (c) => c.notNull())
        .addColumn('identifier', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('meter_event_adjustments_event')
        .on('meter_event_adjustments')
        .columns(['meter_id', 'identifier'])
        .execute();
    },
  },
  // Rollups are folded from committed events by the worker instead of in the ingesting statement
  // (fold.ts). Each event remembers the transaction that wrote it; `meter_fold.horizon` says
  // which transactions are folded: every transaction below it has finished, and its events are
  // in the rollups. The events already stored were rolled up in their own transaction, so the
  // horizon starts just above the transaction that adds the column.
  '0101_rollup_fold': {
    async up(db: Kysely<unknown>) {
      await sql`alter table meter_events add column txid xid8 not null default pg_current_xact_id()`.execute(
        db,
      );
      await sql`create index meter_events_txid on meter_events (txid)`.execute(db);
      await sql`create table meter_fold (id int primary key check (id = 1), horizon xid8 not null)`.execute(
        db,
      );
      await sql`insert into meter_fold (id, horizon)
        values (1, ((pg_current_xact_id()::text)::numeric + 1)::text::xid8)`.execute(db);
    },
  },
  // A second grain: the fold keeps UTC-day rollups beside the hourly ones, so a month reads about
  // 30 rows per dimension set however busy it was (cover.ts). Filled from the hourly rollups.
  '0102_daily_rollups': {
    async up(db: Kysely<unknown>) {
      // No fold may commit between the copy below and this migration's commit (fold.ts's lock).
      await sql`select pg_advisory_xact_lock(7310001)`.execute(db);
      await sql`create table meter_rollups_day (like meter_rollups including all)`.execute(db);
      await sql`create table meter_uniques_day (like meter_uniques including all)`.execute(db);
      await sql`
        insert into meter_rollups_day (meter_id, customer_id, bucket, dim_key, dimensions, event_count,
          value_sum, value_max, last_ts, last_identifier, last_value)
        select meter_id, customer_id, date_bin('1 day', bucket, timestamptz 'epoch'), dim_key,
          min(dimensions::text)::jsonb, sum(event_count), sum(value_sum), max(value_max), max(last_ts),
          (array_agg(last_identifier order by last_ts desc nulls last, last_identifier collate "C" desc))[1],
          (array_agg(last_value order by last_ts desc nulls last, last_identifier collate "C" desc))[1]
        from meter_rollups group by 1, 2, 3, 4`.execute(db);
      await sql`
        insert into meter_uniques_day (meter_id, customer_id, bucket, dim_key, dimensions, value, n)
        select meter_id, customer_id, date_bin('1 day', bucket, timestamptz 'epoch'), dim_key,
          min(dimensions::text)::jsonb, value, sum(n)
        from meter_uniques group by 1, 2, 3, 4, 6`.execute(db);
    },
  },
  // Room on each page, as the hourly table has had from the start: the fold re-updates the same
  // day rows every few hundred milliseconds, and a full page makes every update a non-HOT one
  // (new index entries, twice the cost per fold). Applies to pages written from now on.
  '0103_rollup_fillfactor': {
    async up(db: Kysely<unknown>) {
      for (const table of ['meter_rollups_day', 'meter_uniques', 'meter_uniques_day'])
        await sql`alter table ${sql.table(table)} set (fillfactor = 70)`.execute(db);
    },
  },
  // A customer's unfolded events, found by (customer, txid): a read of one customer's usage
  // (usage-sql.ts) takes the events at or above the fold horizon from this index alone, a cost
  // bounded by that customer's own unfolded events. Through `meter_events_txid` it walked every
  // customer's unfolded events (40,000 index entries for the 40 it wanted, in a fold's lag at
  // 50,000 events/s). Without `meter_id`: half the size of (meter_id, customer_id, txid), and
  // about 17 % more time per 2,000-row insert instead of 25 % (interleaved runs of the statement,
  // medians). The fold keeps `meter_events_txid`: it reads every customer's events.
  '0105_unfolded_by_customer': {
    async up(db: Kysely<unknown>) {
      await sql`create index meter_events_customer_txid on meter_events (customer_id, txid)`.execute(db);
    },
  },
  // Partitioned by a hash of the customer (docs/scaling.md#partitioned-tables): every usage read,
  // fold batch and billing close is per customer, so it touches one partition of eight; a
  // partition can be detached, archived or moved to another PostgreSQL server (a postgres_fdw
  // foreign table attached in its place) without touching the others. Deduplication moves to its
  // own table, `meter_event_keys`: a unique key on a partitioned table must contain the partition
  // key, and (meter, identifier) must be unique across all customers. It stays on the primary
  // beside the catalog, and also tells where an identifier's event lives (its customer and time),
  // so a lookup by identifier reads one partition through `meter_events_customer_ts`.
  '0106_partitioned_events': {
    async up(db: Kysely<unknown>) {
      // No fold may run while the tables are rebuilt (fold.ts's lock, as 0102).
      await sql`select pg_advisory_xact_lock(7310001)`.execute(db);
      await db.schema
        .createTable('meter_event_keys')
        .addColumn('meter_id', 'text', (c) => c.notNull())
        .addColumn('identifier', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('ts', 'timestamptz', (c) => c.notNull())
        .addPrimaryKeyConstraint('meter_event_keys_pk', ['meter_id', 'identifier'])
        .execute();
      await sql`insert into meter_event_keys (meter_id, identifier, id, customer_id, ts)
        select meter_id, identifier, id, customer_id, ts from meter_events`.execute(db);
      await partitionByCustomer(db, 'meter_events', [
        sql`create index meter_events_customer_ts on meter_events (meter_id, customer_id, ts)`,
        sql`create index meter_events_txid on meter_events (txid)`,
        sql`create index meter_events_customer_txid on meter_events (customer_id, txid)`,
      ]);
      const rollupKey = ['meter_id', 'customer_id', 'bucket', 'dim_key'];
      for (const [table, key] of [
        ['meter_rollups', rollupKey],
        ['meter_rollups_day', rollupKey],
        ['meter_uniques', [...rollupKey, 'value']],
        ['meter_uniques_day', [...rollupKey, 'value']],
      ] as const)
        await partitionByCustomer(
          db,
          table,
          [
            sql`alter table ${sql.table(table)} add constraint ${sql.id(`${table}_pk`)} primary key (${sql.join(key.map((k) => sql.id(k)))})`,
          ],
          // Room on each page for the fold's re-updates of the current hour and day (0103).
          sql`with (fillfactor = 70)`,
        );
    },
  },
  // Stripe's v2 meter event stream (stripe/v2-routes.ts): short-lived sessions whose token
  // authenticates the stream (only its SHA-256 is stored, in `hash`, which the audit log redacts),
  // bound to the API key that created them; and the per-event errors the stream reports
  // asynchronously, kept to be listed.
  '0104_meter_event_stream': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('meter_event_sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('api_key_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('meter_event_stream_errors')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('session_id', 'text', (c) => c.notNull())
        .addColumn('api_key_id', 'text', (c) => c.notNull())
        .addColumn('event_name', 'text')
        .addColumn('identifier', 'text')
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('param', 'text')
        .addColumn('event', 'jsonb', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await attachAudit(db, 'meter_event_sessions');
      await attachAudit(db, 'meter_event_stream_errors');
    },
  },
};

/** How many hash partitions of the customer the metering tables have (0106). */
export const CUSTOMER_PARTITIONS = 8;

/**
 * Rebuilds `table` as a table partitioned by `hash(customer_id)` into CUSTOMER_PARTITIONS
 * partitions named `<table>_p<n>`, with the same columns and defaults and the same rows. The
 * indexes are created after the copy (one sort each instead of a row-by-row insert), and after the
 * old table is gone, since index names are unique per schema.
 */
async function partitionByCustomer(
  db: Kysely<unknown>,
  table: string,
  indexes: readonly RawBuilder<unknown>[],
  storage: RawBuilder<unknown> = sql``,
): Promise<void> {
  const old = `${table}_unpartitioned`;
  await sql`alter table ${sql.table(table)} rename to ${sql.id(old)}`.execute(db);
  await sql`create table ${sql.table(table)} (like ${sql.table(old)} including defaults)
    partition by hash (customer_id)`.execute(db);
  for (let n = 0; n < CUSTOMER_PARTITIONS; n++)
    await sql`create table ${sql.id(`${table}_p${n}`)} partition of ${sql.table(table)}
      for values with (modulus ${sql.lit(CUSTOMER_PARTITIONS)}, remainder ${sql.lit(n)}) ${storage}`.execute(
      db,
    );
  await sql`insert into ${sql.table(table)} select * from ${sql.table(old)}`.execute(db);
  await sql`drop table ${sql.table(old)}`.execute(db);
  for (const index of indexes) await index.execute(db);
}
