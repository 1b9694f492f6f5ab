import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startNatsServer } from '../src/ingest-log/nats-server.js';
import { startWorkerProcess, type WorkerProcess } from '../src/ingest-log/worker-process.js';
import { PROCESS_TEST_KEY, type ServerProcess, startServer } from '../src/testing/process.js';
import { createTestDatabase } from '../src/testing/stores.js';
import { jsonClient } from './http-client.js';
import { percentile } from './metering-store.js';
import type { BenchOptions, BenchRow, BenchSection } from './section.js';

/**
 * Scale-out ingestion (docs/scaling.md), PostgreSQL only: today's direct path (one `tariff serve`
 * writing meter_events, its worker folding) against the JetStream ingest log (API processes
 * publishing, `tariff ingest-worker` processes applying and folding), all on this one machine.
 * - events/s end to end: from the first request to the moment every event is in the hourly
 *   rollups (acknowledged, applied, folded);
 * - ack/s: acknowledged events per second while the clients send;
 * - lag: from a probe event's acknowledgement to its row being readable in meter_events (what a
 *   read counts), p50/p99, probes sent one after the other during the load;
 * - one more process: the same load with a third apply worker.
 */
const CLIENTS = 8;
const BATCH = 100;
interface Sizes {
  events: number;
  customers: number;
}
const FULL: Sizes = { events: 20_000, customers: 200 };
const QUICK: Sizes = { events: 4_000, customers: 20 };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

interface Topology {
  readonly name: string;
  readonly apis: number;
  readonly workers: number;
  readonly log: boolean;
}

