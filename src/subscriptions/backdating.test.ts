import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../demo/demo.js';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';

/** A subscription's start_date is bounded: the fuzz's 1900-01-01 took 11.5 s and made 1,524 invoices. */
describe.each(TEST_STORES)('subscription start_date bounds on %s', (kind) => {
  const h = useTariff(kind); // now = 2026-03-01, event window 35 days
  let customer = '';
  let plan = '';
  const count = async (table: 'invoices' | 'subscriptions') =>
    Number(
      (
        await h.tariff.store.db
          .selectFrom(table)
          .select((e) => e.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const create = (start_date: string, extra: Record<string, unknown> = {}) =>
    h.api.post('/v1/subscriptions', { customer, pricing_plan: plan, start_date, ...extra });

  beforeAll(async () => {
    await loadDemo(h.tariff.services);
    await h.api.post('/v1/account', { event_window: { past_seconds: 35 * 86400 } });
    customer = (await h.api.post('/v1/customers', { name: 'Backdated', currency: 'JPY' })).body.id;
    plan = (await h.api.get('/v1/pricing_plans')).body.data.find(
      (p: { currency: string }) => p.currency === 'JPY',
    ).id;
  });

  it('refuses 1900-01-01 and 2020-01-01 fast, naming start_date and the limit, creating nothing', async () => {
    const [subs, invoices] = [await count('subscriptions'), await count('invoices')];
    for (const [start, limit] of [
      ['1900-01-01T00:00:00Z', 'between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z'],
      ['2020-01-01T00:00:00Z', 'at most 2 years before now'],
    ])
      for (const extra of [{}, { backfill: true }]) {
        const started = Date.now();
        const res = await create(start as string, extra);
        expect(Date.now() - started).toBeLessThan(2_000);
        expect(res.status).toBe(400);
        expect(res.body.error).toMatchObject({ code: 'parameter_invalid', param: 'start_date' });
        expect(res.body.error.message).toContain(limit);
      }
    expect([await count('subscriptions'), await count('invoices')]).toEqual([subs, invoices]);
  });

  it("needs backfill: true before the account's event window, and allows it up to 2 years back", async () => {
    const refused = await create('2026-01-01T00:00:00Z');
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'parameter_invalid', param: 'start_date' });
    expect(refused.body.error.message).toContain('backfill: true');
    expect((await create('2024-02-28T00:00:00Z', { backfill: true })).status).toBe(400);
    const backfilled = await create('2024-03-02T00:00:00Z', { backfill: true });
    expect(backfilled.status, JSON.stringify(backfilled.body)).toBe(200);
    const recent = await create('2026-02-10T00:00:00Z');
    expect(recent.status, JSON.stringify(recent.body)).toBe(200);
  });

  it('refuses a start more than 2 years ahead', async () => {
    const res = await create('2028-03-02T00:00:00Z');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'parameter_invalid', param: 'start_date' });
    expect((await create('2028-02-28T00:00:00Z')).status).toBe(200);
  });
});
