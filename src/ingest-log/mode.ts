import type { Db, StoreKind } from '../db/store.js';
import { ingestLogConfigFromEnv } from './config.js';
import type { IngestLogMode } from './setup.js';

/**
 * The ingest log when `TARIFF_INGEST=jetstream`, else undefined. The NATS client is imported only
 * then: the default (direct) mode loads and connects nothing.
 *
 * On embedded PGlite the server always applies the log itself: no `tariff ingest-worker` process
 * can open a database another process holds, and nothing else would ever apply what is published.
 * It answers a publish once it has applied it (setup.ts), so reads never wait on the log while
 * holding PGlite's one connection.
 */
export async function ingestLogMode(
  db: Db,
  kind: StoreKind = 'postgres',
): Promise<IngestLogMode | undefined> {
  const config = ingestLogConfigFromEnv();
  if (!config) return undefined;
  const applyInProcess = config.applyInProcess || kind === 'pglite';
  return (await import('./setup.js')).openIngestLogMode(
    db,
    { ...config, applyInProcess },
    { singleConnection: kind === 'pglite' },
  );
}
