import { type Kysely, type Migration, sql } from 'kysely';
import { attachAudit } from '../audit/migrations.js';

export const discountMigrations: Record<string, Migration> = {
  '0350_discounts': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('coupons')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('percent_off', 'numeric')
        .addColumn('amount_off', 'numeric')
        .addColumn('currency', 'text')
        .addColumn('duration', 'text', (c) => c.notNull())
        .addColumn('duration_in_months', 'integer')
        .addColumn('max_redemptions', 'integer')
        .addColumn('times_redeemed', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('redeem_by', 'timestamptz')
        .addColumn('applies_to', 'jsonb')
        .addColumn('deleted', 'boolean', (c) => c.notNull().defaultTo(false))
        .addColumn('metadata', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .addCheckConstraint('coupons_one_kind', sql`(percent_off is null) <> (amount_off is null)`)
        .addCheckConstraint(
          'coupons_redemptions',
          sql`max_redemptions is null or times_redeemed <= max_redemptions`,
        )
        .execute();
      await db.schema
        .createTable('promotion_codes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('coupon_id', 'text', (c) => c.notNull())
        .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
        .addColumn('max_redemptions', 'integer')
        .addColumn('times_redeemed', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('expires_at', 'timestamptz')
        .addColumn('metadata', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .execute();
      // Codes are unique among active ones, case-insensitively (customers type them).
      await sql`create unique index promotion_codes_code on promotion_codes (upper(code)) where active`.execute(
        db,
      );
      await db.schema
        .createTable('discounts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('coupon_id', 'text', (c) => c.notNull())
        .addColumn('promotion_code_id', 'text')
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('subscription_id', 'text')
        .addColumn('start', 'timestamptz', (c) => c.notNull())
        .addColumn('end', 'timestamptz')
        .addColumn('removed_at', 'timestamptz')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await sql`create index discounts_customer on discounts (customer_id) where removed_at is null`.execute(
        db,
      );
      // Who made, redeemed or removed a discount is in the audit log (src/audit).
      for (const table of ['coupons', 'promotion_codes', 'discounts']) await attachAudit(db, table);
    },
  },
  '0351_promotion_code_first_time': {
    async up(db: Kysely<unknown>) {
      // Stripe's restrictions.first_time_transaction: only a customer who never paid an invoice.
      await db.schema
        .alterTable('promotion_codes')
        .addColumn('first_time_transaction', 'boolean', (c) => c.notNull().defaultTo(false))
        .execute();
    },
  },
  '0352_promotion_code_minimum_amount': {
    async up(db: Kysely<unknown>) {
      // Stripe's restrictions.minimum_amount: the invoice subtotal a redemption needs, in a currency.
      await db.schema
        .alterTable('promotion_codes')
        .addColumn('minimum_amount', 'numeric')
        .addColumn('minimum_amount_currency', 'text')
        .execute();
    },
  },
};
