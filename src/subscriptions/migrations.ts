import { type Kysely, type Migration, sql } from 'kysely';
import { attachAudit } from '../audit/migrations.js';

export const subscriptionMigrations: Record<string, Migration> = {
  '0300_subscriptions': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('subscriptions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('test_clock', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('currency', 'text', (c) => c.notNull())
        .addColumn('plan_id', 'text', (c) => c.notNull())
        .addColumn('plan_version', 'integer', (c) => c.notNull())
        .addColumn('plan', 'jsonb', (c) => c.notNull())
        .addColumn('quantities', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
        .addColumn('cadence_unit', 'text', (c) => c.notNull())
        .addColumn('cadence_count', 'integer', (c) => c.notNull())
        .addColumn('anchor', 'timestamptz', (c) => c.notNull())
        .addColumn('start_date', 'timestamptz', (c) => c.notNull())
        .addColumn('trial_end', 'timestamptz')
        .addColumn('billing_start', 'timestamptz', (c) => c.notNull())
        .addColumn('current_period_start', 'timestamptz')
        .addColumn('current_period_end', 'timestamptz')
        .addColumn('service_actions_through', 'timestamptz', (c) => c.notNull())
        .addColumn('next_action_at', 'timestamptz')
        .addColumn('pending_change', 'jsonb')
        .addColumn('cancel_at', 'timestamptz')
        .addColumn('canceled_at', 'timestamptz')
        .addColumn('metadata', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('subscriptions_customer')
        .on('subscriptions')
        .column('customer_id')
        .execute();
      await db.schema
        .createIndex('subscriptions_due')
        .on('subscriptions')
        .column('next_action_at')
        .where(sql.ref('next_action_at'), 'is not', null)
        .execute();
      await db.schema.createIndex('subscriptions_clock').on('subscriptions').column('test_clock').execute();

      await db.schema
        .createTable('subscription_phases')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('subscription_id', 'text', (c) => c.notNull())
        .addColumn('plan_id', 'text', (c) => c.notNull())
        .addColumn('plan_version', 'integer', (c) => c.notNull())
        .addColumn('quantities', 'jsonb', (c) => c.notNull())
        .addColumn('effective_at', 'timestamptz', (c) => c.notNull())
        .addColumn('proration_behavior', 'text')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('subscription_phases_sub')
        .on('subscription_phases')
        .column('subscription_id')
        .execute();

      await db.schema
        .createTable('pending_invoice_items')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('subscription_id', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull().unique())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('billable_item', 'text')
        .addColumn('quantity', 'numeric')
        .addColumn('unit_amount', 'numeric')
        .addColumn('amount', 'numeric', (c) => c.notNull())
        .addColumn('period_start', 'timestamptz', (c) => c.notNull())
        .addColumn('period_end', 'timestamptz', (c) => c.notNull())
        .addColumn('invoice_id', 'text')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('pending_invoice_items_sub')
        .on('pending_invoice_items')
        .column('subscription_id')
        .where(sql.ref('invoice_id'), 'is', null)
        .execute();
    },
  },
  '0301_subscription_phase_plan': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('subscription_phases').addColumn('plan', 'jsonb').execute();
    },
  },
  '0302_subscription_final_sweep': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('subscriptions').addColumn('final_sweep_at', 'timestamptz').execute();
    },
  },
  '0305_subscription_commitments': {
    async up(db: Kysely<unknown>) {
      // A minimum spend per billing period in the subscription's currency (null: none), and a
      // prepaid commitment: its amount, term, credit grant and up-front invoice.
      await db.schema
        .alterTable('subscriptions')
        .addColumn('minimum_amount', 'numeric')
        .addColumn('commit_amount', 'numeric')
        .addColumn('commit_start', 'timestamptz')
        .addColumn('commit_end', 'timestamptz')
        .addColumn('commit_grant', 'text')
        .addColumn('commit_invoice', 'text')
        .execute();
    },
  },
  '0360_plan_migrations': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('plan_migrations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('from_plan', 'text', (c) => c.notNull())
        .addColumn('from_version', 'integer', (c) => c.notNull())
        .addColumn('to_plan', 'text', (c) => c.notNull())
        .addColumn('to_version', 'integer', (c) => c.notNull())
        .addColumn('effective', 'text', (c) => c.notNull())
        .addColumn('proration_behavior', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('total', 'integer', (c) => c.notNull())
        .addColumn('migrated', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('failed', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('lease_until', 'timestamptz', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
        .addColumn('completed_at', 'timestamptz')
        .execute();
      await db.schema
        .createIndex('plan_migrations_running')
        .on('plan_migrations')
        .column('lease_until')
        .where(sql.ref('status'), '=', 'running')
        .execute();
      await db.schema
        .createTable('plan_migration_items')
        .addColumn('migration_id', 'text', (c) => c.notNull())
        .addColumn('subscription_id', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('error_code', 'text')
        .addColumn('error_message', 'text')
        .addColumn('effective_at', 'timestamptz')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .addPrimaryKeyConstraint('plan_migration_items_pkey', ['migration_id', 'subscription_id'])
        .execute();
      await db.schema
        .createIndex('subscriptions_plan_version')
        .on('subscriptions')
        .columns(['plan_id', 'plan_version', 'id'])
        .execute();
      await attachAudit(db, 'plan_migrations');
      await attachAudit(db, 'plan_migration_items', 'migration_id');
    },
  },
};
