import { type Kysely, type Migration, sql } from 'kysely';

export const webhookMigrations: Record<string, Migration> = {
  '0600_events_outbox': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('data', 'jsonb', (c) => c.notNull())
        .addColumn('occurred_at', 'timestamptz', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('dispatched_at', 'timestamptz')
        .execute();
      await sql`create index events_undispatched on events (id) where dispatched_at is null`.execute(db);
      await db.schema.createIndex('events_type').on('events').columns(['type', 'id']).execute();
    },
  },
};
