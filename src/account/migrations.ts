import { type Kysely, type Migration, sql } from 'kysely';

export const accountMigrations: Record<string, Migration> = {
  '0002_account': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('account')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('UTC'))
        .addColumn('default_currency', 'text', (c) => c.notNull().defaultTo('USD'))
        .addColumn('invoice_prefix', 'text', (c) => c.notNull().defaultTo('TRF'))
        .addColumn('grace_period_seconds', 'integer', (c) => c.notNull().defaultTo(3600))
        .addColumn('event_past_window_seconds', 'integer', (c) => c.notNull().defaultTo(35 * 86400))
        .addColumn('event_future_window_seconds', 'integer', (c) => c.notNull().defaultTo(300))
        .addColumn('tax_registration_number', 'text')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      // Tariff is one account per installation; the row exists from the first migration on.
      await sql`insert into account (id, name) values ('acct_default', 'Tariff') on conflict do nothing`.execute(
        db,
      );
    },
  },
  // Who issues the invoices, as a Japanese qualified invoice prints it (住所, 電話, 振込先).
  '0004_account_issuer_details': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('account')
        .addColumn('address', 'jsonb')
        .addColumn('phone', 'text')
        .addColumn('bank_transfer', 'jsonb')
        .execute();
    },
  },
  // Payment terms and the dunning schedule; null is the default (net 30, DEFAULT_DUNNING).
  '0005_account_dunning': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('account')
        .addColumn('payment_terms', 'jsonb')
        .addColumn('dunning', 'jsonb')
        .execute();
    },
  },
};
