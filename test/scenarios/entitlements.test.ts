import { describe, expect, it } from 'vitest';
import type { Api } from '../../src/testing/harness.js';
import { useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import { advance, clockedCustomer, makePlan, ok, usage } from './fixtures.js';

/** The entitlement notices emitted so far for a feature, as `kind@period_start`. */
async function notices(api: Api, feature: string): Promise<string[]> {
  const out: string[] = [];
  for (const type of ['entitlement.soft_limit_reached', 'entitlement.limit_reached']) {
    const list = await ok(api.get('/v1/events', { type, limit: 100 }));
    for (const e of list.data)
      if (e.data.object.feature === feature)
        out.push(`${type.slice(12)}@${e.data.object.period_start.slice(0, 10)}`);
  }
  return out.sort();
}

/**
 * A customer on a monthly plan with 100 API calls a month (hard limit, soft limit at 80) and the
 * same calls as a soft feature (overage allowed, billed at the rate card), through three months
 * on a test clock: the limit is reached, a grant raises it, the period boundary resets it, and
 * each notice is emitted once per period.
 */
describe.each(TEST_STORES)('entitlements through three months on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });

  it('blocks at a hard limit, allows overage at a soft one, grants raise it, periods reset it', async () => {
    const plan = await makePlan(h.api, { currency: 'USD', fee: '20', usage: { unitAmount: '0.10' } });
    const meter = plan.eventName as string;
    await ok(h.api.post('/v1/features', { key: 'api_calls', name: 'API calls', type: 'metered', meter }));
    await ok(
      h.api.post('/v1/features', { key: 'api_calls_soft', name: 'API calls (soft)', type: 'metered', meter }),
    );
    await ok(h.api.post('/v1/features', { key: 'sso', name: 'Single sign-on', type: 'boolean' }));
    await ok(h.api.post('/v1/features', { key: 'support', name: 'Support tier', type: 'static' }));
    const attach = (body: object) => ok(h.api.post(`/v1/pricing_plans/${plan.planId}/entitlements`, body));
    await attach({ feature: 'api_calls', limit: '100', soft_limit: '80', overage: 'block' });
    await attach({ feature: 'api_calls_soft', limit: '100', overage: 'allow' });
    await attach({ feature: 'sso' });
    await attach({ feature: 'support', value: { tier: 'gold', response_hours: 4 } });

    const { clock, customer } = await clockedCustomer(h.api, '2026-03-01T00:00:00Z', 'USD');
    const check = (feature: string) => ok(h.api.post('/v1/entitlements/check', { customer, feature }));
    // Before any subscription the customer has nothing.
    expect(await check('sso')).toMatchObject({ allowed: false, reason: 'no_entitlement' });
    await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));

    // March: 90 calls cross the soft limit; the check counts events no fold has seen yet.
    await advance(h.api, clock, '2026-03-10T00:00:00Z');
    await usage(h.api, meter, customer, 90, '2026-03-09T12:00:00Z');
    expect(await check('api_calls')).toMatchObject({
      allowed: true,
      reason: 'ok',
      usage: '90',
      limit: '100',
      soft_limit: '80',
      balance: '10',
      period_start: '2026-03-01T00:00:00.000Z',
      resets_at: '2026-04-01T00:00:00.000Z',
    });
    expect(await check('sso')).toMatchObject({ allowed: true, reason: 'ok', usage: null, resets_at: null });
    expect(await check('support')).toMatchObject({
      allowed: true,
      value: { tier: 'gold', response_hours: 4 },
    });

    // 100 calls: the hard feature refuses, the soft one allows the overage.
    await usage(h.api, meter, customer, 10, '2026-03-09T13:00:00Z');
    expect(await check('api_calls')).toMatchObject({ allowed: false, reason: 'limit_reached', balance: '0' });
    expect(await check('api_calls_soft')).toMatchObject({ allowed: true, reason: 'overage', balance: '0' });
    await check('api_calls');

    // A grant of 50 raises March's limit; it expires when the period resets.
    const grant = await ok(
      h.api.post(`/v1/customers/${customer}/entitlement_grants`, { feature: 'api_calls', amount: '50' }),
    );
    expect(grant).toMatchObject({ amount: '50', expires_at: '2026-04-01T00:00:00.000Z' });
    expect(await check('api_calls')).toMatchObject({ allowed: true, limit: '150', balance: '50' });

    // April: usage and the grant reset at the boundary.
    await advance(h.api, clock, '2026-04-02T00:00:00Z');
    expect(await check('api_calls')).toMatchObject({
      allowed: true,
      usage: '0',
      limit: '100',
      balance: '100',
      resets_at: '2026-05-01T00:00:00.000Z',
    });
    await usage(h.api, meter, customer, 120, '2026-04-01T12:00:00Z');
    expect(await check('api_calls')).toMatchObject({ allowed: false, usage: '120', balance: '0' });

    // The customer's list carries every feature with the same numbers.
    const list = await ok(h.api.get(`/v1/customers/${customer}/entitlements`));
    expect(list.data.map((e: { feature: string }) => e.feature)).toEqual([
      'api_calls',
      'api_calls_soft',
      'sso',
      'support',
    ]);
    expect(list.data[0]).toMatchObject({ allowed: false, usage: '120', limit: '100' });

    // May: allowed again.
    await advance(h.api, clock, '2026-05-15T00:00:00Z');
    expect(await check('api_calls')).toMatchObject({
      allowed: true,
      usage: '0',
      period_start: '2026-05-01T00:00:00.000Z',
    });

    // Each notice once per period, however many checks saw the crossing.
    expect(await notices(h.api, 'api_calls')).toEqual([
      'limit_reached@2026-03-01',
      'limit_reached@2026-04-01',
      'soft_limit_reached@2026-03-01',
      'soft_limit_reached@2026-04-01',
    ]);
    expect(await notices(h.api, 'api_calls_soft')).toEqual([
      'limit_reached@2026-03-01',
      'limit_reached@2026-04-01',
    ]);
  });
});

