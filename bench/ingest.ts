import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { sql } from 'kysely';
import { Decimal } from '../src/core/money/decimal.js';
import type { StoreKind } from '../src/db/store.js';
import { insertEvents, type NewEvent } from '../src/metering/rollup-store.js';
import { selectUsage } from '../src/metering/usage-sql.js';
import { newId, newIdBlock } from '../src/shared/ids.js';
import { PROCESS_TEST_KEY } from '../src/testing/process.js';
import { copyEventTables } from './event-tables.js';
import { jsonClient } from './http-client.js';
import { readerInAnotherProcess } from './http-timed.js';
import { benchPlace, fillEvents, median, percentile, rebuildRollups } from './metering-store.js';
import type { BenchOptions, BenchRow, BenchSection } from './section.js';

/**
 * Ingestion as applications send it, each measured against a baseline of the same database in
 * the same rep (this VM's speed drifts between reps):
 * - single events: 32 clients, one event per request, through `tariff serve` (group commit,
 *   src/metering/group-commit.ts) against single-row autocommit inserts at 32 connections;
 * - batches: 4 clients, 1,000-event batches, against (a) the same insert statement into a copy
 *   of meter_events and (min) a minimal table (identifier primary key, customer, event name,
 *   time, value) filled with `INSERT … SELECT FROM unnest(…)`, 4 writers, 1,000-row batches;
 * - reads during ingestion: a month's count for one customer (GET /v1/meters/:id/usage), one
 *   after the other, while the batches of (b) are being ingested and folded, from a reader in its
 *   own process (bench/read-timer.ts), as an application reads.
 * CPU per event is read from /proc for the server and every `postgres` process, and from this
 * process for the clients and the baselines' writers (other work on the machine counts too: a
 * noisy figure, for where the time goes, not a result). Summed over every process, it bounds a
 * path's rate on this machine: cores / CPU per event.
 */
const SINGLE_CLIENTS = 32;
const BATCH = 1000;
const WRITERS = 4;

interface Sizes {
  singles: number;
  rows: number;
  customers: number;
  reps: number;
}
const FULL: Sizes = { singles: 10_000, rows: 100_000, customers: 1000, reps: 3 };
const QUICK: Sizes = { singles: 640, rows: 4000, customers: 50, reps: 1 };
/**
 * Untimed single events (and single-row commits) sent before the timed ones, as many as half
 * the timed count: a production server has long compiled its hot paths and opened its
 * connections, while a server that just started interprets its first few thousand requests.
 * Both sides warm up alike, so the ratio compares steady states.
 */
const warmCount = (sizes: Sizes) => Math.floor(sizes.singles / 2);

/**
 * Sends `n` requests from `clients` concurrent clients, each request as soon as the client's
 * previous one was answered; returns each request's time (ms) and the elapsed time.
 */
async function drive(n: number, clients: number, send: (i: number) => Promise<unknown>) {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = next++; i < n; i = next++) {
        const t0 = performance.now();
        await send(i);
        times.push(performance.now() - t0);
      }
    }),
  );
  return { times, elapsed: performance.now() - started };
}
/** (t): the unfolded events a read finds when the fold lags (about 0.8 s of 50,000 events/s). */
const TAIL = { events: 40_000, quickEvents: 4000, history: 500_000, quickHistory: 20_000, reads: 400 };

const rate = (n: number, ms: number) => Math.round((n / ms) * 1000);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (v: number) => `${v.toFixed(2)} ms`;

/** CPU seconds used so far by the processes `pids` (utime + stime from /proc, 100 ticks/s). */
function cpuSeconds(pids: readonly number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended
    }
  }
  return ticks / 100;
}

function postgresPids(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') pids.push(Number(entry));
    } catch {
      // gone
    }
  }
  return pids;
}

