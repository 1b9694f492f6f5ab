import { sql } from 'kysely';
import pino from 'pino';
import { createTariff } from '../src/app/compose.js';
import { Decimal } from '../src/core/money/decimal.js';
import type { StoreKind } from '../src/db/store.js';
import type { NewEvent } from '../src/metering/rollup-store.js';
import { insertEvents } from '../src/metering/rollup-store.js';
import { PROCESS_TEST_KEY } from '../src/testing/process.js';
import { jsonClient } from './http-client.js';
import { benchPlace, fillEvents, median, percentile, rebuildRollups } from './metering-store.js';
import type { BenchOptions, BenchRow, BenchSection } from './sections.js';

const BATCH = 1000;
const CLIENTS = 4;

export interface Sizes {
  rawRows: number;
  httpEvents: number;
  customers: number;
  reps: number;
  stored: number[];
  queries: number;
}

export const FULL: Sizes = {
  rawRows: 200_000,
  httpEvents: 200_000,
  customers: 1000,
  reps: 3,
  stored: [1_000_000, 10_000_000],
  queries: 2000,
};
const QUICK: Sizes = {
  rawRows: 4000,
  httpEvents: 4000,
  customers: 50,
  reps: 1,
  stored: [20_000, 100_000],
  queries: 200,
};

const rate = (n: number, ms: number) => Math.round((n / ms) * 1000);
const fmt = (n: number) => n.toLocaleString('en-US');

/** (a) The same insert statement ingestion uses, into a copy of meter_events (same columns and indexes). */
export async function rawInsertRate(kind: StoreKind, sizes: Sizes, rep: number): Promise<number> {
  const place = await benchPlace(kind);
  const store = await place.open();
  try {
    await sql`create table bench_raw (like meter_events including all)`.execute(store.db);
    const now = new Date();
    const batches: NewEvent[][] = [];
    for (let b = 0; b * BATCH < sizes.rawRows; b++) {
      batches.push(
        Array.from({ length: BATCH }, (_, i) => ({
          id: `evt_raw_${rep}_${b}_${i}`,
          meterId: 'mtr_bench',
          customerId: `cus_bench_${(i * 7) % sizes.customers}`,
          identifier: `raw-${b}-${i}`,
          ts: now,
          value: new Decimal((i % 1000) + 1),
          distinctValue: null,
          dimKey: i % 4 === 0 ? '[["model","large"]]' : '[["model","tiny"]]',
          dimensions: { model: i % 4 === 0 ? 'large' : 'tiny' },
        })),
      );
    }
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        for (let batch = batches[next++]; batch; batch = batches[next++]) {
          const rows = batch;
          await store.db.transaction().execute((trx) => insertEvents(trx, rows, now, 'bench_raw'));
        }
      }),
    );
    return rate(batches.length * BATCH, performance.now() - started);
  } finally {
    await store.close();
    await place.drop();
  }
}

/** (b) 1,000-event batches from 4 concurrent clients through a running `tariff serve`. */
export async function httpIngestRate(kind: StoreKind, sizes: Sizes, rep: number): Promise<number> {
  const place = await benchPlace(kind);
  const server = await place.server();
  const client = jsonClient(server.url, { authorization: `Bearer ${PROCESS_TEST_KEY}` }, CLIENTS);
  const post = async (path: string, body: unknown) =>
    (await client.post(path, JSON.stringify(body))).body as Record<string, unknown>;
  try {
    await post('/v1/meters', {
      event_name: 'bench_tokens',
      default_aggregation: { formula: 'sum' },
      dimension_payload_keys: ['model'],
    });
    const customers: string[] = [];
    for (let c = 0; c < sizes.customers; c++)
      customers.push(String((await post('/v1/customers', { external_id: `bench-${c}` })).id));
    // Bodies are serialised before the clock starts: only the server is measured.
    const bodies: string[] = [];
    for (let b = 0; b * BATCH < sizes.httpEvents; b++) {
      const events = Array.from({ length: BATCH }, (_, i) => ({
        event_name: 'bench_tokens',
        identifier: `r${rep}-b${b}-${i}`,
        payload: {
          customer: customers[(b * BATCH + i * 7919) % customers.length],
          value: String((i % 997) + 1),
          model: i % 4 === 0 ? 'large' : 'tiny',
        },
      }));
      bodies.push(JSON.stringify({ events }));
    }
    let next = 0;
    let accepted = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        for (let body = bodies[next++]; body; body = bodies[next++]) {
          const res = await client.post('/v1/meter_events/batch', body);
          accepted += (res.body as { accepted: number }).accepted;
        }
      }),
    );
    const ms = performance.now() - started;
    if (accepted !== bodies.length * BATCH) throw new Error(`only ${accepted} events accepted`);
    return rate(accepted, ms);
  } finally {
    client.close();
    await server.stop();
    await place.drop();
  }
}

