import { beforeAll, describe, expect, it } from 'vitest';
import { type Api, apiFor, TEST_KEY, useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import { makePlan, ok } from './fixtures.js';

const error = (res: { status: number; body: any }) => [res.status, res.body.error?.code];

/**
 * This session's features attacked through the HTTP API: coupons and promotion codes on
 * subscriptions and in simulate, the entitlement check cache, and meter event refusals, across
 * live and test mode, with odd inputs and concurrent redemptions. A refused request writes nothing.
 */
describe.each(TEST_STORES)('session features under attack (%s)', (kind) => {
  const h = useTariff(kind, new Date('2026-03-01T00:00:00Z'));
  let live: Api;
  let test: Api;
  beforeAll(() => {
    live = h.api;
    test = apiFor(h.tariff, TEST_KEY, 'test');
  });
  const customerIn = async (api: Api, external_id?: string) =>
    (
      await ok(
        api.post('/v1/customers', { name: 'Acme', currency: 'USD', ...(external_id && { external_id }) }),
      )
    ).id as string;
  const couponIn = (api: Api, extra: object = {}) =>
    ok(api.post('/v1/coupons', { name: 'Half', percent_off: '50', duration: 'forever', ...extra }));
  const subsOf = async (api: Api, customer: string) =>
    (await ok(api.get('/v1/subscriptions', { customer }))).data as any[];

  it('a coupon or promotion code of one mode is not found in the other, and counts only in its own', async () => {
    for (const [mine, other] of [
      [live, test],
      [test, live],
    ] as const) {
      const coupon = await couponIn(other);
      const code = await ok(
        other.post('/v1/promotion_codes', { code: `X${coupon.id.slice(-6)}`, coupon: coupon.id }),
      );
      const plan = await makePlan(mine, { currency: 'USD', fee: '10' });
      const customer = await customerIn(mine);
      const create = (ref: object) =>
        mine.post('/v1/subscriptions', { customer, pricing_plan: plan.planId, ...ref });
      expect(error(await create({ coupon: coupon.id }))).toEqual([404, 'coupon_not_found']);
      expect(error(await create({ promotion_code: code.code }))).toEqual([404, 'promotion_code_not_found']);
      expect(error(await create({ promotion_code: code.id }))).toEqual([404, 'promotion_code_not_found']);
      const window = {
        pricing_plan: plan.planId,
        start_time: '2026-03-01T00:00:00Z',
        end_time: '2026-04-01T00:00:00Z',
      };
      const sim = await mine.post(`/v1/customers/${customer}/simulate`, { ...window, coupon: coupon.id });
      expect(error(sim)).toEqual([404, 'coupon_not_found']);
      expect(await subsOf(mine, customer)).toEqual([]);
      const sub = await ok(create({}));
      const upd = await mine.post(`/v1/subscriptions/${sub.id}`, { promotion_code: code.code });
      expect(error(upd)).toEqual([404, 'promotion_code_not_found']);
      expect((await ok(other.get(`/v1/coupons/${coupon.id}`))).times_redeemed).toBe(0);
      expect((await ok(other.get(`/v1/promotion_codes/${code.id}`))).times_redeemed).toBe(0);
    }
    // The same code typed in both modes redeems each mode's own, once each.
    const liveCoupon = await couponIn(live, { max_redemptions: 1 });
    const testCoupon = await couponIn(test, { max_redemptions: 1 });
    const liveCode = await ok(live.post('/v1/promotion_codes', { code: 'BOTHMODES', coupon: liveCoupon.id }));
    const testCode = await ok(test.post('/v1/promotion_codes', { code: 'BOTHMODES', coupon: testCoupon.id }));
    for (const api of [live, test]) {
      const plan = await makePlan(api, { currency: 'USD', fee: '10' });
      await ok(
        api.post('/v1/subscriptions', {
          customer: await customerIn(api),
          pricing_plan: plan.planId,
          promotion_code: 'bothmodes',
        }),
      );
    }
    expect((await ok(live.get(`/v1/promotion_codes/${liveCode.id}`))).times_redeemed).toBe(1);
    expect((await ok(test.get(`/v1/promotion_codes/${testCode.id}`))).times_redeemed).toBe(1);
  });

  it('a check in one mode never answers from the other mode’s cache entry (same external id and feature key)', async () => {
    const answers: string[] = [];
    const check = async (api: Api) => {
      const j = await ok(api.post('/v1/entitlements/check', { customer: 'same-ext', feature: 'seats_x' }));
      return `${j.allowed} ${j.reason} ${j.limit}`;
    };
    const plan = await makePlan(live, { currency: 'USD', fee: '10', usage: { unitAmount: '1' } });
    await ok(
      live.post('/v1/features', { key: 'seats_x', name: 'Seats', type: 'metered', meter: plan.eventName }),
    );
    await ok(
      live.post(`/v1/pricing_plans/${plan.planId}/entitlements`, { feature: 'seats_x', limit: '100' }),
    );
    const liveCustomer = await customerIn(live, 'same-ext');
    await ok(live.post('/v1/subscriptions', { customer: liveCustomer, pricing_plan: plan.planId }));
    const testPlan = await makePlan(test, { currency: 'USD', fee: '10', usage: { unitAmount: '1' } });
    await ok(
      test.post('/v1/features', {
        key: 'seats_x',
        name: 'Seats',
        type: 'metered',
        meter: testPlan.eventName,
      }),
    );
    await customerIn(test, 'same-ext');
    for (const api of [live, test, live, test]) answers.push(await check(api));
    expect(answers).toEqual([
      'true ok 100',
      'false no_entitlement null',
      'true ok 100',
      'false no_entitlement null',
    ]);
    // The live customer's own id is unknown in test mode, cached or not.
    const byId = await test.post('/v1/entitlements/check', { customer: liveCustomer, feature: 'seats_x' });
    expect(byId.status).toBe(404);
  });

  it('refusals of one mode are not listed or read in the other', async () => {
    for (const api of [live, test]) {
      expect(error(await api.get('/v1/meter_event_refusals/evt_nope'))).toEqual([404, expect.any(String)]);
      expect((await ok(api.get('/v1/meter_event_refusals'))).data).toEqual([]);
      expect((await api.get('/v1/meter_event_refusals', { limit: 0 })).status).toBe(400);
      expect((await api.get('/v1/meter_event_refusals', { 'created[gte]': 'yesterday' })).status).toBe(400);
    }
  });

  it('odd inputs are refused with a coded error and write nothing', async () => {
    const coupon = await couponIn(test, { max_redemptions: 5 });
    const code = await ok(test.post('/v1/promotion_codes', { code: 'OddIn', coupon: coupon.id }));
    const plan = await makePlan(test, { currency: 'USD', fee: '10' });
    const customer = await customerIn(test);
    const create = (ref: object) =>
      test.post('/v1/subscriptions', { customer, pricing_plan: plan.planId, ...ref });
    for (const [ref, expected] of [
      [{ promotion_code: 'ODD\u0000IN' }, [400, expect.any(String)]],
      [{ coupon: 'co\u0000x' }, [400, expect.any(String)]],
      [{ promotion_code: 'x'.repeat(100_000) }, [400, 'parameter_invalid']],
      [{ coupon: 'c'.repeat(100_000) }, [400, 'parameter_invalid']],
      [{ promotion_code: '' }, [400, 'parameter_invalid']],
      [{ promotion_code: ' OddIn ' }, [404, 'promotion_code_not_found']],
      [{ promotion_code: 'Odd%' }, [404, 'promotion_code_not_found']],
      [{ promotion_code: 42 }, [400, 'parameter_invalid']],
      [{ coupon: null }, [400, 'parameter_invalid']],
      [{ coupon: coupon.id, promotion_code: 'OddIn' }, [400, expect.any(String)]],
    ] as const) {
      expect([JSON.stringify(ref).slice(0, 60), ...error(await create(ref))]).toEqual([
        JSON.stringify(ref).slice(0, 60),
        ...expected,
      ]);
    }
    for (const max of [0, -1, 1.5, '1']) {
      const res = await test.post('/v1/promotion_codes', {
        code: `M${String(max).replace(/\W/g, '')}`,
        coupon: coupon.id,
        max_redemptions: max,
      });
      expect(error(res)).toEqual([400, 'parameter_invalid']);
      const c = await test.post('/v1/coupons', {
        name: 'Bad',
        percent_off: '10',
        duration: 'once',
        max_redemptions: max,
      });
      expect(error(c)).toEqual([400, 'parameter_invalid']);
    }
    expect(await subsOf(test, customer)).toEqual([]);
    expect((await ok(test.get(`/v1/coupons/${coupon.id}`))).times_redeemed).toBe(0);
    expect((await ok(test.get(`/v1/promotion_codes/${code.id}`))).times_redeemed).toBe(0);

    // Case variants find the code; applying twice to one subscription keeps one discount, counts two.
    const sub = await ok(create({ promotion_code: 'oDDiN' }));
    await ok(test.post(`/v1/subscriptions/${sub.id}`, { coupon: coupon.id }));
    const discounts = (await ok(test.get(`/v1/customers/${customer}/discounts`))).data;
    expect(discounts.map((d: any) => [d.subscription, d.coupon?.id ?? d.coupon])).toEqual([
      [sub.id, coupon.id],
    ]);
    expect((await ok(test.get(`/v1/coupons/${coupon.id}`))).times_redeemed).toBe(2);

    // Another currency's amount_off coupon, or a code whose coupon was deleted: refused, nothing counted.
    const euro = await ok(
      test.post('/v1/coupons', { name: 'Euro', amount_off: '5', currency: 'EUR', duration: 'once' }),
    );
    expect(error(await test.post(`/v1/subscriptions/${sub.id}`, { coupon: euro.id }))).toEqual([
      400,
      'currency_mismatch',
    ]);
    const doomed = await couponIn(test);
    const doomedCode = await ok(test.post('/v1/promotion_codes', { code: 'DOOMED', coupon: doomed.id }));
    await ok(test.del(`/v1/coupons/${doomed.id}`));
    expect(error(await test.post(`/v1/subscriptions/${sub.id}`, { promotion_code: 'DOOMED' }))).toEqual([
      409,
      'coupon_not_redeemable',
    ]);
    expect((await ok(test.get(`/v1/coupons/${euro.id}`))).times_redeemed).toBe(0);
    expect((await ok(test.get(`/v1/promotion_codes/${doomedCode.id}`))).times_redeemed).toBe(0);
    expect((await ok(test.get(`/v1/customers/${customer}/discounts`))).data).toHaveLength(1);

    // A canceled subscription takes no coupon, and nothing is counted.
    await ok(test.post(`/v1/subscriptions/${sub.id}/cancel`, { at: 'now' }));
    expect(error(await test.post(`/v1/subscriptions/${sub.id}`, { coupon: coupon.id }))).toEqual([
      409,
      'subscription_canceled',
    ]);
    expect((await ok(test.get(`/v1/coupons/${coupon.id}`))).times_redeemed).toBe(2);
  });

  it('reactivating a code whose text another active code took is a 409, not a 500', async () => {
    const coupon = await couponIn(live);
    const first = await ok(live.post('/v1/promotion_codes', { code: 'REUSE', coupon: coupon.id }));
    await ok(live.post(`/v1/promotion_codes/${first.id}`, { active: false }));
    await ok(live.post('/v1/promotion_codes', { code: 'reuse', coupon: coupon.id }));
    const again = await live.post(`/v1/promotion_codes/${first.id}`, { active: true });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'conflict', param: 'active' });
    expect((await ok(live.get(`/v1/promotion_codes/${first.id}`))).active).toBe(false);
  });

  it('a code cannot pose as another code’s id: promo_… texts are refused, and an id wins over a text', async () => {
    const coupon = await couponIn(live);
    const real = await ok(live.post('/v1/promotion_codes', { code: 'REAL', coupon: coupon.id }));
    const posing = await live.post('/v1/promotion_codes', { code: real.id, coupon: coupon.id });
    expect(posing.status).toBe(400);
    expect(posing.body.error).toMatchObject({ code: 'parameter_invalid', param: 'code' });
    expect((await live.post('/v1/promotion_codes', { code: 'Promo_x', coupon: coupon.id })).status).toBe(400);
    expect((await ok(live.get('/v1/promotion_codes', { code: real.id }))).data).toEqual([]);
  });

  it('concurrent redemptions of a code limited to 1 make exactly one subscription', async () => {
    const coupon = await couponIn(test);
    const code = await ok(
      test.post('/v1/promotion_codes', { code: 'ONLYONE', coupon: coupon.id, max_redemptions: 1 }),
    );
    const plan = await makePlan(test, { currency: 'USD', fee: '10' });
    const customers = [await customerIn(test), await customerIn(test)];
    const results = await Promise.all(
      customers.map((customer) =>
        test.post('/v1/subscriptions', { customer, pricing_plan: plan.planId, promotion_code: 'ONLYONE' }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.map((r) => r.body.error?.code).filter(Boolean)).toEqual(['coupon_not_redeemable']);
    const subs = (await Promise.all(customers.map((c) => subsOf(test, c)))).flat();
    expect(subs).toHaveLength(1);
    expect((await ok(test.get(`/v1/promotion_codes/${code.id}`))).times_redeemed).toBe(1);
    expect((await ok(test.get(`/v1/coupons/${coupon.id}`))).times_redeemed).toBe(1);
  });
});
