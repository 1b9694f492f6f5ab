import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBilling } from '../../src/app/billing.js';
import { createTariff, type Tariff } from '../../src/app/compose.js';
import { migrateToLatest } from '../../src/app/migrations.js';
import type { ResolvedPlan } from '../../src/catalog/resolved-plan.js';
import { manualClock } from '../../src/core/time/clock.js';
import { openStore } from '../../src/db/store.js';
import { fixturePlan } from '../../src/subscriptions/plan-fixtures.js';
import { createTestDatabase } from '../../src/testing/stores.js';

const SUBSCRIPTIONS = 1_000;

/**
 * Three Tariff processes' worth of workers (three app instances, three pools) on one PostgreSQL
 * database, all running the billing jobs at once over 1,000 subscriptions whose month just
 * ended. SKIP LOCKED spreads the work; the unique (subscription, period) index makes a double
 * bill impossible even if two ever met. Every subscription must end with exactly its start and
 * its March invoice, all finalized, numbered without a gap or a duplicate.
 */
describe.skipIf(!(process.env.TEST_STORES ?? 'postgres').includes('postgres'))(
  'three concurrent workers on PostgreSQL',
  () => {
    let database: Awaited<ReturnType<typeof createTestDatabase>>;
    const instances: Tariff[] = [];
    const clock = manualClock(new Date('2026-03-01T00:00:00Z'));

    beforeAll(async () => {
      database = await createTestDatabase();
      for (let i = 0; i < 3; i += 1) {
        const store = await openStore({ databaseUrl: database.url, poolSize: 4 });
        if (i === 0) await migrateToLatest(store.db);
        instances.push(await createTariff({ store, clock, logger: pino({ level: 'silent' }) }));
      }
      const first = instances[0] as Tariff;
      const s = first.services;
      const meter = await s.metering.createMeter({ event_name: 'calls', formula: 'sum' });
      const plan = fixturePlan({
        id: 'pp_bench',
        currency: 'JPY',
        fee: '1000',
        usage: { meterId: meter.id, unitAmount: '2' },
      });
      const billing = createBilling({
        ctx: { db: first.store.db, clock, log: pino({ level: 'silent' }) },
        account: s.account,
        customers: s.customers,
        testClocks: s.testClocks,
        aggregate: (q, e) => s.metering.aggregate(q, e),
        resolvePlan: async () => plan as ResolvedPlan,
      });
      const ids = Array.from({ length: SUBSCRIPTIONS }, (_, i) => i);
      for (let i = 0; i < ids.length; i += 20) {
        await Promise.all(
          ids.slice(i, i + 20).map(async (n) => {
            const customer = await s.customers.create({ name: `tenant ${n}`, currency: 'JPY' });
            await billing.subscriptions.create({ customer: customer.id, pricing_plan: plan.id });
          }),
        );
      }
    }, 900_000);

    afterAll(async () => {
      for (const t of instances) await t.close();
      await database?.drop();
    });

    it('bills every subscription exactly once', async () => {
      clock.set(new Date('2026-04-01T02:00:00Z'));
      await Promise.all(instances.map((t) => t.worker.runOnce()));
      const db = (instances[0] as Tariff).store.db;
      const invoices = await db
        .selectFrom('invoices')
        .select(['subscription_id', 'period_key', 'status', 'number'])
        .execute();
      expect(invoices).toHaveLength(SUBSCRIPTIONS * 2);
      const perSub = new Map<string, string[]>();
      for (const i of invoices)
        perSub.set(i.subscription_id as string, [
          ...(perSub.get(i.subscription_id as string) ?? []),
          i.period_key as string,
        ]);
      expect(perSub.size).toBe(SUBSCRIPTIONS);
      for (const keys of perSub.values())
        expect(keys.sort()).toEqual(['cycle:2026-03-01T00:00:00.000Z', 'start']);
      expect(invoices.every((i) => i.status === 'open')).toBe(true);
      const numbers = invoices
        .map((i) => Number((i.number as string).split('-').pop()))
        .sort((a, b) => a - b);
      expect(numbers).toEqual(Array.from({ length: SUBSCRIPTIONS * 2 }, (_, i) => i + 1));
      const subs = await db.selectFrom('subscriptions').select('current_period_start').execute();
      expect(subs.every((s) => s.current_period_start?.toISOString() === '2026-04-01T00:00:00.000Z')).toBe(
        true,
      );
    }, 900_000);
  },
);
