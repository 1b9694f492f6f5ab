import type { InjectOptions } from 'fastify';
import { sql } from 'kysely';
import pino from 'pino';
import { createTariff } from '../src/app/compose.js';
import type { StoreKind } from '../src/db/store.js';
import { limitsFromEnv } from '../src/http/server.js';
import { PROCESS_TEST_KEY } from '../src/testing/process.js';
import { timedFromAnotherProcess } from './http-timed.js';
import { benchPlace, median, percentile } from './metering-store.js';
import type { BenchOptions, BenchRow, BenchSection } from './section.js';

/**
 * The entitlement check an application calls on every request: `POST /v1/entitlements/check`
 * (in-process HTTP: auth, validation, the service, response serialization) for random customers
 * of a metered feature whose usage is partly folded into rollups and partly an unfolded tail,
 * against two baselines measured in the same run: a primary-key lookup in SQL and
 * `GET /v1/customers/{id}` through the same HTTP stack. The check and its HTTP baseline are also
 * timed over a real kept-alive socket from a client in another process (bench/http-timer.ts), as an
 * application calls: in-process, the timing loop's and inject's garbage is collected in the
 * server's process and lands in its tail.
 */
interface Sizes {
  /**
   * Untimed calls before each timed series. A production server has long compiled its hot
   * paths: measured here (2026-12-06, `GET /v1/account` over a socket), a new process's p99 is
   * 2.2 ms after 200 calls and 0.7–0.9 ms after 2,000–3,000, as V8 tiers the HTTP path up. So
   * the rows are warm, and one row keeps the first calls of a new `tariff serve` process.
   */
  warmup: number;
  customers: number;
  foldedEvents: number;
  tailEvents: number;
  queries: number;
  reps: number;
}
const FULL: Sizes = {
  warmup: 3000,
  customers: 200,
  foldedEvents: 50_000,
  tailEvents: 1000,
  queries: 500,
  reps: 5,
};
const QUICK: Sizes = {
  warmup: 100,
  customers: 20,
  foldedEvents: 2000,
  tailEvents: 100,
  queries: 100,
  reps: 1,
};

const auth = { authorization: `Bearer ${PROCESS_TEST_KEY}` };
const ms = (n: number) => n.toFixed(3);

async function timeEach(n: number, one: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await one(i);
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}

/** A row from each rep's sorted latencies: the median of the reps' medians and of their p99s. */
function summary(store: StoreKind, metric: string, reps: readonly number[][]): BenchRow {
  const medians = reps.map((times) => percentile(times, 50));
  const p99s = reps.map((times) => percentile(times, 99));
  const calls = reps[0]?.length ?? 0;
  return {
    store,
    metric: `${metric}: median / p99 ms`,
    value: `${ms(median(medians))} / ${ms(median(p99s))}`,
    note: `${calls} calls × ${reps.length} reps (median of the reps); worst rep p99 ${ms(Math.max(...p99s))}`,
  };
}

