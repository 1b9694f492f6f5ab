import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTariff, type Tariff } from '../../src/app/compose.js';
import { type Api, apiFor, TEST_KEY, useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import { advance, makePlan, ok, usage } from './fixtures.js';

/**
 * The check caches what it resolves (check-cache.ts). Each change it depends on, made through one
 * app instance, is seen by the very next check on that instance and on a second instance over the
 * same database (another API process), which had the old answer cached.
 */
describe.each(TEST_STORES)('entitlement check cache on %s', (kind) => {
  const h = useTariff(kind, new Date('2026-03-10T00:00:00Z'), { mode: 'test' });
  let other: Tariff;
  let b: Api;
  beforeAll(async () => {
    other = await createTariff({ store: h.store, clock: h.clock, logger: pino({ level: 'silent' }) });
    await other.app.ready();
    b = apiFor(other, TEST_KEY, 'test');
  });
  afterAll(async () => {
    await other?.app.close();
  });

  it('every change is seen by the next check on both instances', async () => {
    const a = h.api;
    const plan = await makePlan(a, { currency: 'USD', fee: '20', usage: { unitAmount: '0.10' } });
    const plan2 = await makePlan(a, { currency: 'USD', fee: '30', usage: { unitAmount: '0.10' } });
    const meter = plan.eventName as string;
    await ok(a.post('/v1/features', { key: 'calls', name: 'Calls', type: 'metered', meter }));
    const clock = await ok(a.post('/v1/test_clocks', { frozen_time: '2026-03-10T00:00:00Z' }));
    const customer = (
      await ok(
        a.post('/v1/customers', { name: 'Acme', currency: 'USD', test_clock: clock.id, external_id: 'acme' }),
      )
    ).id;
    await usage(a, meter, customer, 30, '2026-03-10T00:00:00Z');
    const seen = async (ref = 'acme') => {
      const out = [];
      for (const api of [a, b]) {
        const res = await api.post('/v1/entitlements/check', { customer: ref, feature: 'calls' });
        const j = res.body;
        out.push(
          res.status === 200
            ? `${j.allowed ? 'allowed' : 'refused'} ${j.reason} ${j.usage}/${j.limit} until ${j.resets_at?.slice(0, 10)}`
            : `${res.status} ${j.error.code}`,
        );
      }
      expect(out[1]).toBe(out[0]);
      return out[0];
    };
    const entry = (body: object, p = plan) => ok(a.post(`/v1/pricing_plans/${p.planId}/entitlements`, body));

    await entry({ feature: 'calls', limit: '100' });
    await entry({ feature: 'calls', limit: '10' }, plan2);
    expect(await seen()).toBe('refused no_entitlement null/null until undefined');
    const sub = await ok(a.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));
    const steps: [string, () => Promise<unknown>, string][] = [
      ['subscription created', async () => {}, 'allowed ok 30/100 until 2026-04-10'],
      [
        'entry updated',
        () => entry({ feature: 'calls', limit: '25' }),
        'refused limit_reached 30/25 until 2026-04-10',
      ],
      [
        'grant created',
        () => ok(a.post(`/v1/customers/${customer}/entitlement_grants`, { feature: 'calls', amount: '10' })),
        'allowed ok 30/35 until 2026-04-10',
      ],
      [
        'entry with its own interval',
        () => entry({ feature: 'calls', limit: '40', interval: 'week' }),
        'allowed ok 30/50 until 2026-03-17',
      ],
      [
        'clock advanced a period',
        () => advance(a, clock.id, '2026-04-11T00:00:00Z'),
        'allowed ok 0/40 until 2026-04-14',
      ],
      [
        'plan changed',
        () => ok(a.post(`/v1/subscriptions/${sub.id}/change_plan`, { pricing_plan: plan2.planId })),
        'allowed ok 0/10 until 2026-05-10',
      ],
      [
        'entry deleted',
        () => a.del(`/v1/pricing_plans/${plan2.planId}/entitlements/calls`),
        'refused no_entitlement null/null until undefined',
      ],
      [
        'entry attached again',
        () => entry({ feature: 'calls', limit: '10' }, plan2),
        'allowed ok 0/10 until 2026-05-10',
      ],
      [
        'feature archived',
        () => ok(a.post('/v1/features/calls/archive', {})),
        'refused no_entitlement null/null until undefined',
      ],
    ];
    for (const [change, run, expected] of steps) {
      await run();
      expect(`${change}: ${await seen()}`).toBe(`${change}: ${expected}`);
    }
    // Usage is never cached: an acknowledged event counts in the next check.
    await ok(a.post('/v1/features', { key: 'calls2', name: 'Calls 2', type: 'metered', meter }));
    await entry({ feature: 'calls2', limit: '10' }, plan2);
    const calls2 = async () =>
      (
        await Promise.all(
          [a, b].map((api) => ok(api.post('/v1/entitlements/check', { customer, feature: 'calls2' }))),
        )
      )
        .map((j) => `${j.usage}/${j.limit}`)
        .join(' ');
    expect(await calls2()).toBe('0/10 0/10');
    await usage(b, meter, customer, 4, '2026-04-11T00:00:00Z');
    expect(await calls2()).toBe('4/10 4/10');
    await ok(a.post(`/v1/subscriptions/${sub.id}/cancel`, { at: 'now' }));
    expect(await calls2()).toBe('null/null null/null');

    // A customer's external id moves: the old reference no longer resolves.
    expect(await seen('acme')).toMatch(/^refused/);
    await ok(a.post(`/v1/customers/${customer}`, { external_id: 'acme-2' }));
    expect(await seen('acme')).toBe('404 customer_not_found');
    expect(await seen('acme-2')).toBe('refused no_entitlement null/null until undefined');
    // Deleting the clock deletes its customers.
    await ok(a.del(`/v1/test_clocks/${clock.id}`));
    expect(await seen('acme-2')).toBe('404 customer_not_found');
  });

  it('a customer on the wall clock resets at the period end without any change', async () => {
    const plan = await makePlan(h.api, { currency: 'USD', fee: '20', usage: { unitAmount: '0.10' } });
    await ok(
      h.api.post('/v1/features', { key: 'wall', name: 'Wall', type: 'metered', meter: plan.eventName }),
    );
    await ok(h.api.post(`/v1/pricing_plans/${plan.planId}/entitlements`, { feature: 'wall', limit: '5' }));
    const customer = (await ok(h.api.post('/v1/customers', { name: 'Wall', currency: 'USD' }))).id;
    await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));
    await usage(h.api, plan.eventName as string, customer, 5, h.clock.now().toISOString());
    const check = () => ok(b.post('/v1/entitlements/check', { customer, feature: 'wall' }));
    const first = await check();
    expect(first).toMatchObject({ allowed: false, usage: '5' });
    h.clock.set(new Date(first.resets_at));
    expect(await check()).toMatchObject({ allowed: true, usage: '0', period_start: first.resets_at });
  });
});
