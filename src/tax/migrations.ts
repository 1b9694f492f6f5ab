import { type Kysely, type Migration, sql } from 'kysely';

export const taxMigrations: Record<string, Migration> = {
  '0320_tax_rates': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('tax_rates')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('percentage', 'numeric', (c) => c.notNull())
        .addColumn('inclusive', 'boolean', (c) => c.notNull())
        .addColumn('country', 'text')
        .addColumn('description', 'text')
        .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
        .addColumn('is_default', 'boolean', (c) => c.notNull().defaultTo(false))
        .addColumn('metadata', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('customer_tax_settings')
        .addColumn('customer_id', 'text', (c) => c.primaryKey())
        .addColumn('tax_rates', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
        .addColumn('exempt', 'boolean', (c) => c.notNull().defaultTo(false))
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
        .execute();
    },
  },
};
