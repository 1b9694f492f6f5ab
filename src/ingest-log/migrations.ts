import { type Kysely, type Migration, sql } from 'kysely';

/**
 * The ingest log's state in PostgreSQL (0190, in metering's range: the log feeds meter_events).
 * - ingest_partitions: per partition, the stream sequence applied so far (the checkpoint, moved
 *   in the same transaction as the events it applied) and the lease: which worker applies it, until when.
 * - ingest_workers: live apply workers (heartbeats), so each takes its fair share of partitions.
 * - ingest_log_refusals: events a worker did not store (a duplicate of an event stored before,
 *   a meter deactivated after the API accepted it): reported asynchronously, as Stripe's v2
 *   stream reports errors.
 */
export const ingestLogMigrations: Record<string, Migration> = {
  '0190_ingest_log': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('ingest_partitions')
        .addColumn('partition', 'integer', (c) => c.primaryKey())
        .addColumn('checkpoint', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('owner', 'text')
        .addColumn('lease_until', 'timestamptz')
        .addColumn('applied_at', 'timestamptz')
        .execute();
      await db.schema
        .createTable('ingest_workers')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('seen_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('ingest_log_refusals')
        .addColumn('event_id', 'text', (c) => c.primaryKey())
        .addColumn('partition', 'integer', (c) => c.notNull())
        .addColumn('sequence', 'bigint', (c) => c.notNull())
        .addColumn('meter_id', 'text', (c) => c.notNull())
        .addColumn('identifier', 'text', (c) => c.notNull())
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('value', 'numeric', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema
        .createIndex('ingest_log_refusals_created')
        .on('ingest_log_refusals')
        .columns(['created_at', 'event_id'])
        .execute();
    },
  },
};
