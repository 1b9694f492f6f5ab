import { randomBytes } from 'node:crypto';
import type { Db } from '../db/store.js';
import type { MeteringService } from '../metering/service.js';
import { ApiError } from '../shared/errors/index.js';
import { createReadBarrier, type ReadBarrier } from './barrier.js';
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

/**
 * `singleConnection` (PGlite): the server is the only process and its applier shares the store's
 * one connection with every request, so a read cannot wait for the applier while it holds that
 * connection (inside a transaction, or the entitlement check's pinned connection). There the order
 * is turned around: a publish is answered only once this process's applier has applied it
 * (`afterAck`), so everything acknowledged is already in meter_events and reads need no barrier.
 * At start the applier first catches up with what an earlier run published.
 */
export async function openIngestLogMode(
  db: Db,
  config: IngestLogConfig,
  options: { singleConnection?: boolean } = {},
): Promise<IngestLogMode> {
  const log = await openIngestLog(config, 'tariff-serve');
  const wait = createReadBarrier(db, log);
  const applied = options.singleConnection ? appliedSequences() : undefined;
  const applier = config.applyInProcess
    ? await startIngestWorker({
        db,
        log,
        workerId: `inprocess:${process.pid}:${randomBytes(3).toString('hex')}`,
        ...(applied && {
          onApplied: (partition: number, checkpoint: number) => applied.set(partition, checkpoint),
        }),
      })
    : undefined;
  if (applied) {
    await catchUp(wait);
    const rows = await db.selectFrom('ingest_partitions').select(['partition', 'checkpoint']).execute();
    for (const r of rows) applied.set(r.partition, Number(r.checkpoint));
  }
  settlers.set(db, () => wait('all'));
  const noBarrier: ReadBarrier = async () => {};
  return {
    log,
    store: createPublisher(log, applied && ((acks) => applied.waitFor(acks, config.readWaitMs))),
    reads: (metering) => withLogPosition(metering, applied ? noBarrier : wait, config.partitions),
    async close() {
      settlers.delete(db);
      await applier?.stop();
      await log.close();
    },
  };
}

/** Waits, without a bound, until the in-process applier has applied what was published before the start. */
async function catchUp(wait: ReadBarrier): Promise<void> {
  for (;;) {
    try {
      return await wait('all');
    } catch (e) {
      if (!(e instanceof ApiError && e.code === 'service_unavailable')) throw e;
    }
  }
}

/** Each partition's applied stream sequence, as this process's applier reports it, and waits on it. */
function appliedSequences() {
  const at = new Map<number, number>();
  const waiters = new Set<() => void>();
  const reached = (acks: readonly { partition: number; seq: number }[]) =>
    acks.every((a) => (at.get(a.partition) ?? 0) >= a.seq);
  return {
    set(partition: number, seq: number) {
      if ((at.get(partition) ?? 0) >= seq) return;
      at.set(partition, seq);
      for (const w of waiters) w();
    },
    /** Resolves when every ack is applied; fails with 503 after `ms` (the client retries: same ids, deduplicated). */
    async waitFor(acks: readonly { partition: number; seq: number }[], ms: number): Promise<void> {
      if (reached(acks)) return;
      await new Promise<void>((resolve, reject) => {
        const check = () => {
          if (!reached(acks)) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new ApiError(
              'service_unavailable',
              `The events are in the ingest log but were not applied within ${ms} ms; send them again (same identifiers: they count once).`,
            ),
          );
        }, ms);
        waiters.add(check);
      });
    },
  };
}
