import type { Db } from '../db/store.js';

/** Whether this process runs Tariff with the JetStream ingest log (vitest.log-mode.config.ts). */
export const LOG_MODE = process.env.TARIFF_INGEST === 'jetstream';

/**
 * Before a test reads meter tables directly: in log mode, waits until every event accepted so far
 * is applied (reads through the API and services wait on their own); in direct mode, nothing.
 */
export async function ingestSettled(db: Db): Promise<void> {
  if (!LOG_MODE) return;
  await (await import('../ingest-log/setup.js')).ingestSettled(db);
}
