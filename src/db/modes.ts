import type { Mode } from '../shared/request-context.js';

/**
 * Live and test mode are two PostgreSQL schemas with the same tables: live data in `public`,
 * test data in `tariff_test`. Every connection is pointed at its unit of work's schema by
 * `search_path` (src/db/context-driver.ts), so no query, list, report, sequence or job can
 * reach the other mode's rows, and a table added by a migration exists in both
 * (src/app/migrations.ts migrates both schemas).
 *
 * A few tables hold what the account shares across modes (API keys, account settings); their
 * services address `public` explicitly (`db.withSchema(SHARED_SCHEMA)`), whatever the mode.
 */
export const MODE_SCHEMA: Readonly<Record<Mode, string>> = { live: 'public', test: 'tariff_test' };

/** Where the account-wide tables are read and written from either mode. */
export const SHARED_SCHEMA = 'public';

/**
 * The `search_path` of a mode. Test mode keeps `public` after its own schema so that functions
 * and types created there by extensions resolve; its own copy of every table comes first.
 */
export function searchPath(mode: Mode): string {
  return mode === 'test' ? `${MODE_SCHEMA.test}, public` : 'public';
}