/**
 * A customer whose application never calls the check still gets the limit notices: the worker
 * scans the customers with newly folded usage (limit-scan.ts), once per period like the check.
 */
describe.each(TEST_STORES)('limit notices without a check on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });

  it('the worker notices a limit nobody checked, once per period', async () => {
    const plan = await makePlan(h.api, { currency: 'USD', fee: '20', usage: { unitAmount: '0.10' } });
    const meter = plan.eventName as string;
    await ok(h.api.post('/v1/features', { key: 'exports', name: 'Exports', type: 'metered', meter }));
    await ok(
      h.api.post(`/v1/pricing_plans/${plan.planId}/entitlements`, {
        feature: 'exports',
        limit: '100',
        soft_limit: '80',
      }),
    );
    const { clock, customer } = await clockedCustomer(h.api, '2026-03-01T00:00:00Z', 'USD');
    await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));
    const scan = async () => {
      const runs = await h.tariff.worker.runOnce();
      return runs.find((r) => r.name === 'entitlement-limit-scan');
    };

    await advance(h.api, clock, '2026-03-10T00:00:00Z');
    await usage(h.api, meter, customer, 85, '2026-03-09T12:00:00Z');
    expect((await scan())?.summary).toEqual({ entitlement_customers_scanned: 1 });
    expect(await notices(h.api, 'exports')).toEqual(['soft_limit_reached@2026-03-01']);
    await usage(h.api, meter, customer, 20, '2026-03-09T13:00:00Z');
    await scan();
    await scan();
    expect(await notices(h.api, 'exports')).toEqual([
      'limit_reached@2026-03-01',
      'soft_limit_reached@2026-03-01',
    ]);
    // More usage in the same period: scanned again, still one notice of each kind.
    await usage(h.api, meter, customer, 5, '2026-03-09T14:00:00Z');
    expect((await scan())?.summary).toEqual({ entitlement_customers_scanned: 1 });
    // April: a new period, a new notice.
    await advance(h.api, clock, '2026-04-02T00:00:00Z');
    await usage(h.api, meter, customer, 100, '2026-04-01T12:00:00Z');
    await scan();
    expect(await notices(h.api, 'exports')).toEqual([
      'limit_reached@2026-03-01',
      'limit_reached@2026-04-01',
      'soft_limit_reached@2026-03-01',
      'soft_limit_reached@2026-04-01',
    ]);
    const fired = await ok(h.api.get('/v1/events', { type: 'entitlement.limit_reached', limit: 10 }));
    expect(fired.data[0].data.object).toMatchObject({
      customer,
      feature: 'exports',
      usage: '100',
      limit: '100',
    });
  });
});