/** (c) aggregate() for one customer and one calendar month, at each stored size. */
async function monthQuery(
  kind: StoreKind,
  sizes: Sizes,
  log: (m: string) => void,
): Promise<{ stored: number; p50: number; p99: number }[]> {
  const place = await benchPlace(kind);
  const store = await place.open();
  const tariff = await createTariff({ store, logger: pino({ level: 'silent' }) });
  try {
    const metering = tariff.services.metering;
    const meter = await metering.createMeter({
      event_name: 'bench_tokens',
      formula: 'sum',
      dimension_keys: ['model'],
    });
    const start = new Date('2026-01-01T00:00:00Z');
    const span = 59 * 86400;
    const out = [];
    let filled = 0;
    for (const target of sizes.stored) {
      for (; filled < target; filled = Math.min(target, filled + 1_000_000)) {
        await fillEvents(store, meter.id, start, span, filled, Math.min(target, filled + 1_000_000));
        log(`${kind}: ${fmt(Math.min(target, filled + 1_000_000))} events stored`);
      }
      await rebuildRollups(store);
      const month = { start: new Date('2026-02-01T00:00:00Z'), end: new Date('2026-03-01T00:00:00Z') };
      const times: number[] = [];
      for (let q = 0; q < sizes.queries + 50; q++) {
        const customerId = `cus_bench_${String((q * 37) % 1000).padStart(4, '0')}`;
        const t0 = performance.now();
        await metering.aggregate({ meterId: meter.id, customerId, ...month });
        if (q >= 50) times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      out.push({ stored: target, p50: percentile(times, 50), p99: percentile(times, 99) });
    }
    return out;
  } finally {
    await tariff.close();
    await place.drop();
  }
}

async function runStore(kind: StoreKind, sizes: Sizes, options: BenchOptions): Promise<BenchRow[]> {
  const raw: number[] = [];
  const http: number[] = [];
  for (let rep = 0; rep < sizes.reps; rep++) {
    raw.push(await rawInsertRate(kind, sizes, rep));
    options.log(`${kind}: (a) raw insert ${fmt(raw[rep] ?? 0)} rows/s`);
    http.push(await httpIngestRate(kind, sizes, rep));
    options.log(`${kind}: (b) HTTP ingestion ${fmt(http[rep] ?? 0)} events/s`);
  }
  const a = median(raw);
  const b = median(http);
  const q = await monthQuery(kind, sizes, options.log);
  const ms = (v: number) => `${v.toFixed(2)} ms`;
  const rows: BenchRow[] = [
    {
      store: kind,
      metric: '(a) raw batched insert, same rows and indexes',
      value: `${fmt(a)} rows/s`,
      note: `median of ${sizes.reps}, ${fmt(sizes.rawRows)} rows, ${CLIENTS} writers`,
    },
    {
      store: kind,
      metric: '(b) HTTP batch ingestion',
      value: `${fmt(b)} events/s`,
      note: `median of ${sizes.reps}, ${fmt(sizes.httpEvents)} events, ${BATCH}/batch, ${CLIENTS} clients, ${sizes.customers} customers`,
    },
    {
      store: kind,
      metric: '(b) / (a)',
      value: `${((b / a) * 100).toFixed(0)} %`,
      note: 'target ≥ 50 % on PostgreSQL',
    },
  ];
  for (const r of q) {
    rows.push({
      store: kind,
      metric: `(c) month count p50 / p99 at ${fmt(r.stored)} events`,
      value: `${ms(r.p50)} / ${ms(r.p99)}`,
      note: `${fmt(sizes.queries)} queries, 1,000 customers`,
    });
  }
  const first = q[0];
  const last = q[q.length - 1];
  if (first && last && first !== last) {
    rows.push({
      store: kind,
      metric: `(c) p99 ratio ${fmt(last.stored)} / ${fmt(first.stored)}`,
      value: (last.p99 / first.p99).toFixed(2),
      note: 'target ≤ 1 (p99 ≤ 5 ms)',
    });
  }
  return rows;
}

export const meteringBench: BenchSection = {
  name: 'metering',
  async run(options) {
    const sizes = options.quick ? QUICK : FULL;
    const rows: BenchRow[] = [];
    for (const kind of options.stores) rows.push(...(await runStore(kind, sizes, options)));
    return rows;
  },
};
