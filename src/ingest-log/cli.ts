import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { createLogger } from '../app/logger.js';
import { openConfiguredStore, type StoreFlags } from '../cli/open.js';
import { ingestLogConfigFromEnv } from './config.js';
import { openIngestLog } from './log.js';
import { startIngestWorker } from './worker.js';

/**
 * `tariff ingest-worker`: applies the JetStream ingest log to the database until SIGTERM/SIGINT,
 * then gives its partitions back. It is the log mode's worker whatever TARIFF_INGEST says; it
 * reads NATS_URL and the TARIFF_INGEST_* settings the API processes use.
 */
export async function ingestWorkerCommand(flags: StoreFlags): Promise<void> {
  const config = ingestLogConfigFromEnv({ ...process.env, TARIFF_INGEST: 'jetstream' });
  if (!config) return;
  const logger = createLogger();
  const store = await openConfiguredStore(flags, true);
  const log = await openIngestLog(config, 'tariff-ingest-worker');
  const workerId = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const worker = await startIngestWorker({
    db: store.db,
    log,
    workerId,
    killAfterCommit: Number(process.env.TARIFF_INGEST_FAULT_KILL_AFTER_COMMIT ?? 0),
    onError: (err, where) => logger.error({ err, where }, 'ingest worker: retrying'),
  });
  logger.info({ workerId, nats: config.natsUrl, partitions: config.partitions }, 'ingest worker started');
  const stop = async () => {
    await worker.stop();
    await log.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}