async function runTopology(t: Topology, sizes: Sizes, log: (m: string) => void) {
  const database = await createTestDatabase();
  const nats = t.log ? await startNatsServer() : undefined;
  const servers: ServerProcess[] = [];
  const workers: WorkerProcess[] = [];
  const db = new pg.Pool({ connectionString: database.url, max: 2 });
  const logEnv = {
    TARIFF_INGEST: 'jetstream',
    NATS_URL: nats?.url ?? '',
    TARIFF_INGEST_STREAM: `B${randomBytes(3).toString('hex').toUpperCase()}`,
  };
  const saved = { ...process.env };
  try {
    if (t.log) Object.assign(process.env, logEnv);
    else delete process.env.TARIFF_INGEST;
    for (let i = 0; i < t.apis; i++)
      servers.push(await startServer({ databaseUrl: database.url, ...(t.log && { args: ['--no-worker'] }) }));
    for (let i = 0; i < t.workers; i++)
      workers.push(await startWorkerProcess({ DATABASE_URL: database.url, ...logEnv, LOG_LEVEL: 'info' }));
    const clients = servers.map((s) =>
      jsonClient(s.url, { authorization: `Bearer ${PROCESS_TEST_KEY}` }, CLIENTS),
    );
    const first = clients[0] as (typeof clients)[number];
    const post = async (path: string, body: unknown) =>
      (await first.post(path, JSON.stringify(body))).body as Record<string, unknown>;
    const meter = await post('/v1/meters', {
      event_name: 'scale_tokens',
      default_aggregation: { formula: 'sum' },
    });
    const customers: string[] = [];
    for (let c = 0; c < sizes.customers; c++)
      customers.push(String((await post('/v1/customers', { external_id: `scale-${c}` })).id));
    const probeCustomer = String((await post('/v1/customers', { external_id: 'scale-probe' })).id);

    const bodies: string[] = [];
    for (let b = 0; b * BATCH < sizes.events; b++) {
      const events = Array.from({ length: BATCH }, (_, i) => ({
        event_name: 'scale_tokens',
        identifier: `b${b}-${i}`,
        payload: { customer: customers[(b * BATCH + i * 7919) % customers.length], value: '1' },
      }));
      bodies.push(JSON.stringify({ events }));
    }
    let next = 0;
    let accepted = 0;
    let sending = true;
    const lags: number[] = [];
    const started = performance.now();
    const prober = (async () => {
      for (let p = 0; sending; p++) {
        const identifier = `probe-${p}`;
        await first.post(
          '/v1/meter_events',
          JSON.stringify({
            event_name: 'scale_tokens',
            identifier,
            payload: { customer: probeCustomer, value: '0' },
          }),
        );
        const acked = performance.now();
        for (;;) {
          const r = await db.query('select 1 from meter_events where meter_id = $1 and identifier = $2', [
            meter.id,
            identifier,
          ]);
          if (r.rowCount) break;
          await sleep(2);
        }
        lags.push(performance.now() - acked);
        await sleep(20);
      }
    })();
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, c) => {
        const client = clients[c % clients.length] as (typeof clients)[number];
        for (let body = bodies[next++]; body; body = bodies[next++]) {
          const res = await client.post('/v1/meter_events/batch', body);
          accepted += (res.body as { accepted: number }).accepted;
        }
      }),
    );
    const ackedAt = performance.now();
    sending = false;
    await prober;
    if (accepted !== sizes.events) throw new Error(`${t.name}: only ${accepted} of ${sizes.events} accepted`);
    // End to end: every event in the hourly rollups (the fold runs in serve's worker, or in the
    // apply workers).
    for (;;) {
      const r = await db.query<{ n: string | null }>(
        'select sum(event_count)::text as n from meter_rollups where meter_id = $1 and customer_id <> $2',
        [meter.id, probeCustomer],
      );
      if (Number(r.rows[0]?.n ?? 0) >= sizes.events) break;
      await sleep(20);
    }
    const folded = performance.now();
    for (const c of clients) c.close();
    lags.sort((a, b) => a - b);
    const result = {
      ackRate: (accepted / (ackedAt - started)) * 1000,
      endToEnd: (accepted / (folded - started)) * 1000,
      lagP50: percentile(lags, 50),
      lagP99: percentile(lags, 99),
      probes: lags.length,
    };
    log(`${t.name}: ${fmt(result.endToEnd)} events/s end to end, lag p50 ${result.lagP50.toFixed(1)} ms`);
    return result;
  } finally {
    process.env = saved;
    await Promise.all(workers.map((w) => w.stop()));
    await Promise.all(servers.map((s) => s.stop()));
    await db.end();
    await nats?.stop();
    await database.drop();
  }
}

export const scaleBench: BenchSection = {
  name: 'scale',
  async run(options: BenchOptions): Promise<BenchRow[]> {
    if (!options.stores.includes('postgres')) return [];
    const sizes = options.quick ? QUICK : FULL;
    const topologies: Topology[] = [
      { name: 'direct: 1 serve (worker folds)', apis: 1, workers: 0, log: false },
      { name: 'JetStream: 2 API + 2 apply workers', apis: 2, workers: 2, log: true },
      { name: 'JetStream: 2 API + 3 apply workers', apis: 2, workers: 3, log: true },
      { name: 'JetStream: 3 API + 2 apply workers', apis: 3, workers: 2, log: true },
    ];
    const rows: BenchRow[] = [];
    const note = `${fmt(sizes.events)} events, ${CLIENTS} clients, batches of ${BATCH}, ${sizes.customers} customers; one 2-core machine shared with the load generator`;
    for (const t of topologies) {
      const r = await runTopology(t, sizes, options.log);
      rows.push(
        { store: 'postgres', metric: `${t.name}: events/s end to end`, value: fmt(r.endToEnd), note },
        { store: 'postgres', metric: `${t.name}: acknowledged events/s`, value: fmt(r.ackRate) },
        {
          store: 'postgres',
          metric: `${t.name}: lag ack → readable, p50 / p99`,
          value: `${r.lagP50.toFixed(1)} / ${r.lagP99.toFixed(1)} ms`,
          note: `${r.probes} probes`,
        },
      );
    }
    return rows;
  },
};
