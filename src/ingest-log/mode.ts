import type { Db } from '../db/store.js';
import { ingestLogConfigFromEnv } from './config.js';
import type { IngestLogMode } from './setup.js';

/**
 * The ingest log when `TARIFF_INGEST=jetstream`, else undefined. The NATS client is imported only
 * then: the default (direct) mode loads and connects nothing.
 */
export async function ingestLogMode(db: Db): Promise<IngestLogMode | undefined> {
  const config = ingestLogConfigFromEnv();
  if (!config) return undefined;
  return (await import('./setup.js')).openIngestLogMode(db, config);
}
