import type { Db, Executor } from '../db/store.js';
import { ApiError } from '../shared/errors/index.js';
import { currentMode } from '../shared/request-context.js';
import type { IngestLog } from './log.js';
import { allPartitions } from './partition.js';
import './tables.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Reads exact as of a log position. Before a read, takes each touched partition's last stream
 * sequence (everything published, hence acknowledged to a client, before the read started) and
 * waits until the partition's checkpoint reaches it: then every event acknowledged before the read
 * is in meter_events, and the read counts it (folded or not). Waits at most `readWaitMs`
 * (TARIFF_INGEST_READ_WAIT_MS, default 5 s) and then fails with `service_unavailable` naming the
 * partitions behind, rather than answering a number that silently misses acknowledged events.
 */
export function createReadBarrier(db: Db, log: IngestLog) {
  const { partitions: n, readWaitMs } = log.config;
  /**
   * `executor`: the caller's connection or transaction when it holds one. The checkpoints are read
   * through it, so a caller holding a pooled connection never waits for a second one (a full pool,
   * or PGlite's single connection, would wait forever).
   */
  return async function waitApplied(
    partitions: readonly number[] | 'all',
    executor: Executor = db,
  ): Promise<void> {
    // The log carries live events only (test-mode events are stored directly, metering's
    // ingest.ts); test mode's ingest_partitions never move, so its reads have nothing to wait for.
    if (currentMode() !== 'live') return;
    const touched = partitions === 'all' ? allPartitions(n) : [...new Set(partitions)];
    if (touched.length === 0) return;
    const targets = await log.lastSequences(touched);
    const deadline = Date.now() + readWaitMs;
    for (let delay = 2; ; delay = Math.min(delay * 2, 50)) {
      const rows = await executor
        .selectFrom('ingest_partitions')
        .select(['partition', 'checkpoint'])
        .where('partition', 'in', touched)
        .execute();
      const applied = new Map(rows.map((r) => [r.partition, Number(r.checkpoint)]));
      const behind = touched.filter((p) => (applied.get(p) ?? 0) < (targets.get(p) ?? 0));
      if (behind.length === 0) return;
      if (Date.now() >= deadline) {
        throw new ApiError(
          'service_unavailable',
          `Usage is not up to date: ingest log partition(s) ${behind.join(', ')} were not applied up to this read within ${readWaitMs} ms. Check that \`tariff ingest-worker\` is running.`,
        );
      }
      await sleep(delay);
    }
  };
}

export type ReadBarrier = ReturnType<typeof createReadBarrier>;
