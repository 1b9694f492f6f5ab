import { type Kysely, type Migration, sql } from 'kysely';
import { attachAudit } from '../audit/migrations.js';

export const invoicingMigrations: Record<string, Migration> = {
  '0310_invoices': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('invoices')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('number', 'text', (c) => c.unique())
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('subscription_id', 'text')
        .addColumn('test_clock', 'text')
        .addColumn('period_key', 'text')
        .addColumn('billing_reason', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('currency', 'text', (c) => c.notNull())
        .addColumn('period_start', 'timestamptz', (c) => c.notNull())
        .addColumn('period_end', 'timestamptz', (c) => c.notNull())
        .addColumn('subtotal', 'numeric', (c) => c.notNull().defaultTo(0))
        .addColumn('credits_applied', 'numeric', (c) => c.notNull().defaultTo(0))
        .addColumn('tax', 'numeric', (c) => c.notNull().defaultTo(0))
        .addColumn('total', 'numeric', (c) => c.notNull().defaultTo(0))
        .addColumn('balance_applied', 'numeric', (c) => c.notNull().defaultTo(0))
        .addColumn('amount_due', 'numeric', (c) => c.notNull().defaultTo(0))
        .addColumn('amount_paid', 'numeric', (c) => c.notNull().defaultTo(0))
        .addColumn('amount_credited', 'numeric', (c) => c.notNull().defaultTo(0))
        .addColumn('tax_breakdown', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
        .addColumn('tax_registration_number', 'text')
        .addColumn('hosted_invoice_url', 'text')
        .addColumn('payment_reference', 'text')
        .addColumn('finalize_at', 'timestamptz')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .addColumn('finalized_at', 'timestamptz')
        .addColumn('paid_at', 'timestamptz')
        .addColumn('voided_at', 'timestamptz')
        .addColumn('marked_uncollectible_at', 'timestamptz')
        .addColumn('due_date', 'timestamptz')
        .addColumn('metadata', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
        .addUniqueConstraint('invoices_subscription_period', ['subscription_id', 'period_key'])
        .execute();
      await db.schema
        .createIndex('invoices_customer')
        .on('invoices')
        .columns(['customer_id', 'id'])
        .execute();
      await db.schema
        .createIndex('invoices_subscription')
        .on('invoices')
        .columns(['subscription_id', 'id'])
        .execute();
      await db.schema
        .createIndex('invoices_drafts_due')
        .on('invoices')
        .column('finalize_at')
        .where(sql.ref('status'), '=', 'draft')
        .execute();

      await db.schema
        .createTable('invoice_lines')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('invoice_id', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('billable_item', 'text')
        .addColumn('quantity', 'numeric')
        .addColumn('unit_amount', 'numeric')
        .addColumn('amount', 'numeric', (c) => c.notNull())
        .addColumn('period_start', 'timestamptz', (c) => c.notNull())
        .addColumn('period_end', 'timestamptz', (c) => c.notNull())
        .addColumn('usage_key', 'text')
        .addUniqueConstraint('invoice_lines_key', ['invoice_id', 'key'])
        .execute();

      await db.schema
        .createTable('billed_usage')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('subscription_id', 'text', (c) => c.notNull())
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('billable_item', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('rate_id', 'text', (c) => c.notNull())
        .addColumn('meter_id', 'text', (c) => c.notNull())
        .addColumn('meter_filter', 'jsonb')
        .addColumn('price', 'jsonb', (c) => c.notNull())
        .addColumn('interval_start', 'timestamptz', (c) => c.notNull())
        .addColumn('interval_end', 'timestamptz', (c) => c.notNull())
        .addColumn('quantity', 'numeric', (c) => c.notNull())
        .addColumn('amount', 'numeric', (c) => c.notNull())
        .addColumn('invoice_id', 'text', (c) => c.notNull())
        .addColumn('final', 'boolean', (c) => c.notNull().defaultTo(false))
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('billed_usage_sub')
        .on('billed_usage')
        .columns(['subscription_id', 'interval_end'])
        .execute();

      await db.schema
        .createTable('invoice_number_sequences')
        .addColumn('prefix', 'text', (c) => c.primaryKey())
        .addColumn('last_value', 'integer', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('credit_notes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('number', 'text', (c) => c.notNull().unique())
        .addColumn('invoice_id', 'text', (c) => c.notNull())
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('currency', 'text', (c) => c.notNull())
        .addColumn('amount', 'numeric', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('memo', 'text')
        .addColumn('lines', 'jsonb', (c) => c.notNull())
        .addColumn('out_of_band', 'numeric', (c) => c.notNull().defaultTo(0))
        .addColumn('credit_to_balance', 'numeric', (c) => c.notNull())
        .addColumn('reduce_amount_due', 'numeric', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('credit_notes_invoice').on('credit_notes').column('invoice_id').execute();
    },
  },
  '0311_credit_note_tax': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('credit_notes')
        .addColumn('tax', 'numeric', (c) => c.notNull().defaultTo(0))
        .execute();
    },
  },
  '0312_invoice_party_details': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('invoices')
        .addColumn('customer_details', 'jsonb')
        .addColumn('issuer_details', 'jsonb')
        .execute();
      await freezeIssuedParties(db);
    },
  },
  '0313_invoice_payments': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('invoice_payments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('invoice_id', 'text', (c) => c.notNull().references('invoices.id'))
        .addColumn('amount', 'numeric', (c) => c.notNull())
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('reference', 'text')
        .addColumn('paid_at', 'timestamptz', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('invoice_payments_invoice')
        .on('invoice_payments')
        .column('invoice_id')
        .execute();
      // Invoices paid before payments were recorded one by one: their one payment, in full.
      await sql`
        insert into invoice_payments (id, invoice_id, amount, method, reference, paid_at, created_at)
        select 'pay_' || substr(id, 4), id, amount_paid, 'other', payment_reference, paid_at, paid_at
        from invoices where status = 'paid' and amount_paid > 0 and paid_at is not null`.execute(db);
      await attachAudit(db, 'invoice_payments');
    },
  },
  '0314_billed_usage_exclude': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('billed_usage').addColumn('meter_exclude', 'jsonb').execute();
    },
  },
  // What the invoice's discounts took off each charge line (the sum of their shares; 0 when
  // none): a minimum commitment counts a period's charges billed on earlier invoices net of it
  // (src/invoicing/billed-before.ts). Null on lines stored before: recomputed as before.
  '0315_invoice_line_discount_amount': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('invoice_lines').addColumn('discount_amount', 'numeric').execute();
    },
  },
};

/**
 * Backfill for invoices finalized before their parties were frozen: today's customer and account
 * are the best record left of who they were issued to and by. The registration number is the one
 * the invoice already froze, else the account's, which is what its PDF printed until now. A
 * migration runs before any service exists, so this reads the customers and account tables.
 */
export async function freezeIssuedParties(db: Kysely<unknown>): Promise<void> {
  await sql`
    update invoices as i set customer_details = jsonb_build_object(
      'name', c.name, 'email', c.email, 'billing_details', c.billing_details)
    from customers as c
    where c.id = i.customer_id and i.status <> 'draft' and i.customer_details is null`.execute(db);
  await sql`
    update invoices as i set issuer_details = jsonb_build_object(
      'name', a.name,
      'tax_registration_number', coalesce(i.tax_registration_number, a.tax_registration_number),
      'time_zone', a.time_zone)
    from (select * from account order by created_at limit 1) as a
    where i.status <> 'draft' and i.issuer_details is null`.execute(db);
}
