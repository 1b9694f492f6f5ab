import { type Kysely, type Migration, sql } from 'kysely';

export const alertMigrations: Record<string, Migration> = {
  '0410_alerts': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('alerts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('meter_id', 'text')
        .addColumn('billable_item_id', 'text')
        .addColumn('currency', 'text')
        .addColumn('threshold', 'numeric', (c) => c.notNull())
        .addColumn('title', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('alerts_status').on('alerts').columns(['status', 'customer_id']).execute();
      await db.schema
        .createTable('alert_firings')
        .addColumn('alert_id', 'text', (c) => c.notNull())
        .addColumn('period_key', 'text', (c) => c.notNull())
        .addColumn('value', 'numeric', (c) => c.notNull())
        .addColumn('fired_at', 'timestamptz', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addPrimaryKeyConstraint('alert_firings_pk', ['alert_id', 'period_key'])
        .execute();
    },
  },
};
