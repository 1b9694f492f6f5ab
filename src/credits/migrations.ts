import { type Kysely, type Migration, sql } from 'kysely';

export const creditMigrations: Record<string, Migration> = {
  '0400_credit_grants': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('credit_grants')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('currency', 'text', (c) => c.notNull())
        .addColumn('amount', 'numeric', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('applicability', 'jsonb', (c) => c.notNull())
        .addColumn('priority', 'integer', (c) => c.notNull())
        .addColumn('effective_at', 'timestamptz')
        .addColumn('expires_at', 'timestamptz')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('source_key', 'text', (c) => c.unique())
        .addColumn('subscription_id', 'text')
        .addColumn('invoice_id', 'text')
        .addColumn('name', 'text')
        .addColumn('metadata', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
        .addColumn('voided_at', 'timestamptz')
        .addColumn('expired_at', 'timestamptz')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('credit_grants_customer')
        .on('credit_grants')
        .columns(['customer_id', 'currency'])
        .execute();
      await db.schema
        .createIndex('credit_grants_expiry')
        .on('credit_grants')
        .columns(['status', 'expires_at'])
        .execute();
      await db.schema
        .createTable('credit_transactions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('grant_id', 'text', (c) => c.notNull())
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('currency', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('amount', 'numeric', (c) => c.notNull())
        .addColumn('invoice_id', 'text')
        .addColumn('invoice_line_id', 'text')
        .addColumn('occurred_at', 'timestamptz', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema
        .createIndex('credit_transactions_grant')
        .on('credit_transactions')
        .column('grant_id')
        .execute();
      await db.schema
        .createIndex('credit_transactions_customer')
        .on('credit_transactions')
        .columns(['customer_id', 'id'])
        .execute();
      await db.schema
        .createIndex('credit_transactions_invoice')
        .on('credit_transactions')
        .column('invoice_id')
        .execute();
    },
  },
  '0401_top_ups': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('top_ups')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('currency', 'text', (c) => c.notNull())
        .addColumn('amount', 'numeric', (c) => c.notNull())
        .addColumn('grant_id', 'text', (c) => c.notNull())
        .addColumn('invoice_id', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('automatic', 'boolean', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('top_ups_customer')
        .on('top_ups')
        .columns(['customer_id', 'status'])
        .execute();
      await db.schema
        .createTable('auto_top_ups')
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('currency', 'text', (c) => c.notNull())
        .addColumn('threshold', 'numeric', (c) => c.notNull())
        .addColumn('amount', 'numeric', (c) => c.notNull())
        .addColumn('enabled', 'boolean', (c) => c.notNull())
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
        .addPrimaryKeyConstraint('auto_top_ups_pk', ['customer_id', 'currency'])
        .execute();
    },
  },
  '0402_credit_usage_keys': {
    async up(db: Kysely<unknown>) {
      // which billable item and service interval a consumption paid for, so a negative late
      // adjustment of that usage can give the credit back to the grants that paid for it
      await db.schema
        .alterTable('credit_transactions')
        .addColumn('billable_item_id', 'text')
        .addColumn('period_start', 'timestamptz')
        .addColumn('period_end', 'timestamptz')
        .addColumn('reason', 'text')
        .execute();
      await db.schema
        .createIndex('credit_transactions_usage')
        .on('credit_transactions')
        .columns(['customer_id', 'billable_item_id'])
        .execute();
    },
  },
  '0403_grant_deferred_amount': {
    async up(db: Kysely<unknown>) {
      // what a paid grant's invoice deferred (net of inclusive tax), so consumption and breakage
      // release exactly that from deferred revenue (src/core/revenue/paid-credit-deferral.ts)
      await db.schema.alterTable('credit_grants').addColumn('deferred_amount', 'numeric').execute();
    },
  },
};
