import { randomBytes } from 'node:crypto';
import type { Db } from '../db/store.js';
import type { MeteringService } from '../metering/service.js';
import { createReadBarrier } from './barrier.js';
import type { IngestLogConfig } from './config.js';
import { type IngestLog, openIngestLog } from './log.js';
import { createPublisher } from './publisher.js';
import { withLogPosition } from './reads.js';
import { startIngestWorker } from './worker.js';

/** What the composition root needs from the ingest log when `TARIFF_INGEST=jetstream`. */
export interface IngestLogMode {
  readonly log: IngestLog;
  /** Given to the metering service: accepted events are published instead of stored. */
  readonly store: ReturnType<typeof createPublisher>;
  /** Puts every usage read behind the read barrier. */
  readonly reads: (metering: MeteringService) => MeteringService;
  close(): Promise<void>;
}

/**
 * Each open log's "everything published so far is applied" wait, by the database it applies to:
 * tests that read tables directly (not through a read behind the barrier) wait on it first
 * (`ingestSettled`). Removed when the log closes.
 */
const settlers = new WeakMap<Db, () => Promise<void>>();

/** Waits until every event published to the log of `db` before the call is applied; a no-op without a log. */
export async function ingestSettled(db: Db): Promise<void> {
  await settlers.get(db)?.();
}

export async function openIngestLogMode(db: Db, config: IngestLogConfig): Promise<IngestLogMode> {
  const log = await openIngestLog(config, 'tariff-serve');
  const wait = createReadBarrier(db, log);
  const applier = config.applyInProcess
    ? await startIngestWorker({
        db,
        log,
        workerId: `inprocess:${process.pid}:${randomBytes(3).toString('hex')}`,
      })
    : undefined;
  settlers.set(db, () => wait('all'));
  return {
    log,
    store: createPublisher(log),
    reads: (metering) => withLogPosition(metering, wait, config.partitions),
    async close() {
      settlers.delete(db);
      await applier?.stop();
      await log.close();
    },
  };
}
