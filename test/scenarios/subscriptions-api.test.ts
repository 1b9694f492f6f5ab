import { describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/demo.js';
import { useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import { advance, clockedCustomer, invoicesOf, makePlan, ok } from './fixtures.js';

describe.each(TEST_STORES)('subscriptions API on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });

  it('creates, lists by customer, shows plan history, updates quantities, cancels; errors are coded', async () => {
    const plan = await makePlan(h.api, { currency: 'JPY', fee: '1000' });
    const usd = await makePlan(h.api, { currency: 'USD', fee: '10.00' });
    const { clock, customer } = await clockedCustomer(h.api, '2026-03-01T00:00:00Z', 'JPY');
    const created = await ok(
      h.api.post('/v1/subscriptions', {
        customer,
        pricing_plan: plan.planId,
        component_configurations: { [plan.feeId as string]: { quantity: '3' } },
        metadata: { team: 'core' },
      }),
    );
    expect(created).toMatchObject({
      object: 'subscription',
      status: 'active',
      currency: 'JPY',
      pricing_plan_version: 1,
      billing_cadence: { interval: 'month', interval_count: 1, anchor: '2026-03-01T00:00:00.000Z' },
      component_configurations: { [plan.feeId as string]: { quantity: '3' } },
      current_period_end: '2026-04-01T00:00:00.000Z',
      test_clock: clock,
    });
    expect((await invoicesOf(h.api, created.id))[0].total).toBe('3000');
    const list = await ok(h.api.get('/v1/subscriptions', { customer }));
    expect(list.data.map((s: any) => s.id)).toEqual([created.id]);

    const errors = await Promise.all([
      h.api.post('/v1/subscriptions', { customer: 'cus_missing', pricing_plan: plan.planId }),
      h.api.post('/v1/subscriptions', { customer, pricing_plan: 'pp_missing' }),
      h.api.post('/v1/subscriptions', { customer, pricing_plan: usd.planId }),
      h.api.post('/v1/subscriptions', {
        customer,
        pricing_plan: plan.planId,
        component_configurations: { lf_other: { quantity: '1' } },
      }),
      h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId, surprise: true }),
      h.api.get('/v1/subscriptions/sub_missing'),
    ]);
    expect(errors.map((e) => e.body.error.code)).toEqual([
      'customer_not_found',
      'pricing_plan_not_found',
      'currency_mismatch',
      'parameter_invalid',
      'parameter_unknown',
      'subscription_not_found',
    ]);

    await advance(h.api, clock, '2026-03-16T12:00:00Z');
    const updated = await ok(
      h.api.post(`/v1/subscriptions/${created.id}`, {
        component_configurations: { [plan.feeId as string]: { quantity: '5' } },
        proration_behavior: 'always_invoice',
      }),
    );
    expect(updated.component_configurations[plan.feeId as string]).toEqual({ quantity: '5' });
    const detail = await ok(h.api.get(`/v1/subscriptions/${created.id}`));
    expect(detail.phases).toHaveLength(2);
    const past = await h.api.post(`/v1/subscriptions/${created.id}/change_plan`, {
      pricing_plan: plan.planId,
      effective_at: '2026-03-01T00:00:00Z',
    });
    expect(past.body.error).toMatchObject({ code: 'parameter_invalid', param: 'effective_at' });

    const canceled = await ok(
      h.api.post(`/v1/subscriptions/${created.id}/cancel`, { at: 'now', proration_behavior: 'none' }),
    );
    expect(canceled).toMatchObject({ status: 'canceled', canceled_at: '2026-03-16T12:00:00.000Z' });
    expect((await h.api.get('/v1/invoices/upcoming', { subscription: created.id })).body.error.code).toBe(
      'no_upcoming_invoice',
    );
    expect(
      (await h.api.post(`/v1/subscriptions/${created.id}/change_plan`, { pricing_plan: plan.planId })).body
        .error.code,
    ).toBe('subscription_canceled');
  });

  it('deleting a test clock removes its customers with their subscriptions and invoices', async () => {
    const plan = await makePlan(h.api, { currency: 'JPY', fee: '500' });
    const { clock, customer } = await clockedCustomer(h.api, '2026-03-01T00:00:00Z', 'JPY');
    const sub = await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));
    const [first] = await invoicesOf(h.api, sub.id);
    expect((await h.api.del(`/v1/test_clocks/${clock}`)).status).toBe(200);
    expect((await h.api.get(`/v1/subscriptions/${sub.id}`)).status).toBe(404);
    expect((await h.api.get(`/v1/invoices/${first.id}`)).status).toBe(404);
  });

  it('the demo has months of invoices, a proration invoice and a late-event adjustment', async () => {
    const summary = await loadDemo(h.tariff.services);
    expect(summary).toMatchObject({ subscriptions: 3 });
    const all = await ok(h.api.get('/v1/invoices', { limit: 100 }));
    expect(
      all.data.filter((i: any) => i.billing_reason === 'subscription_cycle').length,
    ).toBeGreaterThanOrEqual(4);
    expect(
      all.data.some(
        (i: any) =>
          i.billing_reason === 'subscription_update' && i.lines.every((l: any) => l.type === 'proration'),
      ),
    ).toBe(true);
    const adjustment = all.data.flatMap((i: any) => i.lines).find((l: any) => l.type === 'adjustment');
    expect(Number(adjustment.amount)).toBeGreaterThan(0);

    // Its plans carry entitlements: Acme moved to Plan B (5,000 calls, SSO, priority support).
    const entitled = async (customer: string) =>
      Object.fromEntries(
        (await ok(h.api.get(`/v1/customers/${customer}/entitlements`))).data.map((e: any) => [e.feature, e]),
      );
    const acme = await entitled('tenant-acme-jp');
    expect(Object.keys(acme).sort()).toEqual(['api_calls', 'sso', 'support_tier']);
    expect(acme.api_calls).toMatchObject({ limit: '5000', overage: 'block' });
    expect(acme.sso).toMatchObject({ allowed: true });
    expect(acme.support_tier.value).toEqual({ tier: 'priority', response_hours: 4 });
    const nimbus = await entitled('tenant-nimbus-us');
    expect(nimbus.api_calls).toMatchObject({ limit: '2000', overage: 'allow' });
    const check = await ok(
      h.api.post('/v1/entitlements/check', { customer: 'tenant-nimbus-us', feature: 'api_calls' }),
    );
    expect(check).toMatchObject({ allowed: true, limit: '2000' });
    expect(check.usage).toMatch(/^[0-9]+$/); // this month's calls so far (the clock is at a month start here)
  });
});
