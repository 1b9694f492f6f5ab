import type { Kysely, Migration } from 'kysely';

export const balanceMigrations: Record<string, Migration> = {
  '0330_customer_balance': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('balance_transactions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('currency', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('amount', 'numeric', (c) => c.notNull())
        .addColumn('ending_balance', 'numeric', (c) => c.notNull())
        .addColumn('invoice_id', 'text')
        .addColumn('credit_note_id', 'text')
        .addColumn('description', 'text')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('balance_transactions_customer')
        .on('balance_transactions')
        .columns(['customer_id', 'id'])
        .execute();
      await db.schema
        .createTable('customer_balances')
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('currency', 'text', (c) => c.notNull())
        .addColumn('balance', 'numeric', (c) => c.notNull())
        .addPrimaryKeyConstraint('customer_balances_pk', ['customer_id', 'currency'])
        .execute();
    },
  },
};
