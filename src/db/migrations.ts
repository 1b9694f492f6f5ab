import type { Migration } from 'kysely';
import { accountMigrations } from '../account/migrations.js';
import { alertMigrations } from '../alerts/migrations.js';
import { auditMigrations } from '../audit/migrations.js';
import { balanceMigrations } from '../balance/migrations.js';
import { catalogMigrations } from '../catalog/migrations.js';
import { creditMigrations } from '../credits/migrations.js';
import { customerMigrations } from '../customers/migrations.js';
import { httpMigrations } from '../http/migrations.js';
import { ingestLogMigrations } from '../ingest-log/migrations.js';
import { invoicingMigrations } from '../invoicing/migrations.js';
import { meteringMigrations } from '../metering/migrations.js';
import { paymentMigrations } from '../payments/migrations.js';
import { revenueMigrations } from '../revenue/migrations.js';
import { subscriptionMigrations } from '../subscriptions/migrations.js';
import { taxMigrations } from '../tax/migrations.js';
import { testClockMigrations } from '../test-clocks/migrations.js';
import { webhookMigrations } from '../webhooks/migrations.js';

/**
 * Every migration, by name. Each domain owns a range of names so slices never collide:
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
  ...balanceMigrations,
  ...creditMigrations,
  ...alertMigrations,
  ...revenueMigrations,
  ...auditMigrations,
};
