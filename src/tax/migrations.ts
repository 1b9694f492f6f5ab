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
  '0321_tax_rate_jurisdiction': {
    async up(db: Kysely<unknown>) {
      await sql`alter table tax_rates add column if not exists state text`.execute(db);
      await scopeDefaultRates(db);
    },
  },
};

/**
 * The home country of single-country currencies: what an account billing in one of them is most
 * likely registered for. Currencies shared by many countries (EUR, XOF, …) are left out.
 */
const HOME_COUNTRY: Record<string, string> = {
  JPY: 'JP',
  USD: 'US',
  GBP: 'GB',
  CAD: 'CA',
  AUD: 'AU',
  NZD: 'NZ',
  CHF: 'CH',
  SGD: 'SG',
  HKD: 'HK',
  KRW: 'KR',
  CNY: 'CN',
  TWD: 'TW',
  INR: 'IN',
  BRL: 'BR',
  MXN: 'MX',
  SEK: 'SE',
  NOK: 'NO',
  DKK: 'DK',
  PLN: 'PL',
  CZK: 'CZ',
  HUF: 'HU',
  ZAR: 'ZA',
};

/**
 * Default rates made before rates had a jurisdiction applied to every customer. They take the
 * account's: Japan if its registration number is a Japanese qualified-invoice number (`T` and
 * 13 digits), else the home country of its default currency. A rate neither tells stays without
 * a country and applies to no one (upcoming invoices warn `tax_rate_jurisdiction_missing`) until
 * its country is set. A migration runs before any service exists, so this reads the account table.
 */
export async function scopeDefaultRates(db: Kysely<unknown>): Promise<void> {
  const account = await sql<{ trn: string | null; currency: string }>`
    select tax_registration_number as trn, default_currency as currency
    from account order by created_at limit 1`.execute(db);
  const row = account.rows[0];
  if (!row) return;
  const country = /^T\d{13}$/.test(row.trn ?? '') ? 'JP' : HOME_COUNTRY[row.currency.toUpperCase()];
  if (!country) return;
  await sql`update tax_rates set country = ${country} where is_default and country is null`.execute(db);
}
