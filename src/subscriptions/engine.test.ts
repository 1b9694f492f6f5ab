import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Billing, createBilling } from '../app/billing.js';
import type { ResolvedPlan } from '../catalog/resolved-plan.js';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { fixturePlan } from './plan-fixtures.js';

/**
 * The engine on plain plan values (no catalog): subscriptions made by a billing instance with a
 * fixture resolver, then driven by the app's own test-clock handler, which reads the plan kept
 * on the subscription.
 */
describe.each(TEST_STORES)('billing engine on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });
  let billing: Billing;
  const plans = new Map<string, ResolvedPlan>();

  beforeAll(async () => {
    const s = h.tariff.services;
    billing = createBilling({
      ctx: { db: h.store.db, clock: h.clock, log: pino({ level: 'silent' }) },
      account: s.account,
      customers: s.customers,
      testClocks: s.testClocks,
      aggregate: (q, e) => s.metering.aggregate(q, e),
      resolvePlan: async (ref) => plans.get(ref) as ResolvedPlan,
    });
    plans.set('A', fixturePlan({ id: 'A', currency: 'JPY', fee: '25000' }));
    plans.set('B', fixturePlan({ id: 'B', currency: 'JPY', fee: '28000' }));
    plans.set(
      'Y',
      fixturePlan({ id: 'Y', currency: 'JPY', fee: '1000', feeInterval: { unit: 'year', count: 1 } }),
    );
  });

  async function clocked(at: string) {
    const clock = await h.api.post('/v1/test_clocks', { frozen_time: at });
    const customer = await h.api.post('/v1/customers', {
      name: 'c',
      currency: 'JPY',
      test_clock: clock.body.id,
    });
    return { clock: clock.body.id as string, customer: customer.body.id as string };
  }
  const invoices = async (sub: string) =>
    (await h.api.get('/v1/invoices', { subscription: sub, limit: 100 })).body.data.reverse();

  it('bills at the start, at each period end, and finalizes drafts after the grace period', async () => {
    const { clock, customer } = await clocked('2026-03-01T00:00:00Z');
    const sub = await billing.subscriptions.create({ customer, pricing_plan: 'A' });
    expect(sub.status).toBe('active');
    const adv = await h.api.post(`/v1/test_clocks/${clock}/advance`, { frozen_time: '2026-06-01T00:30:00Z' });
    expect(adv.body.actions).toMatchObject({ period_ends: 3, invoices_finalized: 3 });
    const list = await invoices(sub.id);
    expect(list.map((i: any) => [i.status, i.total, i.period_start.slice(0, 10)])).toEqual([
      ['open', '25000', '2026-03-01'],
      ['open', '25000', '2026-03-01'],
      ['open', '25000', '2026-04-01'],
      ['draft', '25000', '2026-05-01'],
    ]);
    const numbers = list.slice(0, 3).map((i: any) => Number(i.number.split('-').pop()));
    expect(numbers[1]).toBe((numbers[0] as number) + 1);
    expect(numbers[2]).toBe((numbers[0] as number) + 2);
  });

  it('proration under the three behaviours (seed 000)', async () => {
    for (const [behavior, expected] of [
      ['always_invoice', ['968']],
      ['create_prorations', []],
      ['none', []],
    ] as const) {
      const { clock, customer } = await clocked('2026-03-01T00:00:00Z');
      const sub = await billing.subscriptions.create({ customer, pricing_plan: 'B' });
      await h.api.post(`/v1/test_clocks/${clock}/advance`, { frozen_time: '2026-03-22T00:01:00Z' });
      await billing.subscriptions.changePlan(sub.id, { pricing_plan: 'A', proration_behavior: behavior });
      await h.api.post(`/v1/test_clocks/${clock}/advance`, { frozen_time: '2026-04-01T01:00:00Z' });
      const list = await invoices(sub.id);
      const changes = list
        .filter((i: any) => i.billing_reason === 'subscription_update')
        .map((i: any) => i.total);
      expect(changes).toEqual(expected.length ? ['-968'] : []);
      const april = list[list.length - 1];
      expect(april.amount_due).toBe(behavior === 'none' ? '25000' : '24032');
    }
  });

  it('rejects a yearly fee on a monthly cadence with the two-subscription fix', async () => {
    const { customer } = await clocked('2026-03-01T00:00:00Z');
    await expect(billing.subscriptions.create({ customer, pricing_plan: 'Y' })).rejects.toMatchObject({
      code: 'service_interval_exceeds_cadence',
      message: expect.stringContaining('second subscription'),
    });
    const ok = await billing.subscriptions.create({
      customer,
      pricing_plan: 'Y',
      billing_cadence: { interval: 'year' },
    });
    expect(ok.current_period_end?.toISOString()).toBe('2027-03-01T00:00:00.000Z');
  });
});
