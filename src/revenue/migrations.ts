import { type Kysely, type Migration, sql } from 'kysely';

export const revenueMigrations: Record<string, Migration> = {
  '0450_revenue_journal': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('journal_transactions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('key', 'text', (c) => c.notNull().unique())
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('currency', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('source_id', 'text')
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('recognized_at', 'timestamptz', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema
        .createIndex('journal_transactions_source')
        .on('journal_transactions')
        .column('source_id')
        .execute();
      await db.schema
        .createTable('journal_entries')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('transaction_id', 'text', (c) => c.notNull())
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('account', 'text', (c) => c.notNull())
        .addColumn('debit', 'numeric', (c) => c.notNull())
        .addColumn('credit', 'numeric', (c) => c.notNull())
        .addColumn('currency', 'text', (c) => c.notNull())
        .addColumn('recognized_at', 'timestamptz', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('source_id', 'text')
        .addColumn('billable_item_id', 'text')
        .execute();
      await db.schema
        .createIndex('journal_entries_time')
        .on('journal_entries')
        .columns(['recognized_at', 'id'])
        .execute();
      await db.schema
        .createIndex('journal_entries_customer')
        .on('journal_entries')
        .columns(['customer_id', 'recognized_at'])
        .execute();
      await db.schema
        .createIndex('journal_entries_transaction')
        .on('journal_entries')
        .column('transaction_id')
        .execute();
      await db.schema
        .createTable('revenue_usage')
        .addColumn('subscription_id', 'text', (c) => c.notNull())
        .addColumn('billable_item_id', 'text', (c) => c.notNull())
        .addColumn('period_start', 'timestamptz', (c) => c.notNull())
        .addColumn('period_end', 'timestamptz', (c) => c.notNull())
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('currency', 'text', (c) => c.notNull())
        .addColumn('recognized', 'numeric', (c) => c.notNull())
        .addColumn('recognized_through', 'timestamptz', (c) => c.notNull())
        .addColumn('invoice_id', 'text')
        .addPrimaryKeyConstraint('revenue_usage_pk', ['subscription_id', 'billable_item_id', 'period_start'])
        .execute();
      await db.schema
        .createTable('deferred_schedules')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('invoice_id', 'text', (c) => c.notNull())
        .addColumn('line_id', 'text', (c) => c.notNull().unique())
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('currency', 'text', (c) => c.notNull())
        .addColumn('billable_item_id', 'text')
        .addColumn('amount', 'numeric', (c) => c.notNull())
        .addColumn('period_start', 'timestamptz', (c) => c.notNull())
        .addColumn('period_end', 'timestamptz', (c) => c.notNull())
        .addColumn('recognized', 'numeric', (c) => c.notNull())
        .addColumn('recognized_through', 'timestamptz', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('deferred_schedules_status')
        .on('deferred_schedules')
        .columns(['status', 'period_start'])
        .execute();
    },
  },
  '0451_journal_test_clock': {
    async up(db: Kysely<unknown>) {
      for (const table of ['journal_transactions', 'journal_entries', 'deferred_schedules'])
        await sql`alter table ${sql.table(table)} add column if not exists test_clock text`.execute(db);
      await stampTestClocks(db);
      await sql`create index if not exists journal_entries_test_clock
        on journal_entries (test_clock, recognized_at) where test_clock is not null`.execute(db);
    },
  },
};

/**
 * Rows booked before entries carried their test clock take their customer's (a customer's clock
 * never changes). A migration runs before any service exists, so this reads the customers table.
 */
export async function stampTestClocks(db: Kysely<unknown>): Promise<void> {
  for (const table of ['journal_transactions', 'journal_entries', 'deferred_schedules']) {
    await sql`
      update ${sql.table(table)} as r set test_clock = c.test_clock
      from customers as c
      where c.id = r.customer_id and c.test_clock is not null and r.test_clock is null`.execute(db);
  }
}
