import pino from 'pino';
import { createTariff, type Tariff } from '../src/app/compose.js';
import { migrateToLatest } from '../src/app/migrations.js';
import { manualClock } from '../src/core/time/clock.js';
import { openStore } from '../src/db/store.js';
import { newId } from '../src/shared/ids.js';
import { fixturePlan } from '../src/subscriptions/plan-fixtures.js';
import { createTestDatabase } from '../src/testing/stores.js';
import type { BenchOptions, BenchRow, BenchSection } from './section.js';

/**
 * Billing throughput: N subscriptions whose monthly period closes at the same instant, each with
 * a license fee and a month of usage. We time the worker's billing job (period-end invoices, 50
 * locked subscriptions per transaction, written set-wise) and then the finalize job (50 drafts per
 * transaction: credits, tax, numbering, revenue journal), on PostgreSQL, with one worker and with
 * two workers (two app instances, two pools) at once.
 */
const FULL = 10_000;
const QUICK = 200;
const PERIOD_END = new Date('2026-04-01T00:00:00Z');

export async function seed(url: string, n: number, log: (m: string) => void): Promise<void> {
  const clock = manualClock(new Date('2026-03-31T00:00:00Z'));
  const store = await openStore({ databaseUrl: url, poolSize: 4 });
  await migrateToLatest(store.db);
  const t = await createTariff({ store, clock, logger: pino({ level: 'silent' }) });
  await t.services.account.update({ grace_period_seconds: 0 });
  const meter = await t.services.metering.createMeter({ event_name: 'bench_calls', formula: 'sum' });
  const plan = fixturePlan({
    id: 'pp_bench',
    currency: 'JPY',
    fee: '5000',
    usage: { meterId: meter.id, unitAmount: '0.5' },
  });
  const start = new Date('2026-03-01T00:00:00Z');
  for (let i = 0; i < n; i += 1000) {
    const size = Math.min(1000, n - i);
    const customers = Array.from({ length: size }, (_, k) => ({
      id: newId('cus'),
      external_id: `bench-${i + k}`,
      name: `tenant ${i + k}`,
      email: null,
      currency: 'JPY',
      billing_details: '{}',
      test_clock: null,
      metadata: '{}',
      created_at: start,
      updated_at: start,
    }));
    await store.db.insertInto('customers').values(customers).execute();
    await store.db
      .insertInto('subscriptions')
      .values(
        customers.map((c) => ({
          id: newId('sub'),
          customer_id: c.id,
          test_clock: null,
          status: 'active' as const,
          currency: 'JPY',
          plan_id: plan.id,
          plan_version: 1,
          plan: JSON.stringify(plan),
          quantities: '{}',
          cadence_unit: 'month' as const,
          cadence_count: 1,
          anchor: start,
          start_date: start,
          trial_end: null,
          billing_start: start,
          current_period_start: start,
          current_period_end: PERIOD_END,
          service_actions_through: start,
          next_action_at: PERIOD_END,
          pending_change: null,
          cancel_at: null,
          canceled_at: null,
          metadata: '{}',
          created_at: start,
          updated_at: start,
        })),
      )
      .execute();
    const events = customers.map((c, k) => ({
      event_name: 'bench_calls',
      payload: { customer: c.id, value: (k % 100) + 1 },
      identifier: `e-${c.id}`,
      timestamp: '2026-03-15T00:00:00Z',
    }));
    await t.services.metering.ingest(events, { backfill: true });
  }
  // The worker folds events into rollups within a second of their arrival; a month later, at the
  // period end, billing reads rollups, not raw events.
  await t.services.metering.fold();
  log(`seeded ${n} subscriptions`);
  await t.close();
}

async function instances(url: string, count: number): Promise<Tariff[]> {
  const clock = manualClock(new Date(PERIOD_END.getTime() + 1000));
  return Promise.all(
    Array.from({ length: count }, async () =>
      createTariff({
        store: await openStore({ databaseUrl: url, poolSize: 4 }),
        clock,
        logger: pino({ level: 'silent' }),
      }),
    ),
  );
}

async function measure(workers: number, n: number, options: BenchOptions): Promise<BenchRow[]> {
  const database = await createTestDatabase();
  try {
    await seed(database.url, n, options.log);
    const apps = await instances(database.url, workers);
    const now = new Date(PERIOD_END.getTime() + 1000);
    let started = performance.now();
    await Promise.all(apps.map((a) => a.services.subscriptions.runDue(now)));
    const billMs = performance.now() - started;
    started = performance.now();
    await Promise.all(apps.map((a) => a.services.invoicing.finalizeDue(now)));
    const finalizeMs = performance.now() - started;
    const db = (apps[0] as Tariff).store.db;
    const made = await db
      .selectFrom('invoices')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'open')
      .executeTakeFirstOrThrow();
    for (const a of apps) await a.close();
    const rate = (ms: number) => Math.round((n / ms) * 1000).toLocaleString('en-US');
    const note = `${n.toLocaleString('en-US')} subscriptions, ${workers} worker(s), ${Number(made.n)} finalized`;
    options.log(
      `${workers} worker(s): billed in ${billMs.toFixed(0)} ms, finalized in ${finalizeMs.toFixed(0)} ms`,
    );
    return [
      { store: 'postgres', metric: `period-end invoices/s, ${workers} worker(s)`, value: rate(billMs), note },
      {
        store: 'postgres',
        metric: `finalized invoices/s, ${workers} worker(s)`,
        value: rate(finalizeMs),
        note,
      },
      {
        store: 'postgres',
        metric: `billed and finalized invoices/s, ${workers} worker(s)`,
        value: rate(billMs + finalizeMs),
        note,
      },
    ];
  } finally {
    await database.drop();
  }
}

export const billingBench: BenchSection = {
  name: 'billing',
  async run(options) {
    const n = options.quick ? QUICK : FULL;
    return [...(await measure(1, n, options)), ...(await measure(2, n, options))];
  },
};

// Runnable alone: `npx tsx bench/billing.ts [--quick]`.
if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await billingBench.run({
    quick: process.argv.includes('--quick'),
    stores: ['postgres'],
    postgresUrl: process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    log: (m) => process.stderr.write(`  ${m}\n`),
  });
  for (const r of rows) process.stdout.write(`| ${r.store} | ${r.metric} | ${r.value} | ${r.note ?? ''} |\n`);
  process.exit(0);
}