async function runStore(kind: StoreKind, sizes: Sizes, log: (m: string) => void): Promise<BenchRow[]> {
  const place = await benchPlace(kind);
  const store = await place.open();
  // The limits `serve` reads (bench/run.ts turns the per-key limit off): at 1,000 requests/s a key
  // would otherwise be answered 429 part of the time, and a 429 is not a check.
  const t = await createTariff({ store, logger: pino({ level: 'silent' }), limits: limitsFromEnv() });
  let closed = false;
  try {
    await t.services.keys.ensure(PROCESS_TEST_KEY, 'bench');
    await t.app.ready();
    const post = async (url: string, body: unknown) => {
      const res = await t.app.inject({ method: 'POST', url, payload: body as object, headers: auth });
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
      return res.json();
    };
    const meter = await post('/v1/meters', {
      event_name: 'bench_calls',
      default_aggregation: { formula: 'sum' },
    });
    const item = await post('/v1/billable_items', { type: 'licensed', name: 'Base' });
    const fee = await post('/v1/license_fees', {
      licensed_item: item.id,
      currency: 'USD',
      unit_amount: '10',
      service_interval: 'month',
      service_interval_count: 1,
    });
    const plan = await post('/v1/pricing_plans', {
      name: 'Bench',
      currency: 'USD',
      components: [{ type: 'license_fee', license_fee: fee.id }],
    });
    await post('/v1/features', { key: 'calls', name: 'Calls', type: 'metered', meter: meter.id });
    await post(`/v1/pricing_plans/${plan.id}/entitlements`, {
      feature: 'calls',
      limit: '1000000',
      soft_limit: '900000',
    });
    const customers: string[] = [];
    for (let i = 0; i < sizes.customers; i++) {
      const c = await post('/v1/customers', { name: `tenant ${i}`, currency: 'USD', external_id: `t${i}` });
      await post('/v1/subscriptions', { customer: c.id, pricing_plan: plan.id });
      customers.push(c.id);
    }
    const now = Date.now();
    const events = (n: number, tag: string) =>
      Array.from({ length: n }, (_, k) => ({
        event_name: 'bench_calls',
        payload: { customer: customers[k % customers.length], value: 1 + (k % 7) },
        identifier: `${tag}-${k}`,
        timestamp: new Date(now - (k % 3600) * 1000).toISOString(),
      }));
    const folded = events(sizes.foldedEvents, 'f');
    for (let i = 0; i < folded.length; i += 5000) await t.services.metering.ingest(folded.slice(i, i + 5000));
    while (((await t.services.metering.fold()) ?? 0) > 0);
    await t.services.metering.ingest(events(sizes.tailEvents, 'tail'));
    log(
      `${kind}: ${sizes.customers} customers, ${sizes.foldedEvents} folded events, ${sizes.tailEvents} unfolded`,
    );

    const pick = (i: number) => customers[(i * 7919) % customers.length] as string;
    // Only a 200 counts: a refused request (a 429) would time the refusal, not the call.
    const ok = async (request: InjectOptions) => {
      const res = await t.app.inject(request);
      if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
      return res;
    };
    const check = (i: number) =>
      ok({
        method: 'POST',
        url: '/v1/entitlements/check',
        payload: { customer: pick(i), feature: 'calls' },
        headers: auth,
      });
    // Exactness: the answer counts the unfolded tail.
    const sample = (await check(0)).json();
    const exact = await t.services.metering.aggregate({
      meterId: meter.id,
      customerId: pick(0),
      start: new Date(sample.period_start),
      end: new Date(sample.resets_at),
    });
    if (sample.usage !== exact.toFixed()) throw new Error(`check ${sample.usage} != aggregate ${exact}`);

    const metrics = {
      'POST /v1/entitlements/check (HTTP)': check,
      'entitlements.check (service)': (i: number) => t.services.entitlements.check(pick(i), 'calls'),
      'baseline: GET /v1/customers/{id} (HTTP)': (i: number) =>
        ok({ method: 'GET', url: `/v1/customers/${pick(i)}`, headers: auth }),
      ...(process.env.BENCH_PARTS
        ? {
            'part: aggregate': (i: number) =>
              t.services.metering.aggregate({
                meterId: meter.id,
                customerId: pick(i),
                start: new Date(sample.period_start),
                end: new Date(sample.resets_at),
              }),
            'part: subscriptions.list': (i: number) =>
              t.services.subscriptions.list({ customer: pick(i), limit: 100 }),
            'part: customers.get': (i: number) => t.services.customers.get(pick(i)),
            // What a check with its cache warm does besides the aggregate (check-cache.ts).
            'part: entitlements_version read (SQL)': () =>
              sql`select version from entitlements_version where id = 1`.execute(store.db),
            'part: pinned connection + select 1': () =>
              store.db.connection().execute((db) => sql`select 1`.execute(db)),
          }
        : {}),
      'baseline: primary-key select (SQL)': (i: number) =>
        sql`select id from customers where id = ${pick(i)}`.execute(store.db),
    };
    const rows: BenchRow[] = [];
    const report = (metric: string, reps: readonly number[][]) => {
      rows.push(summary(kind, metric, reps));
      log(`${kind} ${metric}: ${rows.at(-1)?.value}`);
    };
    for (const [metric, fn] of Object.entries(metrics)) {
      await timeEach(sizes.warmup, fn);
      const reps: number[][] = [];
      for (let r = 0; r < sizes.reps; r++) reps.push(await timeEach(sizes.queries, fn));
      report(metric, reps);
    }
    // The same two requests over a kept-alive socket from a client in another process, as an
    // application calls: the in-process rows above carry inject's and the timing loop's own
    // allocations and GC pauses in the server's process.
    const address = await t.app.listen({ host: '127.0.0.1', port: 0 });
    const order = Array.from({ length: sizes.queries }, (_, i) => pick(i));
    const calls = {
      'POST /v1/entitlements/check': {
        method: 'POST' as const,
        paths: ['/v1/entitlements/check'],
        bodies: order.map((customer) => JSON.stringify({ customer, feature: 'calls' })),
      },
      'baseline: GET /v1/customers/{id}': {
        method: 'GET' as const,
        paths: order.map((id) => `/v1/customers/${id}`),
        bodies: [],
      },
    };
    const fromClient = async (url: string, where: string) => {
      const job = { url, headers: auth, warmup: sizes.warmup, calls: sizes.queries, reps: sizes.reps };
      for (const [metric, call] of Object.entries(calls))
        report(`${metric} (HTTP, ${where})`, await timedFromAnotherProcess({ ...job, ...call }));
    };
    await fromClient(address, 'client process');
    // And against `tariff serve` in its own process (worker included), as deployed: the rows
    // above share a heap with the bench's setup and timing loop.
    await t.close();
    closed = true;
    const server = await place.server();
    try {
      // The first calls a new process answers, before V8 has compiled its HTTP path (no warm-up).
      const cold = { url: server.url, headers: auth, warmup: 0, calls: sizes.queries, reps: 1 };
      report(
        'POST /v1/entitlements/check (HTTP, `tariff serve` process, its first calls)',
        await timedFromAnotherProcess({ ...cold, ...calls['POST /v1/entitlements/check'] }),
      );
      await fromClient(server.url, '`tariff serve` process');
    } finally {
      await server.stop();
    }
    return rows;
  } finally {
    if (!closed) await t.close();
    await place.drop();
  }
}

export const entitlementsBench: BenchSection = {
  name: 'entitlements',
  async run(options: BenchOptions) {
    const sizes = options.quick ? QUICK : FULL;
    const rows: BenchRow[] = [];
    for (const kind of options.stores) rows.push(...(await runStore(kind, sizes, options.log)));
    return rows;
  },
};
