import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
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
import { messageId } from './message.js';
import { type NatsServer, startNatsServer } from './nats-server.js';
import { partitionOf } from './partition.js';
import { createPublisher } from './publisher.js';
import { startWorkerProcess, type WorkerProcess } from './worker-process.js';

/**
 * Exactly once across crashes, redeliveries and lease moves, with real processes: 2–3
 * `tariff ingest-worker` processes on PostgreSQL pull from a real nats-server; the property
 * interleaves publishes, `kill -9` of workers (also by fault injection right after a commit,
 * before the acks), new workers joining (lease moves) and short ack waits (redeliveries). At the
 * end the rollups must equal a model built from the acknowledged events: per (customer,
 * identifier) the first published value, each counted once; every later copy refused once.
 */
const PARTITIONS = 4;

describe('ingest log: exactly once (real nats-server, worker processes, PostgreSQL)', () => {
  let nats: NatsServer;
  let store: TestStore;
  let log: IngestLog;
  let config: IngestLogConfig;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    nats = await startNatsServer();
    store = await freshStore('postgres');
    config = {
      natsUrl: nats.url,
      partitions: PARTITIONS,
      prefix: `EO${randomBytes(3).toString('hex').toUpperCase()}`,
      duplicateWindowMs: 60_000,
      ackWaitMs: 1_500,
      leaseMs: 1_500,
      readWaitMs: 60_000,
      applyInProcess: false,
    };
    log = await openIngestLog(config, 'exactly-once-test');
  });

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.kill9()));
    await log?.close();
    await store?.dispose();
    await nats?.stop();
  });

  const workerEnv = (faults: number) => ({
    DATABASE_URL: store.url,
    NATS_URL: nats.url,
    TARIFF_INGEST_PARTITIONS: String(PARTITIONS),
    TARIFF_INGEST_STREAM: config.prefix,
    TARIFF_INGEST_ACK_WAIT_MS: String(config.ackWaitMs),
    TARIFF_INGEST_LEASE_MS: String(config.leaseMs),
    TARIFF_INGEST_FAULT_KILL_AFTER_COMMIT: String(faults),
    LOG_LEVEL: 'warn',
  });
  const spawnWorker = async (faults: number) => {
    const w = await startWorkerProcess({ ...workerEnv(faults), LOG_LEVEL: 'info' });
    workers.push(w);
    return w;
  };
  const alive = () => workers.filter((w) => w.alive());

  const command = fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('publish' as const),
        events: fc.array(
          fc.record({ customer: fc.nat(5), n: fc.nat(12), value: fc.integer({ min: -50, max: 500 }) }),
          { minLength: 1, maxLength: 40 },
        ),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('kill' as const), which: fc.nat(2) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('spawn' as const) }) },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('pause' as const), ms: fc.integer({ min: 50, max: 1_500 }) }),
    },
  );

  it('counts every acknowledged event exactly once in the rollups', async () => {
    const publish = createPublisher(log);
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 4, maxLength: 12 }), async (commands) => {
        run++;
        const meterId = `mtr_eo_${run}_${randomBytes(3).toString('hex')}`;
        await sql`insert into meters (id, event_name, display_name, formula, customer_key, value_key, status)
          values (${meterId}, ${meterId}, ${meterId}, 'sum', 'customer', 'value', 'active')`.execute(
          store.db,
        );
        const nextId = newIdBlock('evt');
        const model = new Map<string, Map<string, number>>();
        let copies = 0;
        // Copies in a message whose id the log saw before: JetStream drops such a message inside
        // its duplicate window, but a message that reached the stream after a worker crash may be
        // judged afresh; then its copies are refused (never counted: the rollups below are exact).
        let retriedCopies = 0;
        const messageIds = new Set<string>();
        const at = new Date(Date.now() - 3_600_000);
        while (alive().length < 2) await spawnWorker(0.15);
        for (const c of commands) {
          if (c.kind === 'publish') {
            // Identifiers are unique within a request (the API dedups within a batch first).
            const seen = new Set<string>();
            const events: NewEvent[] = [];
            for (const e of c.events) {
              const customerId = `cus_eo_${run}_${e.customer}`;
              const identifier = `${customerId}-${e.n}`;
              if (seen.has(identifier)) continue;
              seen.add(identifier);
              events.push({
                id: nextId(),
                meterId,
                customerId,
                identifier,
                ts: at,
                value: new Decimal(e.value),
                distinctValue: null,
                dimKey: '[]',
                dimensions: {},
              });
            }
            await publish(events, new Date());
            // Acknowledged: the first copy of an identifier counts, later ones are refused by a
            // worker, except in a message whose id (its partition's keys) the log saw before:
            // JetStream drops that one as a retry.
            const byPartition = new Map<number, NewEvent[]>();
            for (const e of events) {
              const p = partitionOf(e.customerId, PARTITIONS);
              byPartition.set(p, [...(byPartition.get(p) ?? []), e]);
            }
            for (const [p, list] of byPartition) {
              const id = messageId(p, list);
              const retried = messageIds.has(id);
              messageIds.add(id);
              for (const e of list) {
                const values = model.get(e.customerId) ?? new Map<string, number>();
                model.set(e.customerId, values);
                if (!values.has(e.identifier)) values.set(e.identifier, e.value.toNumber());
                else if (!retried) copies++;
                else retriedCopies++;
              }
            }
          } else if (c.kind === 'kill') {
            await alive()[c.which % Math.max(1, alive().length)]?.kill9();
          } else if (c.kind === 'spawn') {
            if (alive().length < 3) await spawnWorker(0.15);
          } else {
            await new Promise((r) => setTimeout(r, c.ms));
          }
        }
        // Drain with a healthy worker (no fault injection) beside whatever survived.
        const drainer = await spawnWorker(0);
        await createReadBarrier(store.db, log)('all');
        await drainer.stop();
        while ((await foldEvents(store.db)) !== 0);

        const rows = await sql<{ customer_id: string; n: string; s: string }>`
          select customer_id, sum(event_count)::text as n, sum(value_sum)::text as s
          from meter_rollups where meter_id = ${meterId} group by customer_id`.execute(store.db);
        const daily = await sql<{ n: string; s: string }>`
          select coalesce(sum(event_count), 0)::text as n, coalesce(sum(value_sum), 0)::text as s
          from meter_rollups_day where meter_id = ${meterId}`.execute(store.db);
        const expected = [...model].map(([customer, values]) => ({
          customer_id: customer,
          n: String(values.size),
          s: String([...values.values()].reduce((a, b) => a + b, 0)),
        }));
        const byCustomer = (a: { customer_id: string }, b: { customer_id: string }) =>
          a.customer_id.localeCompare(b.customer_id);
        expect(rows.rows.sort(byCustomer)).toEqual(expected.sort(byCustomer));
        expect(daily.rows[0]).toEqual({
          n: String(expected.reduce((a, e) => a + Number(e.n), 0)),
          s: String(expected.reduce((a, e) => a + Number(e.s), 0)),
        });
        const refused = await sql<{ n: string }>`select count(*)::text as n from ingest_log_refusals
          where meter_id = ${meterId} and code = 'duplicate'`.execute(store.db);
        // A refused event is never a stored one (a message delivered twice in one fetch used to
        // refuse its events as copies of themselves).
        const selfRefused = await sql<{ n: string }>`select count(*)::text as n from ingest_log_refusals r
          join meter_events e on e.id = r.event_id where r.meter_id = ${meterId}`.execute(store.db);
        expect(selfRefused.rows[0]?.n).toBe('0');
        expect(Number(refused.rows[0]?.n)).toBeGreaterThanOrEqual(copies);
        expect(Number(refused.rows[0]?.n)).toBeLessThanOrEqual(copies + retriedCopies);
      }),
      { numRuns: 3, endOnFailure: true },
    );
  }, 600_000);
});
