import { describe, expect, it } from 'vitest';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';

/** Features, plan entries and their refusals through the HTTP API; the months-long story is test/scenarios/entitlements.test.ts. */
describe.each(TEST_STORES)('entitlements API on %s', (kind) => {
  const h = useTariff(kind, new Date('2026-03-10T00:00:00Z'));

  async function plan() {
    const meter = await h.api.post('/v1/meters', {
      event_name: `calls_${Date.now()}`,
      default_aggregation: { formula: 'sum' },
      dimension_payload_keys: ['region'],
    });
    const fee = await h.api.post('/v1/billable_items', { type: 'licensed', name: 'Base' });
    const lf = await h.api.post('/v1/license_fees', {
      licensed_item: fee.body.id,
      currency: 'USD',
      unit_amount: '10',
      service_interval: 'month',
      service_interval_count: 1,
    });
    const p = await h.api.post('/v1/pricing_plans', {
      name: `Plan ${Date.now()}`,
      currency: 'USD',
      components: [{ type: 'license_fee', license_fee: lf.body.id }],
    });
    return { meter: meter.body, plan: p.body };
  }

  it('creates, lists and refuses features', async () => {
    const { meter } = await plan();
    const f = await h.api.post('/v1/features', {
      key: 'eu_calls',
      name: 'EU calls',
      type: 'metered',
      meter: meter.event_name,
      meter_filter: { region: 'eu' },
    });
    expect(f.status).toBe(200);
    expect(f.body).toMatchObject({
      object: 'feature',
      key: 'eu_calls',
      meter: meter.id,
      meter_filter: { region: 'eu' },
    });
    expect((await h.api.get('/v1/features/eu_calls')).body.id).toBe(f.body.id);
    expect((await h.api.get('/v1/features')).body.data).toHaveLength(1);

    const refusals = [
      [{ key: 'eu_calls', name: 'again', type: 'boolean' }, 409, 'feature_exists'],
      [{ key: 'x', name: 'x', type: 'metered' }, 400, 'parameter_missing'],
      [{ key: 'y', name: 'y', type: 'boolean', meter: meter.id }, 400, 'parameter_invalid'],
      [
        { key: 'z', name: 'z', type: 'metered', meter: meter.id, meter_filter: { model: 'a' } },
        400,
        'parameter_invalid',
      ],
      [{ key: 'w', name: 'w', type: 'metered', meter: 'mtr_nope' }, 404, 'meter_not_found'],
      [{ key: 'bad key!', name: 'v', type: 'boolean' }, 400, 'parameter_invalid'],
    ] as const;
    for (const [body, status, code] of refusals) {
      const res = await h.api.post('/v1/features', body);
      expect([res.status, res.body.error.code]).toEqual([status, code]);
    }
    expect((await h.api.get('/v1/features')).body.data).toHaveLength(1);
    expect((await h.api.get('/v1/features/nope')).body.error.code).toBe('feature_not_found');
  });

  it('attaches features to a plan: per version or every version, a version entry wins, detach', async () => {
    const { meter, plan: p } = await plan();
    await h.api.post('/v1/features', { key: 'calls', name: 'Calls', type: 'metered', meter: meter.id });
    await h.api.post('/v1/features', { key: 'sso', name: 'SSO', type: 'boolean' });
    const url = `/v1/pricing_plans/${p.id}/entitlements`;
    const all = await h.api.post(url, { feature: 'calls', limit: '1000', soft_limit: '800' });
    expect(all.body).toMatchObject({ version: null, limit: '1000', overage: 'block', interval: null });
    const v1 = await h.api.post(url, { feature: 'calls', version: 1, limit: '5000', overage: 'allow' });
    expect(v1.body).toMatchObject({ version: 1, limit: '5000' });
    await h.api.post(url, { feature: 'sso' });
    // Posting again replaces the entry.
    await h.api.post(url, { feature: 'calls', limit: '2000' });

    const listed = (await h.api.get(url, { version: 1 })).body.data;
    expect(
      listed.map((e: { feature: { key: string }; limit: string | null }) => [e.feature.key, e.limit]),
    ).toEqual([
      ['calls', '5000'],
      ['sso', null],
    ]);
    expect((await h.api.get(url)).body.data).toHaveLength(3);

    const refusals = [
      [{ feature: 'sso', limit: '5' }, 400, 'parameter_invalid'],
      [{ feature: 'calls', value: 'x' }, 400, 'parameter_invalid'],
      [{ feature: 'calls', interval_count: 2 }, 400, 'parameter_missing'],
      [{ feature: 'calls', version: 9 }, 404, 'pricing_plan_version_not_found'],
      [{ feature: 'nope' }, 404, 'feature_not_found'],
      [{ feature: 'calls', limit: '-1' }, 400, 'parameter_invalid'],
    ] as const;
    for (const [body, status, code] of refusals) {
      const res = await h.api.post(url, body);
      expect([res.status, res.body.error.code]).toEqual([status, code]);
    }
    expect((await h.api.post('/v1/pricing_plans/pp_nope/entitlements', { feature: 'sso' })).status).toBe(404);

    expect((await h.api.del(`${url}/sso`)).body).toMatchObject({ deleted: true });
    expect((await h.api.del(`${url}/sso`)).body.error.code).toBe('entitlement_not_found');
  });

  it('checks a customer: unknown feature 404, no subscription → no_entitlement, grants need a metered feature', async () => {
    const { meter, plan: p } = await plan();
    await h.api.post('/v1/features', { key: 'daily_calls', name: 'Calls', type: 'metered', meter: meter.id });
    await h.api.post('/v1/features', { key: 'sso_off', name: 'SSO', type: 'boolean' });
    await h.api.post(`/v1/pricing_plans/${p.id}/entitlements`, {
      feature: 'daily_calls',
      limit: '10',
      interval: 'day',
    });
    await h.api.post(`/v1/pricing_plans/${p.id}/entitlements`, { feature: 'sso_off', enabled: false });
    const c = (await h.api.post('/v1/customers', { name: 'Acme', currency: 'USD', external_id: 'acme' }))
      .body;
    expect((await h.api.post('/v1/entitlements/check', { customer: 'acme', feature: 'nope' })).status).toBe(
      404,
    );
    expect(
      (await h.api.post('/v1/entitlements/check', { customer: 'nobody', feature: 'daily_calls' })).status,
    ).toBe(404);
    expect(
      (await h.api.post('/v1/entitlements/check', { customer: 'acme', feature: 'daily_calls' })).body,
    ).toMatchObject({
      allowed: false,
      reason: 'no_entitlement',
    });
    await h.api.post('/v1/subscriptions', { customer: c.id, pricing_plan: p.id });
    await h.api.post('/v1/meter_events', {
      event_name: meter.event_name,
      payload: { customer: 'acme', value: 7 },
    });
    const daily = (await h.api.post('/v1/entitlements/check', { customer: 'acme', feature: 'daily_calls' }))
      .body;
    expect(daily).toMatchObject({
      allowed: true,
      usage: '7',
      balance: '3',
      resets_at: '2026-03-11T00:00:00.000Z',
    });
    expect(
      (await h.api.post('/v1/entitlements/check', { customer: 'acme', feature: 'sso_off' })).body,
    ).toMatchObject({
      allowed: false,
      reason: 'disabled',
    });
    const bad = await h.api.post(`/v1/customers/acme/entitlement_grants`, {
      feature: 'sso_off',
      amount: '1',
    });
    expect(bad.body.error.code).toBe('parameter_invalid');
    const late = await h.api.post(`/v1/customers/acme/entitlement_grants`, {
      feature: 'daily_calls',
      amount: '1',
      expires_at: '2026-03-01T00:00:00Z',
    });
    expect(late.body.error.code).toBe('parameter_invalid');
    const g = await h.api.post(`/v1/customers/acme/entitlement_grants`, {
      feature: 'daily_calls',
      amount: '5',
    });
    expect(g.body).toMatchObject({ amount: '5', expires_at: '2026-03-11T00:00:00.000Z' });
    expect(
      (await h.api.post('/v1/entitlements/check', { customer: 'acme', feature: 'daily_calls' })).body.balance,
    ).toBe('8');
  });
});
