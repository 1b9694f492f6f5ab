import type { Migration } from 'kysely';
import { accountMigrations } from '../account/migrations.js';
import { customerMigrations } from '../customers/migrations.js';
import { httpMigrations } from '../http/migrations.js';
import { meteringMigrations } from '../metering/migrations.js';
import { testClockMigrations } from '../test-clocks/migrations.js';
import { webhookMigrations } from '../webhooks/migrations.js';

/**
 * Every migration, by name. Each domain owns a range of names so slices never collide:
 * 0001 foundation (http, account), 0010 customers, 0100 metering, 0200 catalog, 0300 billing,
 * 0400 credits, 0450 revenue, 0500 payments, 0600 webhooks.
 */
export const migrations: Record<string, Migration> = {
  ...httpMigrations,
  ...accountMigrations,
  ...customerMigrations,
  ...meteringMigrations,
  ...testClockMigrations,
  ...webhookMigrations,
};
