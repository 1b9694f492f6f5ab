import { type Kysely, type Migration, sql } from 'kysely';

export const customerMigrations: Record<string, Migration> = {
  '0010_customers': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('customers')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('external_id', 'text', (c) => c.unique())
        .addColumn('name', 'text')
        .addColumn('email', 'text')
        .addColumn('currency', 'text')
        .addColumn('billing_details', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
        .addColumn('test_clock', 'text')
        .addColumn('metadata', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema.createIndex('customers_test_clock').on('customers').column('test_clock').execute();
    },
  },
  // A customer's own payment terms (e.g. 月末締め翌月末払い for one client); null: the account's.
  '0012_customers_dunning': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('customers').addColumn('payment_terms', 'jsonb').execute();
    },
  },
};
