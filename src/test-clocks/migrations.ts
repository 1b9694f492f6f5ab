import { type Kysely, type Migration, sql } from 'kysely';

export const testClockMigrations: Record<string, Migration> = {
  '0011_test_clocks': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('test_clocks')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text')
        .addColumn('frozen_time', 'timestamptz', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('ready'))
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
    },
  },
};
