import type { JsMsg } from '@nats-io/jetstream';
import type { Db } from '../db/store.js';
import { foldEvents } from '../metering/fold.js';
import { applyFetch } from './apply.js';
import { batchesOf } from './batches.js';
import { createLeases } from './lease.js';
import type { IngestLog } from './log.js';
import { decodeMessage } from './message.js';
import { CONSUMER, streamName } from './partition.js';

export interface IngestWorkerOptions {
  readonly db: Db;
  readonly log: IngestLog;
  readonly workerId: string;
  /** Messages per apply transaction at most. */
  readonly maxBatch?: number;
  /** Fold every this many ms (0: never; then `tariff worker` must run the fold). Default 250. */
  readonly foldEveryMs?: number;
  readonly onError?: (e: unknown, where: string) => void;
  /** Called after every commit (tests and the bench watch progress through it). */
  /**
   * Probability of a SIGKILL of this process right after a commit, before its acks: only the
   * exactly-once tests set it (TARIFF_INGEST_FAULT_KILL_AFTER_COMMIT in `tariff ingest-worker`).
   */
  readonly killAfterCommit?: number;
  readonly onApplied?: (partition: number, checkpoint: number, events: number) => void;
}

export interface IngestWorker {
  /** Partitions held right now. */
  owned(): readonly number[];
  /** Stops pulling, gives the leases back. */
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * `tariff ingest-worker`: holds leases on partitions (lease.ts) and, for each, pulls the
 * partition's durable consumer and applies what arrives, one transaction per batch (apply.ts),
 * acking only after the commit. Any number may run; a killed one's partitions move to the others
 * when its leases expire, and its unacked messages come back after JetStream's ack wait.
 */
export async function startIngestWorker(options: IngestWorkerOptions): Promise<IngestWorker> {
  const { db, log, workerId } = options;
  const { partitions, prefix, leaseMs } = log.config;
  const maxBatch = options.maxBatch ?? 500;
  const onError = options.onError ?? (() => {});
  const killAfterCommit = options.killAfterCommit ?? 0;
  const leases = createLeases(db, { workerId, partitions, leaseMs });
  await leases.init();
  let stopped = false;
  let owned = new Set<number>();
  const running = new Map<number, { stop(): void; done: Promise<void> }>();
  // How to interrupt a partition's pull at once (stop() ends a consume() waiting for messages).
  const signals = new Map<number, () => void>();

  async function runPartition(partition: number, signal: { stopped: boolean }): Promise<void> {
    const consumer = await log.js.consumers.get(streamName(prefix, partition), CONSUMER);
    const messages = await consumer.consume({ max_messages: maxBatch * 2 });
    signals.set(partition, () => messages.stop());
    const take = batchesOf<JsMsg>(messages[Symbol.asyncIterator]());
    try {
      while (!signal.stopped) {
        const batch = await take(maxBatch);
        if (!batch) break;
        if (signal.stopped) {
          for (const m of batch) m.nak();
          break;
        }
        const outcome = await applyFetch(
          db,
          partition,
          workerId,
          batch.map((m) => ({ seq: m.seq, message: decodeMessage(m.data) })),
        );
        if (outcome.kind === 'lost') {
          // Handed back at once, so the new owner need not wait for the ack wait.
          for (const m of batch) m.nak();
          owned.delete(partition);
          break;
        }
        // Fault injection for the exactly-once tests: die between the commit and the acks.
        if (killAfterCommit > 0 && outcome.applied > 0 && Math.random() < killAfterCommit)
          process.kill(process.pid, 'SIGKILL');
        for (const m of batch) {
          if (m.seq <= outcome.checkpoint) m.ack();
          // After a gap: its predecessor is held by a consumer that died and comes back after the
          // ack wait; this one comes back a little later and is applied in order then.
          else m.nak(Math.min(1_000, log.config.ackWaitMs));
        }
        if (outcome.applied > 0) options.onApplied?.(partition, outcome.checkpoint, outcome.events);
      }
    } finally {
      messages.stop();
      signals.delete(partition);
    }
  }
  function start(partition: number) {
    const signal = { stopped: false };
    const done = (async () => {
      while (!signal.stopped && !stopped && owned.has(partition)) {
        try {
          await runPartition(partition, signal);
        } catch (e) {
          onError(e, `partition ${partition}`);
          await sleep(250);
        }
      }
    })().finally(() => running.delete(partition));
    running.set(partition, {
      stop() {
        signal.stopped = true;
        signals.get(partition)?.();
      },
      done,
    });
  }

  async function rebalance() {
    owned = new Set(await leases.tick());
    for (const p of owned) if (!running.has(p)) start(p);
    for (const [p, r] of running) if (!owned.has(p)) r.stop();
  }

  await rebalance();
  const ticker = (async () => {
    while (!stopped) {
      await sleep(Math.max(50, Math.floor(leaseMs / 3)));
      if (stopped) break;
      await rebalance().catch((e) => onError(e, 'leases'));
    }
  })();
  const foldEveryMs = options.foldEveryMs ?? 250;
  const folder = (async () => {
    while (foldEveryMs > 0 && !stopped) {
      await sleep(foldEveryMs);
      if (stopped) break;
      await foldEvents(db).catch((e) => onError(e, 'fold'));
    }
  })();

  return {
    owned: () => [...owned].sort((a, b) => a - b),
    async stop() {
      stopped = true;
      for (const r of running.values()) r.stop();
      await Promise.all([...running.values()].map((r) => r.done));
      await Promise.all([ticker, folder]);
      await leases.releaseAll().catch((e) => onError(e, 'release'));
    },
  };
}