/** CPU per event of the server, PostgreSQL (all its processes) and this process (the clients). */
function cpuMeter(serverPid: number | undefined) {
  const pg = postgresPids();
  const start = {
    server: serverPid ? cpuSeconds([serverPid]) : 0,
    pg: cpuSeconds(pg),
    clients: process.cpuUsage(),
  };
  return (events: number) => {
    const c = process.cpuUsage(start.clients);
    const per = (s: number) => (s / events) * 1e6;
    return {
      server: per((serverPid ? cpuSeconds([serverPid]) : 0) - start.server),
      pg: per(cpuSeconds(postgresPids()) - start.pg),
      clients: per((c.user + c.system) / 1e6),
    };
  };
}
type Cpu = ReturnType<ReturnType<typeof cpuMeter>>;
const cpuTotal = (c: Cpu) => c.server + c.pg + c.clients;
/** The machine's cores: everything measured here shares them. */
const CORES = availableParallelism();
/** The most events per second a path could reach on this machine at `cpu` µs of CPU per event. */
const ceiling = (cpu: number) => (CORES * 1e6) / cpu;
const cpuNote = (c: Cpu, kind: StoreKind) =>
  kind === 'postgres'
    ? `CPU/event: server ${c.server.toFixed(1)} µs, PostgreSQL ${c.pg.toFixed(1)} µs, clients ${c.clients.toFixed(1)} µs`
    : `CPU/event: server ${c.server.toFixed(1)} µs, clients ${c.clients.toFixed(1)} µs`;

