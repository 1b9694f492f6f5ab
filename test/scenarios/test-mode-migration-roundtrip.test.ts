import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { NOT_MOVED, testModeMigrations } from '../../src/app/test-mode-migration.js';
import { type Api, apiFor, useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import { advance, clockedCustomer, makePlan, ok } from './fixtures.js';

/**
 * Migration 0990 (src/app/test-mode-migration.ts) on an installation from before modes, where
 * test clocks lived among live data. The old installation is built exactly: a live world and a
 * test-clock world are made through the API, then every test-mode row is put back into `public`
 * by SQL (as the previous release kept it) and 0990 runs again. Afterwards both modes must
 * answer every book (customers, subscriptions, invoices, credits, usage, journal, summaries)
 * byte for byte as before: nothing of the clock world left in live, nothing lost from it.
 */

describe.each(TEST_STORES)('migration 0990 on an old installation (%s)', (kind) => {
  const h = useTariff(kind, new Date('2026-03-01T00:00:00Z'));

  async function books(api: Api, customer: string, meter: string): Promise<Record<string, string>> {
    const paths = [
      '/v1/customers',
      '/v1/subscriptions',
      '/v1/invoices?limit=100',
      '/v1/credit_grants',
      '/v1/credit_notes',
      '/v1/alerts',
      '/v1/revenue/journal?limit=100',
      '/v1/revenue/journal.csv',
      '/v1/revenue/summary?month=2026-03',
      '/v1/revenue/summary?month=2026-04',
      `/v1/customers/${customer}`,
      `/v1/customers/${customer}/credit_balance`,
      `/v1/customers/${customer}/credit_transactions`,
      `/v1/customers/${customer}/balance_transactions`,
      `/v1/meters/${meter}/usage?customer=${customer}&start_time=2026-03-01T00:00:00Z&end_time=2026-05-01T00:00:00Z&granularity=none`,
    ];
    const invoices = (await ok(api.get('/v1/invoices', { limit: 100 }))).data as { id: string }[];
    for (const i of invoices) paths.push(`/v1/invoices/${i.id}`, `/v1/invoices/${i.id}/payments`);
    const out: Record<string, string> = {};
    for (const p of paths) {
      const res = await api.get(p);
      out[p] = `${res.status} ${typeof res.body === 'string' ? res.body : JSON.stringify(res.body)}`;
    }
    return out;
  }

  async function world(api: Api, customer: string, fee: string, value: string) {
    const plan = await makePlan(api, { currency: 'USD', fee, usage: { unitAmount: '0.5' } });
    const sub = await ok(api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));
    await ok(
      api.post('/v1/meter_events', {
        event_name: plan.eventName,
        identifier: `e-${fee}`,
        timestamp: '2026-03-01T00:00:00Z',
        payload: { customer, value },
      }),
    );
    const inv = await ok(
      api.post('/v1/invoices', {
        customer,
        currency: 'USD',
        lines: [{ description: 'Setup', amount: fee }],
        finalize: true,
      }),
    );
    await ok(api.post(`/v1/invoices/${inv.id}/pay`, {}));
    await ok(
      api.post('/v1/credit_grants', { customer, amount: { currency: 'USD', value: fee }, category: 'paid' }),
    );
    const meters = (await ok(api.get('/v1/meters', { limit: 100 }))).data;
    return { sub: sub.id, meter: meters.find((m: any) => m.event_name === plan.eventName).id as string };
  }

  it('moves the clock world to test mode and leaves both books as they were', async () => {
    const live = h.api;
    const test = apiFor(
      h.tariff,
      (await ok(live.post('/v1/api_keys', { name: 'dev', mode: 'test' }))).secret,
    );
    const liveCustomer = (await ok(live.post('/v1/customers', { name: 'Live Co', currency: 'USD' }))).id;
    const l = await world(live, liveCustomer, '100', '3');
    const { clock, customer } = await clockedCustomer(test, '2026-03-01T00:00:00Z', 'USD');
    const t = await world(test, customer, '900', '7000');
    await ok(test.post('/v1/alerts', { customer, type: 'usage', meter: t.meter, threshold: '1' }));
    // The clock's month ends: the period-end invoice, its journal and usage rollups exist.
    await advance(test, clock, '2026-04-01T03:00:00Z');
    await h.tariff.worker.runOnce();
    expect((await ok(test.get('/v1/invoices', { subscription: t.sub }))).data.length).toBeGreaterThan(0);
    const liveBefore = await books(live, liveCustomer, l.meter);
    const testBefore = await books(test, customer, t.meter);

    // The previous release: the clock world among live data, test mode empty.
    const db = h.store.db;
    await db.transaction().execute(async (trx) => {
      await sql`set local session_replication_role = replica`.execute(trx);
      const tables = await sql<{ t: string }>`
        select table_name as t from information_schema.tables
         where table_schema = 'tariff_test' and table_type = 'BASE TABLE'`.execute(trx);
      for (const { t: table } of tables.rows) {
        // Bookkeeping each schema keeps for itself stays where it is.
        if (NOT_MOVED.has(table)) continue;
        const cols = await sql<{ c: string }>`
          select column_name as c from information_schema.columns
           where table_schema = 'tariff_test' and table_name = ${table} order by ordinal_position`.execute(
          trx,
        );
        // A serial key numbered in each schema: the old installation had one sequence.
        const list = cols.rows
          .filter((r) => !(table === 'pricing_plan_components' && r.c === 'seq'))
          .map((r) => `"${r.c}"`)
          .join(', ');
        await sql
          .raw(
            `insert into public."${table}" (${list}) overriding system value
             select ${list} from tariff_test."${table}"`,
          )
          .execute(trx);
        await sql.raw(`delete from tariff_test."${table}"`).execute(trx);
      }
      await sql`delete from public.kysely_migration where name = '0990_test_clocks_to_test_mode'`.execute(
        trx,
      );
    });
    expect((await ok(test.get('/v1/customers'))).data).toEqual([]);
    expect((await ok(live.get('/v1/customers'))).data).toHaveLength(2);

    const migration = testModeMigrations['0990_test_clocks_to_test_mode'];
    const ran = await db
      .transaction()
      .execute(async (trx) => migration?.up(trx as never))
      .then(
        () => 'migrated',
        (e: Error) => `0990 failed: ${e.message}`,
      );
    expect(ran).toBe('migrated');

    const liveAfter = await books(live, liveCustomer, l.meter);
    const testAfter = await books(test, customer, t.meter);
    const diff = (a: Record<string, string>, b: Record<string, string>) =>
      Object.keys(a)
        .filter((k) => a[k] !== b[k])
        .map((k) => [k, a[k]?.slice(0, 400), b[k]?.slice(0, 400)]);
    expect(diff(liveBefore, liveAfter)).toEqual([]);
    expect(diff(testBefore, testAfter)).toEqual([]);
  });
});
