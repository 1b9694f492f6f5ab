import { describe, expect, it } from 'vitest';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { catalogFixtures } from './test-fixtures.js';

const perUnit = (unit_amount: string) => ({ type: 'per_unit', unit_amount });

describe.each(TEST_STORES)('pricing plans on %s', (kind) => {
  const h = useTariff(kind);
  const f = catalogFixtures(() => h.api);

  async function parts() {
    const meter = await f.meter();
    const item = await f.metered(meter.id);
    const card = await f.rateCard('JPY');
    await f.rate(card.id, item.id, perUnit('10'));
    const seat = await f.licensed();
    const fee = await f.licenseFee(seat.id, '25000');
    const grant = await f.creditGrant('1000');
    return { meter, item, card, seat, fee, grant };
  }

  it('versions as seed 004 says: a rate card joins the latest version, fees and actions make one', async () => {
    const p = await parts();
    const plan = await f.plan('JPY', [{ type: 'license_fee', license_fee: p.fee.id }]);
    expect(plan).toMatchObject({
      object: 'pricing_plan',
      latest_version: 1,
      live_version: 1,
      status: 'active',
    });
    expect(plan.components).toEqual([{ type: 'license_fee', license_fee: p.fee.id, version: 'latest' }]);

    const withCard = await f.ok(`/v1/pricing_plans/${plan.id}/components`, {
      type: 'rate_card',
      rate_card: p.card.id,
    });
    expect(withCard.latest_version).toBe(1);
    const withGrant = await f.ok(`/v1/pricing_plans/${plan.id}/components`, {
      type: 'service_action',
      service_action: p.grant.id,
      version: 1,
    });
    expect(withGrant.latest_version).toBe(2);
    const other = await f.licenseFee((await f.licensed()).id, '500');
    expect(
      (await f.ok(`/v1/pricing_plans/${plan.id}/components`, { type: 'license_fee', license_fee: other.id }))
        .latest_version,
    ).toBe(3);
    const repinned = await f.ok(`/v1/pricing_plans/${plan.id}/components/${p.card.id}`, { version: 1 });
    expect(repinned.latest_version).toBe(4);
    const same = await f.ok(`/v1/pricing_plans/${plan.id}/components/${p.card.id}`, { version: 1 });
    expect(same.latest_version).toBe(4);
    const removed = await h.api.del(`/v1/pricing_plans/${plan.id}/components/${other.id}`);
    expect(removed.body.latest_version).toBe(5);

    const versions = (await h.api.get(`/v1/pricing_plans/${plan.id}/versions`)).body.data;
    expect(
      versions.map((v: { version: number; components: unknown[] }) => [v.version, v.components.length]),
    ).toEqual([
      [5, 3],
      [4, 4],
      [3, 4],
      [2, 3],
      [1, 2],
    ]);
    expect(versions[4]).toMatchObject({ live: true, latest: false });
    const v4 = (await h.api.get(`/v1/pricing_plans/${plan.id}/versions/4`)).body;
    expect(v4.components).toContainEqual({ type: 'rate_card', rate_card: p.card.id, version: 1 });

    const live = await f.ok(`/v1/pricing_plans/${plan.id}`, { live_version: 5, name: 'Plan A' });
    expect(live).toMatchObject({ live_version: 5, name: 'Plan A' });
    const badLive = await h.api.post(`/v1/pricing_plans/${plan.id}`, { live_version: 6 });
    expect(badLive.body.error).toMatchObject({ code: 'parameter_invalid', param: 'live_version' });
    const dup = await h.api.post(`/v1/pricing_plans/${plan.id}/components`, {
      type: 'rate_card',
      rate_card: p.card.id,
    });
    expect(dup.body.error.code).toBe('component_exists');
    const notThere = await h.api.del(`/v1/pricing_plans/${plan.id}/components/${other.id}`);
    expect(notThere.body.error.code).toBe('component_not_found');

    const archived = await f.ok(`/v1/pricing_plans/${plan.id}/archive`, undefined);
    expect(archived.status).toBe('archived');
    const late = await h.api.post(`/v1/pricing_plans/${plan.id}/components`, {
      type: 'license_fee',
      license_fee: other.id,
    });
    expect(late.body.error.code).toBe('pricing_plan_archived');
    expect(
      (await h.api.get('/v1/pricing_plans', { status: 'archived' })).body.data.map(
        (x: { id: string }) => x.id,
      ),
    ).toContain(plan.id);
  });

  it('rejects other currencies, unknown ids, wrong versions and field mix-ups, writing nothing', async () => {
    const p = await parts();
    const usdCard = await f.rateCard('USD');
    const before = (await h.api.get('/v1/pricing_plans', { limit: 100 })).body.data.length;
    const cases: [unknown[], number, string, string][] = [
      [[{ type: 'rate_card', rate_card: usdCard.id }], 400, 'currency_mismatch', 'components[0][rate_card]'],
      [[{ type: 'rate_card', rate_card: 'rc_nope' }], 404, 'rate_card_not_found', 'components[0][rate_card]'],
      [
        [{ type: 'license_fee', license_fee: 'lf_nope' }],
        404,
        'license_fee_not_found',
        'components[0][license_fee]',
      ],
      [
        [{ type: 'service_action', service_action: 'sa_nope' }],
        404,
        'service_action_not_found',
        'components[0][service_action]',
      ],
      [
        [{ type: 'rate_card', rate_card: p.card.id, version: 7 }],
        404,
        'rate_card_version_not_found',
        'components[0][version]',
      ],
      [
        [{ type: 'rate_card', license_fee: p.fee.id }],
        400,
        'parameter_unknown',
        'components[0][license_fee]',
      ],
      [[{ type: 'license_fee' }], 400, 'parameter_missing', 'components[0][license_fee]'],
      [
        [
          { type: 'license_fee', license_fee: p.fee.id },
          { type: 'license_fee', license_fee: p.fee.id, version: 1 },
        ],
        409,
        'component_exists',
        'components[1]',
      ],
    ];
    for (const [components, status, code, param] of cases) {
      const res = await h.api.post('/v1/pricing_plans', { name: 'x', currency: 'JPY', components });
      expect(res.status, JSON.stringify(components)).toBe(status);
      expect(res.body.error, JSON.stringify(components)).toMatchObject({ code, param });
    }
    expect((await h.api.get('/v1/pricing_plans', { limit: 100 })).body.data.length).toBe(before);
    expect((await h.api.get('/v1/pricing_plans/pp_nope')).body.error.code).toBe('pricing_plan_not_found');
  });

  it('resolves a version: pinned components keep their version, following ones move', async () => {
    const p = await parts();
    const plan = await f.plan(
      'JPY',
      [
        { type: 'rate_card', rate_card: p.card.id },
        { type: 'license_fee', license_fee: p.fee.id, version: 1 },
        { type: 'service_action', service_action: p.grant.id },
      ],
      { lookup_key: f.unique('plan') },
    );
    await f.rate(p.card.id, p.item.id, perUnit('12'));
    await f.ok(`/v1/license_fees/${p.fee.id}`, { unit_amount: '28000' });
    const { catalog } = h.tariff.services;
    const resolved = await catalog.resolvePlan(plan.lookup_key);
    expect(resolved).toMatchObject({ id: plan.id, version: 1, currency: 'JPY', status: 'active' });
    expect(resolved.rateCards[0]).toMatchObject({
      id: p.card.id,
      version: 2,
      serviceInterval: { unit: 'month', count: 1 },
    });
    expect(resolved.rateCards[0]?.rates[0]).toMatchObject({
      price: perUnit('12'),
      billableItem: { id: p.item.id, type: 'metered', meterId: p.meter.id },
    });
    expect(resolved.licenseFees[0]).toMatchObject({
      id: p.fee.id,
      version: 1,
      unitAmount: '25000',
      licensedItem: { id: p.seat.id, type: 'licensed' },
      serviceInterval: { unit: 'month', count: 1 },
    });
    expect(resolved.serviceActions[0]).toMatchObject({
      id: p.grant.id,
      type: 'credit_grant',
      creditGrant: {
        amount: '1000',
        currency: 'JPY',
        category: 'promotional',
        applicability: { scope: 'metered' },
        priority: 50,
      },
    });

    // inside a caller's transaction, on its executor
    const inTrx = await h.store.db.transaction().execute((trx) => catalog.resolvePlan(plan.id, 1, trx));
    expect(inTrx).toEqual(resolved);
    await expect(catalog.resolvePlan(plan.id, 2)).rejects.toMatchObject({
      code: 'pricing_plan_version_not_found',
    });
    await expect(catalog.resolvePlan('pp_nope')).rejects.toMatchObject({ code: 'pricing_plan_not_found' });

    // following the card's live version instead: version 1 until the card moves its live pointer
    await f.ok(`/v1/pricing_plans/${plan.id}/components/${p.card.id}`, { version: 'live' });
    const live = await catalog.resolvePlan(plan.id, 2);
    expect(live.rateCards[0]).toMatchObject({
      version: 1,
      rates: [expect.objectContaining({ price: perUnit('10') })],
    });
    await f.ok(`/v1/rate_cards/${p.card.id}`, { live_version: 2 });
    expect((await catalog.resolvePlan(plan.id, 2)).rateCards[0]?.version).toBe(2);
    // a preview of an older plan version prices with what that version resolves to
    const old = await f.ok(`/v1/pricing_plans/${plan.id}/preview`, {
      version: 1,
      quantities: { [p.item.id]: '3' },
    });
    expect(old.lines[0]).toMatchObject({ amount: '36', rate_card: p.card.id });
  });
});
