import type { Kysely, Migration } from 'kysely';
import { attachAudit } from '../audit/migrations.js';

export const paymentMigrations: Record<string, Migration> = {
  '0500_payments': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('payment_settings')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('provider', 'text', (c) => c.notNull())
        .addColumn('stripe_secret_key', 'text')
        .addColumn('stripe_webhook_secret', 'text')
        .addColumn('stripe_api_base', 'text')
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('stripe_customers')
        .addColumn('customer_id', 'text', (c) => c.primaryKey())
        .addColumn('stripe_id', 'text', (c) => c.notNull())
        .addColumn('synced_hash', 'text', (c) => c.notNull())
        .addColumn('synced_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('stripe_invoices')
        .addColumn('invoice_id', 'text', (c) => c.primaryKey())
        .addColumn('stripe_id', 'text', (c) => c.notNull().unique())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('hosted_invoice_url', 'text')
        .addColumn('generation', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('pushed_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('stripe_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('received_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('payment_sync_log')
        .addColumn('event_id', 'text', (c) => c.primaryKey())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('error', 'text')
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('processed_at', 'timestamptz', (c) => c.notNull())
        .execute();
    },
  },
  '0510_dunning': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('dunning_steps')
        .addColumn('invoice_id', 'text', (c) => c.notNull())
        .addColumn('step', 'text', (c) => c.notNull())
        .addColumn('scheduled_at', 'timestamptz', (c) => c.notNull())
        .addColumn('taken_at', 'timestamptz', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('dunning_steps_pkey', ['invoice_id', 'step'])
        .execute();
      // Each reminder, retry and final action is recorded under its invoice in the audit log.
      await attachAudit(db, 'dunning_steps', 'invoice_id');
    },
  },
};