function latencies(times: number[]) {
  const sorted = times.sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

/** Rows of ingestion's shape, as the HTTP clients send them. */
function shapedBatches(customers: readonly string[], meterId: string, n: number, tag: string): NewEvent[][] {
  const now = new Date();
  const batches: NewEvent[][] = [];
  for (let b = 0; b * BATCH < n; b++) {
    const nextId = newIdBlock('evt');
    batches.push(
      Array.from({ length: BATCH }, (_, i) => ({
        id: nextId(),
        meterId,
        customerId: customers[(b * BATCH + i * 7919) % customers.length] as string,
        identifier: `${tag}-b${b}-${i}`,
        ts: now,
        value: new Decimal((i % 997) + 1),
        distinctValue: null,
        dimKey: i % 4 === 0 ? '[["model","large"]]' : '[["model","tiny"]]',
        dimensions: { model: i % 4 === 0 ? 'large' : 'tiny' },
      })),
    );
  }
  return batches;
}

/** (1) Single-row autocommit inserts into a copy of meter_events, 32 connections. */
async function singleRowBaseline(kind: StoreKind, sizes: Sizes, rep: number) {
  const place = await benchPlace(kind);
  const store = await place.open(SINGLE_CLIENTS);
  try {
    await copyEventTables(store.db, 'bench_single');
    const meterId = newId('mtr');
    const customers = Array.from({ length: sizes.customers }, () => newId('cus'));
    const nextId = newIdBlock('evt');
    // The event's identifier claimed in the keys table and its row, in one statement.
    const insert = (identifier: string, i: number) =>
      sql`with e (meter_id, identifier, id, customer_id, ts) as (
          values (${meterId}, ${identifier}, ${nextId()}, ${customers[i % customers.length]}, now())),
        k as (insert into bench_single_keys select * from e on conflict do nothing returning *)
        insert into bench_single
          (meter_id, identifier, id, customer_id, ts, value, distinct_value, dim_key, dimensions, created_at)
        select meter_id, identifier, id, customer_id, ts, ${String((i % 997) + 1)}, null,
          '[["model","tiny"]]', '{"model":"tiny"}', now() from k`.execute(store.db);
    await drive(warmCount(sizes), SINGLE_CLIENTS, (i) => insert(`w${rep}-${i}`, i));
    const cpu = cpuMeter(undefined);
    const { times, elapsed } = await drive(sizes.singles, SINGLE_CLIENTS, (i) => insert(`r${rep}-${i}`, i));
    const used = cpu(sizes.singles);
    return { rate: rate(sizes.singles, elapsed), ...latencies(times), cpu: used.pg + used.clients };
  } finally {
    await store.close();
    await place.drop();
  }
}

/** (a) and (min): the same database's batched-insert rates, 4 writers, 1,000-row batches. */
async function batchBaselines(kind: StoreKind, sizes: Sizes, rep: number) {
  const place = await benchPlace(kind);
  const store = await place.open();
  try {
    const raw = await copyEventTables(store.db, 'bench_raw');
    await sql`create table bench_min (identifier text primary key, customer_id text not null,
      event_name text not null, ts timestamptz not null, value numeric not null)`.execute(store.db);
    const meterId = newId('mtr');
    const customers = Array.from({ length: sizes.customers }, () => newId('cus'));
    const batches = shapedBatches(customers, meterId, sizes.rows, `r${rep}`);
    // Rows per second, and the CPU per row of the database and this process (the writers; on
    // PGlite, the database too).
    const timed = async (write: (batch: NewEvent[]) => Promise<unknown>) => {
      let next = 0;
      const cpu = cpuMeter(undefined);
      const started = performance.now();
      await Promise.all(
        Array.from({ length: WRITERS }, async () => {
          for (let batch = batches[next++]; batch; batch = batches[next++]) await write(batch);
        }),
      );
      const elapsed = performance.now() - started;
      const used = cpu(batches.length * BATCH);
      return { rate: rate(batches.length * BATCH, elapsed), cpu: used.pg + used.clients };
    };
    const now = new Date();
    const same = await timed((batch) => insertEvents(store.db, batch, now, raw));
    const minimal = await timed((batch) =>
      sql`insert into bench_min (identifier, customer_id, event_name, ts, value)
        select * from unnest(${batch.map((e) => e.identifier)}::text[], ${batch.map((e) => e.customerId)}::text[],
          ${batch.map(() => 'bench_tokens')}::text[], ${batch.map((e) => e.ts.toISOString())}::timestamptz[],
          ${batch.map((e) => e.value.toString())}::numeric[])`.execute(store.db),
    );
    return { same: same.rate, minimal: minimal.rate, sameCpu: same.cpu, minimalCpu: minimal.cpu };
  } finally {
    await store.close();
    await place.drop();
  }
}

/** A running `tariff serve` (with its worker) holding one sum meter and `sizes.customers` customers. */
async function servedPlace(kind: StoreKind, sizes: Sizes, connections: number) {
  const place = await benchPlace(kind);
  const server = await place.server();
  const client = jsonClient(server.url, { authorization: `Bearer ${PROCESS_TEST_KEY}` }, connections);
  const post = async (path: string, body: unknown) =>
    (await client.post(path, JSON.stringify(body))).body as Record<string, unknown>;
  await post('/v1/meters', {
    event_name: 'bench_tokens',
    default_aggregation: { formula: 'sum' },
    dimension_payload_keys: ['model'],
  });
  const customers: string[] = [];
  for (let c = 0; c < sizes.customers; c++)
    customers.push(String((await post('/v1/customers', { external_id: `bench-${c}` })).id));
  return {
    place,
    server,
    client,
    customers,
    async close() {
      client.close();
      await server.stop();
      await place.drop();
    },
  };
}

/** (s) 32 clients, one event per request, through the server. */
async function httpSingles(kind: StoreKind, sizes: Sizes, rep: number) {
  const served = await servedPlace(kind, sizes, SINGLE_CLIENTS);
  try {
    const body = (tag: string, i: number) =>
      JSON.stringify({
        event_name: 'bench_tokens',
        identifier: `${tag}${rep}-${i}`,
        payload: {
          customer: served.customers[(i * 7919) % served.customers.length],
          value: String((i % 997) + 1),
          model: i % 4 === 0 ? 'large' : 'tiny',
        },
      });
    const warm = Array.from({ length: warmCount(sizes) }, (_, i) => body('w', i));
    const bodies = Array.from({ length: sizes.singles }, (_, i) => body('s', i));
    let accepted = 0;
    const send = async (b: string) => {
      const res = await served.client.post('/v1/meter_events', b);
      if ((res.body as { status?: string }).status === 'accepted') accepted++;
    };
    await drive(warm.length, SINGLE_CLIENTS, (i) => send(warm[i] as string));
    if (accepted !== warm.length) throw new Error(`only ${accepted} warm-up events accepted`);
    accepted = 0;
    const cpu = cpuMeter(served.server.child.pid);
    const { times, elapsed } = await drive(bodies.length, SINGLE_CLIENTS, (i) => send(bodies[i] as string));
    if (accepted !== bodies.length) throw new Error(`only ${accepted} single events accepted`);
    return { rate: rate(accepted, elapsed), ...latencies(times), cpu: cpu(accepted) };
  } finally {
    await served.close();
  }
}

/**
 * (b) 4 clients, 1,000-event batches, through the server; meanwhile one reader asks for a
 * customer's month, one query after the other (the reads are timed from the client: HTTP
 * included).
 */
async function httpBatches(kind: StoreKind, sizes: Sizes, rep: number) {
  const served = await servedPlace(kind, sizes, WRITERS + 1);
  try {
    const bodies: string[] = [];
    for (let b = 0; b * BATCH < sizes.rows; b++) {
      const events = Array.from({ length: BATCH }, (_, i) => ({
        event_name: 'bench_tokens',
        identifier: `r${rep}-b${b}-${i}`,
        payload: {
          customer: served.customers[(b * BATCH + i * 7919) % served.customers.length],
          value: String((i % 997) + 1),
          model: i % 4 === 0 ? 'large' : 'tiny',
        },
      }));
      bodies.push(JSON.stringify({ events }));
    }
    const now = new Date();
    const month = {
      start_time: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString(),
      end_time: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString(),
    };
    let next = 0;
    let accepted = 0;
    const where = served.place.where;
    const reader = await readerInAnotherProcess({
      ...('databaseUrl' in where ? { databaseUrl: where.databaseUrl } : {}),
      serverUrl: served.server.url,
      key: PROCESS_TEST_KEY,
      meter: 'bench_tokens',
      customers: served.customers,
      month,
    });
    const cpu = cpuMeter(served.server.child.pid);
    const started = performance.now();
    await Promise.all(
      Array.from({ length: WRITERS }, async () => {
        for (let body = bodies[next++]; body; body = bodies[next++]) {
          const res = await served.client.post('/v1/meter_events/batch', body);
          accepted += (res.body as { accepted: number }).accepted;
        }
      }),
    );
    const elapsed = performance.now() - started;
    const reads = await reader.stop();
    const usage = cpu(accepted);
    if (accepted !== bodies.length * BATCH) throw new Error(`only ${accepted} events accepted`);
    return { rate: rate(accepted, elapsed), cpu: usage, reads: latencies(reads), readCount: reads.length };
  } finally {
    await served.close();
  }
}

/**
 * (t) One customer's month while the fold lags: `selectUsage` (the month count's statement) with
 * TAIL.events unfolded events of 1,000 customers, read through the customer's own unfolded
 * events (index `meter_events_customer_txid`, migration 0105) and, in the same rep, through every
 * customer's (the index dropped: the plan before 0105), over a folded history of TAIL.history
 * events this month. Alternating halves; no ingestion runs, so this isolates the read's own cost
 * from the CPU the ingesting processes take.
 */
export async function tailReads(kind: StoreKind, quick: boolean) {
  const place = await benchPlace(kind);
  const store = await place.open(2);
  try {
    const meterId = newId('mtr');
    const customers = Array.from({ length: 1000 }, (_, c) => `cus_bench_${String(c).padStart(4, '0')}`);
    const now = new Date();
    const bucket = {
      start: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)),
      end: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)),
    };
    // This month's folded history (rollups, horizon past it), then the unfolded tail.
    const history = quick ? TAIL.quickHistory : TAIL.history;
    const sinceMonth = Math.max(1, Math.floor((now.getTime() - bucket.start.getTime()) / 1000));
    await fillEvents(store, meterId, bucket.start, sinceMonth, 0, history);
    await rebuildRollups(store);
    const n = quick ? TAIL.quickEvents : TAIL.events;
    for (const batch of shapedBatches(customers, meterId, n, 't')) await insertEvents(store.db, batch, now);
    await sql`analyze meter_events`.execute(store.db);
    const hint = (await sql<{ h: string }>`select horizon::text as h from meter_fold`.execute(store.db))
      .rows[0]?.h;
    const times = { customer: [] as number[], all: [] as number[] };
    const reads = quick ? 40 : TAIL.reads;
    for (const half of ['customer', 'all', 'customer', 'all'] as const) {
      if (half === 'all') await sql`drop index if exists meter_events_customer_txid`.execute(store.db);
      else
        await sql`create index if not exists meter_events_customer_txid on meter_events (customer_id, txid)`.execute(
          store.db,
        );
      for (let q = 0; q < reads / 2; q++) {
        const t0 = performance.now();
        await selectUsage(store.db, {
          meterId,
          formula: 'sum',
          customerId: customers[(q * 37) % customers.length],
          buckets: [bucket],
          horizonHint: hint ?? '0',
        });
        if (q >= 5) times[half].push(performance.now() - t0);
      }
    }
    return { customer: latencies(times.customer), all: latencies(times.all), unfolded: n, history };
  } finally {
    await store.close();
    await place.drop();
  }
}

