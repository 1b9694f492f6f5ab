import type { Migration, MigrationResultSet } from 'kysely';
import { accountMigrations } from '../account/migrations.js';
import { alertMigrations } from '../alerts/migrations.js';
import { auditMigrations } from '../audit/migrations.js';
import { balanceMigrations } from '../balance/migrations.js';
import { catalogMigrations } from '../catalog/migrations.js';
import { creditMigrations } from '../credits/migrations.js';
import { customerMigrations } from '../customers/migrations.js';
import { applyMigrations } from '../db/migrate.js';
import { MODE_SCHEMA } from '../db/modes.js';
import type { Db } from '../db/store.js';
import { discountMigrations } from '../discounts/migrations.js';
import { entitlementMigrations } from '../entitlements/migrations.js';
import { httpMigrations } from '../http/migrations.js';
import { ingestLogMigrations } from '../ingest-log/migrations.js';
import { invoicingMigrations } from '../invoicing/migrations.js';
import { meteringMigrations } from '../metering/migrations.js';
import { paymentMigrations } from '../payments/migrations.js';
import { revenueMigrations } from '../revenue/migrations.js';
import { runInMode } from '../shared/request-context.js';
import { subscriptionMigrations } from '../subscriptions/migrations.js';
import { taxMigrations } from '../tax/migrations.js';
import { testClockMigrations } from '../test-clocks/migrations.js';
import { webhookMigrations } from '../webhooks/migrations.js';
import { testModeMigrations } from './test-mode-migration.js';

/**
 * Every migration, by name, gathered here by the composition root so that `src/db` (the runner)
 * imports no slice. Each domain owns a range of names so slices never collide:
 * 0001 foundation (http, account), 0010 customers, 0100 metering, 0200 catalog, 0300 billing,
 * 0400 credits, 0450 revenue, 0500 payments, 0600 webhooks, 0900 audit (after every table; a
 * migration that adds a business table calls `attachAudit`, src/audit/migrations.ts).
 */
export const migrations: Record<string, Migration> = {
  ...httpMigrations,
  ...accountMigrations,
  ...customerMigrations,
  ...meteringMigrations,
  ...ingestLogMigrations,
  ...catalogMigrations,
  ...testClockMigrations,
  ...paymentMigrations,
  ...webhookMigrations,
  ...subscriptionMigrations,
  ...invoicingMigrations,
  ...taxMigrations,
  ...discountMigrations,
  ...balanceMigrations,
  ...creditMigrations,
  ...alertMigrations,
  ...entitlementMigrations,
  ...revenueMigrations,
  ...auditMigrations,
  ...testModeMigrations,
};

/** The newest migration: what `/health` reports once a store is up to date. */
export const latestMigration = Object.keys(migrations).sort().at(-1) ?? null;

/**
 * Applies every pending migration of every slice to both modes' schemas (src/db/modes.ts): test
 * mode's first, so that live's `0990_test_clocks_to_test_mode` finds its tables when it moves
 * test-clock data there. See `applyMigrations` for the lock. Reports live's migrations.
 */
export async function migrateToLatest(
  db: Db,
  onMigration?: (name: string, n: number, total: number) => void,
): Promise<MigrationResultSet> {
  await runInMode('test', () => applyMigrations(db, migrations, undefined, MODE_SCHEMA.test));
  return runInMode('live', () => applyMigrations(db, migrations, onMigration, MODE_SCHEMA.live));
}
