import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Decimal } from '../core/money/decimal.js';
import { foldEvents } from '../metering/fold.js';
import type { NewEvent } from '../metering/rollup-store.js';
import { newIdBlock } from '../shared/ids.js';
import { freshStore, type TestStore } from '../testing/stores.js';
import { createReadBarrier } from './barrier.js';
import type { IngestLogConfig } from './config.js';
import { type IngestLog, openIngestLog } from './log.js';
import { type NatsServer, startNatsServer } from './nats-server.js';
import { createPublisher } from './publisher.js';
import { startWorkerProcess, type WorkerProcess } from './worker-process.js';

/**
 * `kill -9` of nats-server itself under publish load, then a restart on the same store directory:
 * every event whose publish was acknowledged (PubAck) is counted exactly once. Publishers behave
 * as API clients do: a publish that fails is retried with the same message (the same
 * Nats-Msg-Id) until acknowledged.
 */
const PARTITIONS = 4;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('ingest log: nats-server killed under load', () => {
  let nats: NatsServer;
  let store: TestStore;
  let log: IngestLog;
  let config: IngestLogConfig;
  let worker: WorkerProcess | undefined;

  beforeAll(async () => {
    nats = await startNatsServer();
    store = await freshStore('postgres');
    config = {
      natsUrl: nats.url,
      partitions: PARTITIONS,
      prefix: `NC${randomBytes(3).toString('hex').toUpperCase()}`,
      duplicateWindowMs: 120_000,
      ackWaitMs: 2_000,
      leaseMs: 2_000,
      readWaitMs: 90_000,
      applyInProcess: false,
    };
    log = await openIngestLog(config, 'nats-crash-test');
  });

  afterAll(async () => {
    await worker?.kill9();
    await log?.close();
    await store?.dispose();
    await nats?.stop();
  });

  it('counts every acknowledged event exactly once after a SIGKILL and restart of nats-server', async () => {
    const meterId = `mtr_nc_${randomBytes(3).toString('hex')}`;
    await sql`insert into meters (id, event_name, display_name, formula, customer_key, value_key, status)
      values (${meterId}, ${meterId}, ${meterId}, 'sum', 'customer', 'value', 'active')`.execute(store.db);
    worker = await startWorkerProcess({
      DATABASE_URL: store.url,
      NATS_URL: nats.url,
      TARIFF_INGEST_PARTITIONS: String(PARTITIONS),
      TARIFF_INGEST_STREAM: config.prefix,
      TARIFF_INGEST_ACK_WAIT_MS: String(config.ackWaitMs),
      TARIFF_INGEST_LEASE_MS: String(config.leaseMs),
    });
    const publish = createPublisher(log);
    const nextId = newIdBlock('evt');
    const at = new Date(Date.now() - 3_600_000);
    const acked = new Map<string, { n: number; sum: number }>();
    let failures = 0;
    // Publishes that started before the restart and were acknowledged only after it: with
    // `failures`, the proof that the crash happened under load rather than between publishes.
    let spanned = 0;
    let ackedBatches = 0;
    let phase: 'before' | 'down' | 'after' = 'before';
    let afterRestart = 0;

    const client = async (c: number) => {
      for (let b = 0; phase !== 'after' || afterRestart < 60; b++) {
        const events: NewEvent[] = Array.from({ length: 10 }, (_, i) => ({
          id: nextId(),
          meterId,
          customerId: `cus_nc_${(c + i) % 7}`,
          identifier: `c${c}-b${b}-e${i}`,
          ts: at,
          value: new Decimal(i + 1),
          distinctValue: null,
          dimKey: '[]',
          dimensions: {},
        }));
        const startedBefore = phase !== 'after';
        for (;;) {
          try {
            await publish(events, new Date());
            break;
          } catch {
            failures++;
            await sleep(100);
          }
        }
        if (startedBefore && phase === 'after') spanned++;
        if (phase === 'after') afterRestart++;
        ackedBatches++;
        for (const e of events) {
          const m = acked.get(e.customerId) ?? { n: 0, sum: 0 };
          acked.set(e.customerId, { n: m.n + 1, sum: m.sum + e.value.toNumber() });
        }
      }
    };
    const crash = async () => {
      while (ackedBatches < 60) await sleep(5);
      phase = 'down';
      await nats.kill9();
      await sleep(1_000);
      await nats.restart();
      phase = 'after';
    };
    await Promise.all([crash(), ...Array.from({ length: 6 }, (_, c) => client(c))]);
    expect(phase).toBe('after');

    await createReadBarrier(store.db, log)('all');
    await worker.stop();
    while ((await foldEvents(store.db)) !== 0);
    const rows = await sql<{ customer_id: string; n: string; s: string }>`
      select customer_id, sum(event_count)::text as n, sum(value_sum)::text as s
      from meter_rollups where meter_id = ${meterId} group by customer_id order by customer_id`.execute(
      store.db,
    );
    const expected = [...acked]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([customer_id, m]) => ({ customer_id, n: String(m.n), s: String(m.sum) }));
    // Per customer, so that a failure tells lost events (fewer) from doubled ones (more).
    expect(rows.rows.map((r) => `${r.customer_id}: ${r.n} events, ${r.s}`)).toEqual(
      expected.map((r) => `${r.customer_id}: ${r.n} events, ${r.s}`),
    );
    // Publishes were in flight when the server died: they failed and were retried, or waited
    // for it to come back; either way they were counted once, not lost or doubled.
    expect(failures + spanned).toBeGreaterThan(0);
  }, 300_000);
});