async function runStore(kind: StoreKind, sizes: Sizes, options: BenchOptions): Promise<BenchRow[]> {
  const base: Awaited<ReturnType<typeof singleRowBaseline>>[] = [];
  const singles: Awaited<ReturnType<typeof httpSingles>>[] = [];
  const baselines: Awaited<ReturnType<typeof batchBaselines>>[] = [];
  const batches: Awaited<ReturnType<typeof httpBatches>>[] = [];
  const tails: Awaited<ReturnType<typeof tailReads>>[] = [];
  for (let rep = 0; rep < sizes.reps; rep++) {
    tails.push(await tailReads(kind, sizes === QUICK));
    base.push(await singleRowBaseline(kind, sizes, rep));
    singles.push(await httpSingles(kind, sizes, rep));
    baselines.push(await batchBaselines(kind, sizes, rep));
    batches.push(await httpBatches(kind, sizes, rep));
    const [s0, s, bl, b] = [base[rep], singles[rep], baselines[rep], batches[rep]];
    options.log(
      `${kind} rep ${rep}: single-row ${fmt(s0?.rate ?? 0)}/s, singles ${fmt(s?.rate ?? 0)}/s ` +
        `(p50 ${ms(s?.p50 ?? 0)}, p99 ${ms(s?.p99 ?? 0)}), (a) ${fmt(bl?.same ?? 0)}/s, ` +
        `(min) ${fmt(bl?.minimal ?? 0)}/s, (b) ${fmt(b?.rate ?? 0)}/s, ` +
        `reads p50 ${ms(b?.reads.p50 ?? 0)}, p99 ${ms(b?.reads.p99 ?? 0)} (${b?.readCount} reads)`,
    );
  }
  const med = (f: (i: number) => number) => median(Array.from({ length: sizes.reps }, (_, i) => f(i)));
  const pct = (f: (i: number) => number) => `${(med(f) * 100).toFixed(0)} %`;
  const list = (f: (i: number) => number) =>
    Array.from({ length: sizes.reps }, (_, i) => (f(i) * 100).toFixed(0)).join(', ');
  const s = (i: number) => singles[i] as Awaited<ReturnType<typeof httpSingles>>;
  const s0 = (i: number) => base[i] as Awaited<ReturnType<typeof singleRowBaseline>>;
  const bl = (i: number) => baselines[i] as Awaited<ReturnType<typeof batchBaselines>>;
  const b = (i: number) => batches[i] as Awaited<ReturnType<typeof httpBatches>>;
  const midCpu = (f: (i: number) => Cpu): Cpu => ({
    server: med((i) => f(i).server),
    pg: med((i) => f(i).pg),
    clients: med((i) => f(i).clients),
  });
  const reps = `median of ${sizes.reps}`;
  const t = (i: number) => tails[i] as Awaited<ReturnType<typeof tailReads>>;
  return [
    {
      store: kind,
      metric: '(1) single-row commits, 32 connections (baseline)',
      value: `${fmt(med((i) => s0(i).rate))} rows/s`,
      note: `${reps}; p50 ${ms(med((i) => s0(i).p50))}, p99 ${ms(med((i) => s0(i).p99))}; ${fmt(sizes.singles)} rows after ${fmt(warmCount(sizes))} untimed`,
    },
    {
      store: kind,
      metric: '(s) HTTP single events, 32 clients (group commit)',
      value: `${fmt(med((i) => s(i).rate))} events/s`,
      note: `${reps}; ${fmt(sizes.singles)} events after ${fmt(warmCount(sizes))} untimed; p50 ${ms(med((i) => s(i).p50))}, p99 ${ms(med((i) => s(i).p99))}; ${cpuNote(
        midCpu((i) => s(i).cpu),
        kind,
      )}`,
    },
    {
      store: kind,
      metric: '(s) / (1)',
      value: pct((i) => s(i).rate / s0(i).rate),
      note: `median of the reps' own ratios (${list((i) => s(i).rate / s0(i).rate)} %)`,
    },
    {
      store: kind,
      metric: '(s) CPU per event, (1) CPU per row',
      value: `${med((i) => cpuTotal(s(i).cpu)).toFixed(1)} µs / ${med((i) => s0(i).cpu).toFixed(1)} µs`,
      note: `${reps}; every process (server, database, clients; for (1) the database and its 32 connections' client); on ${CORES} cores (s) cannot pass ${fmt(med((i) => ceiling(cpuTotal(s(i).cpu))))} events/s`,
    },
    {
      store: kind,
      metric: '(a) batched insert, same rows and indexes as meter_events',
      value: `${fmt(med((i) => bl(i).same))} rows/s`,
      note: `${reps}, ${fmt(sizes.rows)} rows, ${WRITERS} writers, ${BATCH}/batch`,
    },
    {
      store: kind,
      metric: '(min) batched insert, minimal table (unnest)',
      value: `${fmt(med((i) => bl(i).minimal))} rows/s`,
      note: `${reps}; identifier primary key, customer, event name, time, value`,
    },
    {
      store: kind,
      metric: '(b) HTTP batch ingestion, with the fold and a reader',
      value: `${fmt(med((i) => b(i).rate))} events/s`,
      note: `${reps}, ${WRITERS} clients, ${BATCH}/batch, ${sizes.customers} customers; ${cpuNote(
        midCpu((i) => b(i).cpu),
        kind,
      )}`,
    },
    {
      store: kind,
      metric: '(b) / (a)',
      value: pct((i) => b(i).rate / bl(i).same),
      note: `reps: ${list((i) => b(i).rate / bl(i).same)} %`,
    },
    {
      store: kind,
      metric: '(b) / (min)',
      value: pct((i) => b(i).rate / bl(i).minimal),
      note: `reps: ${list((i) => b(i).rate / bl(i).minimal)} %; target ≥ 50 % on PostgreSQL`,
    },
    {
      store: kind,
      metric: 'CPU per event: (b) / (a) / (min)',
      value: `${med((i) => cpuTotal(b(i).cpu)).toFixed(1)} / ${med((i) => bl(i).sameCpu).toFixed(1)} / ${med((i) => bl(i).minimalCpu).toFixed(1)} µs`,
      note: `${reps}; every process over the rows stored: for (b) the server with its fold, the database and the clients, for (a) and (min) the database and the writers; on ${CORES} cores (b) cannot pass ${CORES} s / its CPU per event = ${fmt(med((i) => ceiling(cpuTotal(b(i).cpu))))} events/s, ${pct((i) => ceiling(cpuTotal(b(i).cpu)) / bl(i).minimal)} of (min); 50 % of (min) needs at most ${med((i) => (2 * CORES * 1e6) / bl(i).minimal).toFixed(1)} µs per event in all`,
    },
    {
      store: kind,
      metric: '(r) month count during (b), p50 / p99',
      value: `${ms(med((i) => b(i).reads.p50))} / ${ms(med((i) => b(i).reads.p99))}`,
      note: `from a process of its own: ${kind === 'postgres' ? 'aggregate() from a second Tariff on the database' : 'HTTP GET usage from the server'}, one customer, this month, every 10 ms; ~${fmt(med((i) => b(i).readCount))} reads per rep; target p99 ≤ 5 ms`,
    },
    {
      store: kind,
      metric: '(t) month count, unfolded tail by customer, p50 / p99',
      value: `${ms(med((i) => t(i).customer.p50))} / ${ms(med((i) => t(i).customer.p99))}`,
      note: `${reps}; the month statement alone, ${fmt(t(0).unfolded)} unfolded events of 1,000 customers over ${fmt(t(0).history)} folded, index (customer_id, txid)`,
    },
    {
      store: kind,
      metric: '(t0) the same through every customer’s tail, p50 / p99',
      value: `${ms(med((i) => t(i).all.p50))} / ${ms(med((i) => t(i).all.p99))}`,
      note: `${reps}; the plan before migration 0105 (txid index), alternating with (t) in each rep; p99 ratio ${pct((i) => t(i).customer.p99 / t(i).all.p99)}`,
    },
  ];
}

export const ingestBench: BenchSection = {
  name: 'ingest',
  async run(options) {
    const sizes = options.quick ? QUICK : FULL;
    const rows: BenchRow[] = [];
    for (const kind of options.stores) rows.push(...(await runStore(kind, sizes, options)));
    return rows;
  },
};
