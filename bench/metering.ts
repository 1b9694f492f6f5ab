import pino from 'pino';
import { createTariff } from '../src/app/compose.js';
import { Decimal } from '../src/core/money/decimal.js';
import type { StoreKind } from '../src/db/store.js';
import type { NewEvent } from '../src/metering/rollup-store.js';
import { insertEvents } from '../src/metering/rollup-store.js';
import { newId, newIdBlock } from '../src/shared/ids.js';
import { PROCESS_TEST_KEY } from '../src/testing/process.js';
import { copyEventTables } from './event-tables.js';
import { jsonClient } from './http-client.js';
import { benchPlace, fillEvents, median, percentile, rebuildRollups } from './metering-store.js';
import type { BenchOptions, BenchRow, BenchSection } from './section.js';

const BATCH = 1000;
const CLIENTS = 4;

interface Sizes {
  rawRows: number;
  httpEvents: number;
  customers: number;
  reps: number;
  stored: number[];
  queries: number;
}

const FULL: Sizes = {
  rawRows: 200_000,
  httpEvents: 200_000,
  customers: 1000,
  reps: 5,
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
async function rawInsertRate(kind: StoreKind, sizes: Sizes, rep: number): Promise<number> {
  const place = await benchPlace(kind);
  const store = await place.open();
  try {
    const raw = await copyEventTables(store.db, 'bench_raw');
    const now = new Date();
    // The shape ingestion stores: ids from the same generator, ULID customer and meter ids,
    // identifiers, values and dimensions as the HTTP clients of (b) send them.
    const meterId = newId('mtr');
    const customers = Array.from({ length: sizes.customers }, () => newId('cus'));
    const batches: NewEvent[][] = [];
    for (let b = 0; b * BATCH < sizes.rawRows; b++) {
      const nextId = newIdBlock('evt');
      batches.push(
        Array.from({ length: BATCH }, (_, i) => ({
          id: nextId(),
          meterId,
          customerId: customers[(b * BATCH + i * 7919) % customers.length] as string,
          identifier: `r${rep}-b${b}-${i}`,
          ts: now,
          value: new Decimal((i % 997) + 1),
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
          await insertEvents(store.db, rows, now, raw);
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
async function httpIngestRate(kind: StoreKind, sizes: Sizes, rep: number): Promise<number> {
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

/** One database holding `stored` events, and a Tariff over it. */
async function filledStore(kind: StoreKind, stored: number, log: (m: string) => void) {
  const place = await benchPlace(kind);
  const store = await place.open();
  const tariff = await createTariff({ store, logger: pino({ level: 'silent' }) });
  const meter = await tariff.services.metering.createMeter({
    event_name: 'bench_tokens',
    formula: 'sum',
    dimension_keys: ['model'],
  });
  const start = new Date('2026-01-01T00:00:00Z');
  for (let filled = 0; filled < stored; filled = Math.min(stored, filled + 1_000_000)) {
    await fillEvents(store, meter.id, start, 59 * 86400, filled, Math.min(stored, filled + 1_000_000));
    log(`${kind}: ${fmt(Math.min(stored, filled + 1_000_000))} of ${fmt(stored)} events stored`);
  }
  await rebuildRollups(store);
  return {
    stored,
    ask: (customerId: string, window: { start: Date; end: Date }) =>
      tariff.services.metering.aggregate({ meterId: meter.id, customerId, ...window }),
    async close() {
      await tariff.close();
      await place.drop();
    },
  };
}

/**
 * (c) aggregate() for one customer and one calendar month, on one database per stored size. The
 * queries alternate between the databases, so that a change in this VM's speed during the run
 * moves every size alike instead of whichever size happened to be measured then.
 */
async function monthQuery(
  kind: StoreKind,
  sizes: Sizes,
  log: (m: string) => void,
): Promise<{ stored: number; p50: number; p99: number }[]> {
  const stores: Awaited<ReturnType<typeof filledStore>>[] = [];
  try {
    for (const stored of sizes.stored) stores.push(await filledStore(kind, stored, log));
    const month = { start: new Date('2026-02-01T00:00:00Z'), end: new Date('2026-03-01T00:00:00Z') };
    const times = stores.map(() => [] as number[]);
    for (let q = 0; q < sizes.queries + 50; q++) {
      const customerId = `cus_bench_${String((q * 37) % 1000).padStart(4, '0')}`;
      // Each round starts with a different database, so neither always runs first.
      for (let k = 0; k < stores.length; k++) {
        const i = (q + k) % stores.length;
        const t0 = performance.now();
        await stores[i]?.ask(customerId, month);
        if (q >= 50) times[i]?.push(performance.now() - t0);
      }
    }
    return stores.map((s, i) => {
      const sorted = (times[i] ?? []).sort((a, b) => a - b);
      return { stored: s.stored, p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
    });
  } finally {
    for (const s of stores) await s.close();
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
  // Each rep measures (a) and then (b) back to back, so its ratio is not moved by the drift of
  // this VM's speed between reps (the baseline alone has moved between 84k and 112k rows/s).
  const ratio = median(raw.map((r, i) => (http[i] ?? 0) / r));
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
      value: `${(ratio * 100).toFixed(0)} %`,
      note: `median of the ${sizes.reps} reps' own ratios (${raw.map((r, i) => `${(((http[i] ?? 0) / r) * 100).toFixed(0)}`).join(', ')} %); target ≥ 50 % on PostgreSQL`,
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
