import { type CreateTableBuilder, type Kysely, type Migration, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: builder column sets are shared across tables
type Builder = CreateTableBuilder<string, any>;

function parentColumns(t: Builder): Builder {
  return t
    .addColumn('lookup_key', 'text', (c) => c.unique())
    .addColumn('latest_version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('live_version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('metadata', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull());
}

function intervalColumns(t: Builder): Builder {
  return t
    .addColumn('service_interval', 'text', (c) => c.notNull())
    .addColumn('service_interval_count', 'integer', (c) => c.notNull());
}

export const catalogMigrations: Record<string, Migration> = {
  '0200_catalog': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('billable_items')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('unit_label', 'text')
        .addColumn('lookup_key', 'text', (c) => c.unique())
        .addColumn('meter_id', 'text')
        .addColumn('meter_filter', 'jsonb')
        .addColumn('metadata', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('billable_items_meter').on('billable_items').column('meter_id').execute();

      await parentColumns(
        intervalColumns(
          db.schema
            .createTable('rate_cards')
            .addColumn('id', 'text', (c) => c.primaryKey())
            .addColumn('name', 'text', (c) => c.notNull())
            .addColumn('currency', 'text', (c) => c.notNull()),
        ),
      ).execute();
      await db.schema
        .createTable('rate_card_versions')
        .addColumn('rate_card_id', 'text', (c) => c.notNull().references('rate_cards.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .addPrimaryKeyConstraint('rate_card_versions_pk', ['rate_card_id', 'version'])
        .execute();
      await db.schema
        .createTable('rates')
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('rate_card_id', 'text', (c) => c.notNull().references('rate_cards.id'))
        .addColumn('billable_item_id', 'text', (c) => c.notNull().references('billable_items.id'))
        .addColumn('price', 'jsonb', (c) => c.notNull())
        .addColumn('from_version', 'integer', (c) => c.notNull())
        .addColumn('to_version', 'integer')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .addPrimaryKeyConstraint('rates_pk', ['id', 'from_version'])
        .execute();
      await db.schema
        .createIndex('rates_card')
        .on('rates')
        .columns(['rate_card_id', 'from_version'])
        .execute();

      await parentColumns(
        db.schema
          .createTable('license_fees')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('licensed_item_id', 'text', (c) => c.notNull().references('billable_items.id'))
          .addColumn('currency', 'text', (c) => c.notNull()),
      ).execute();
      await intervalColumns(
        db.schema
          .createTable('license_fee_versions')
          .addColumn('license_fee_id', 'text', (c) => c.notNull().references('license_fees.id'))
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('unit_amount', 'numeric', (c) => c.notNull())
          .addColumn('created_at', 'timestamptz', (c) => c.notNull())
          .addPrimaryKeyConstraint('license_fee_versions_pk', ['license_fee_id', 'version']),
      ).execute();

      await parentColumns(
        db.schema
          .createTable('service_actions')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('currency', 'text', (c) => c.notNull()),
      ).execute();
      await intervalColumns(
        db.schema
          .createTable('service_action_versions')
          .addColumn('service_action_id', 'text', (c) => c.notNull().references('service_actions.id'))
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('credit_grant', 'jsonb', (c) => c.notNull())
          .addColumn('created_at', 'timestamptz', (c) => c.notNull())
          .addPrimaryKeyConstraint('service_action_versions_pk', ['service_action_id', 'version']),
      ).execute();

      await parentColumns(
        db.schema
          .createTable('pricing_plans')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('currency', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull().defaultTo('active')),
      ).execute();
      await db.schema
        .createTable('pricing_plan_versions')
        .addColumn('pricing_plan_id', 'text', (c) => c.notNull().references('pricing_plans.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .addPrimaryKeyConstraint('pricing_plan_versions_pk', ['pricing_plan_id', 'version'])
        .execute();
      await db.schema
        .createTable('pricing_plan_components')
        .addColumn('seq', 'serial', (c) => c.primaryKey())
        .addColumn('pricing_plan_id', 'text', (c) => c.notNull().references('pricing_plans.id'))
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('component_id', 'text', (c) => c.notNull())
        .addColumn('version_pin', 'text', (c) => c.notNull())
        .addColumn('from_version', 'integer', (c) => c.notNull())
        .addColumn('to_version', 'integer')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('pricing_plan_components_plan')
        .on('pricing_plan_components')
        .columns(['pricing_plan_id', 'from_version'])
        .execute();
    },
  },
};
