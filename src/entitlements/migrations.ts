import { type Kysely, type Migration, sql } from 'kysely';
import { attachAudit } from '../audit/migrations.js';

export const entitlementMigrations: Record<string, Migration> = {
  '0700_entitlements': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('features')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('key', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('meter_id', 'text')
        .addColumn('meter_filter', 'jsonb')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('plan_entitlements')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('plan_id', 'text', (c) => c.notNull())
        // -1 in the key stands for "every version" (a unique index treats NULLs as distinct).
        .addColumn('plan_version', 'integer')
        .addColumn('feature_id', 'text', (c) => c.notNull())
        .addColumn('enabled', 'boolean', (c) => c.notNull())
        .addColumn('value', 'jsonb', (c) => c.notNull())
        .addColumn('limit', 'numeric')
        .addColumn('soft_limit', 'numeric')
        .addColumn('overage', 'text', (c) => c.notNull())
        .addColumn('interval', 'text')
        .addColumn('interval_count', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await sql`CREATE UNIQUE INDEX plan_entitlements_key ON plan_entitlements (plan_id, coalesce(plan_version, -1), feature_id)`.execute(
        db,
      );
      await db.schema
        .createTable('entitlement_grants')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('feature_id', 'text', (c) => c.notNull())
        .addColumn('amount', 'numeric', (c) => c.notNull())
        .addColumn('effective_at', 'timestamptz', (c) => c.notNull())
        .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('entitlement_grants_customer')
        .on('entitlement_grants')
        .columns(['customer_id', 'feature_id', 'expires_at'])
        .execute();
      await db.schema
        .createTable('entitlement_firings')
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('feature_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('period_start', 'timestamptz', (c) => c.notNull())
        .addColumn('usage', 'numeric', (c) => c.notNull())
        .addColumn('fired_at', 'timestamptz', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addPrimaryKeyConstraint('entitlement_firings_pk', [
          'customer_id',
          'feature_id',
          'kind',
          'period_start',
        ])
        .execute();
      for (const table of ['features', 'plan_entitlements', 'entitlement_grants'])
        await attachAudit(db, table);
      await attachAudit(db, 'entitlement_firings', 'customer_id');
    },
  },
  // The check's cache (check-cache.ts) is exact across processes: every change to what a check
  // resolves bumps this per-mode counter in the changing transaction, and a check reads it (one
  // primary-key read) before trusting its cached entry. A deferred constraint trigger takes the
  // row's lock at commit, last, and once per transaction (`txid`), so writers hold it briefly.
  // `scan_horizon` is where the worker's limit scan (limit-scan.ts) stopped in the events' txids.
  '0710_entitlements_version': {
    async up(db: Kysely<unknown>) {
      await sql`create table entitlements_version (
        id int primary key check (id = 1),
        version bigint not null,
        txid xid8,
        scan_horizon xid8 not null default pg_current_xact_id())`.execute(db);
      await sql`insert into entitlements_version (id, version) values (1, 0)`.execute(db);
      await sql`create or replace function tariff_entitlements_bump() returns trigger language plpgsql as $$
        begin
          execute format('update %I.entitlements_version set version = version + 1, txid = pg_current_xact_id()
            where id = 1 and txid is distinct from pg_current_xact_id()', TG_TABLE_SCHEMA);
          return null;
        end $$`.execute(db);
      const watched: Record<string, string> = {
        subscriptions: 'insert or update or delete',
        plan_entitlements: 'insert or update or delete',
        features: 'insert or update or delete',
        entitlement_grants: 'insert or update or delete',
        customers: 'update of external_id, test_clock or delete',
        test_clocks: 'update or delete',
      };
      for (const [table, events] of Object.entries(watched))
        await sql
          .raw(`create constraint trigger ${table}_entitlements_version after ${events} on ${table}
            deferrable initially deferred for each row execute function tariff_entitlements_bump()`)
          .execute(db);
    },
  },
};
