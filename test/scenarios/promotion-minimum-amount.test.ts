import { describe, expect, it } from 'vitest';
import { useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import { clockedCustomer, invoicesOf, makePlan, ok } from './fixtures.js';

const error = (res: { status: number; body: any }) => [
  res.status,
  res.body.error?.code,
  res.body.error?.param,
];

/**
 * Stripe's `restrictions.minimum_amount` on a promotion code (docs/billing.md, "Promotion code
 * restrictions"): `BIG10` ($10 off once) needs an invoice subtotal of at least $50.00. On a $25
 * plan it is refused and nothing is written; on a $60 plan the first invoice is 50.00.
 */
describe.each(TEST_STORES)('a promotion code with a minimum_amount on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });
  const subsOf = async (customer: string) =>
    (await ok(h.api.get('/v1/subscriptions', { customer }))).data as any[];

  it('refuses an invoice subtotal below the minimum, accepts one at or above it', async () => {
    const small = await makePlan(h.api, { currency: 'USD', fee: '25' });
    const large = await makePlan(h.api, { currency: 'USD', fee: '60' });
    const euro = await makePlan(h.api, { currency: 'EUR', fee: '60' });
    const coupon = await ok(
      h.api.post('/v1/coupons', { name: 'Big ten', amount_off: '10', currency: 'USD', duration: 'once' }),
    );
    const code = await ok(
      h.api.post('/v1/promotion_codes', {
        code: 'BIG10',
        coupon: coupon.id,
        restrictions: { minimum_amount: '50', minimum_amount_currency: 'usd' },
      }),
    );
    expect(code.restrictions).toEqual({
      first_time_transaction: false,
      minimum_amount: '50.00',
      minimum_amount_currency: 'USD',
    });

    const a = await clockedCustomer(h.api, '2026-01-01T00:00:00Z', 'USD');
    const refused = await h.api.post('/v1/subscriptions', {
      customer: a.customer,
      pricing_plan: small.planId,
      promotion_code: 'big10',
    });
    expect(error(refused)).toEqual([409, 'coupon_not_redeemable', 'promotion_code']);
    expect(refused.body.error.message).toBe(
      'Promotion code BIG10 needs an invoice subtotal of at least 50.00 USD; this one is 25.00 USD.',
    );
    expect(await subsOf(a.customer)).toEqual([]);

    const sub = await ok(
      h.api.post('/v1/subscriptions', {
        customer: a.customer,
        pricing_plan: large.planId,
        promotion_code: 'BIG10',
      }),
    );
    const [first] = await invoicesOf(h.api, sub.id);
    expect(first.lines.map((l: any) => [l.type, l.amount])).toEqual([
      ['license_fee', '60.00'],
      ['discount', '-10.00'],
    ]);
    expect(first.total).toBe('50.00');
    expect((await ok(h.api.get(`/v1/promotion_codes/${code.id}`))).times_redeemed).toBe(1);

    // Another currency never reaches a USD minimum; a customer-level discount has no invoice to check.
    const e = await clockedCustomer(h.api, '2026-01-01T00:00:00Z', 'EUR');
    const wrongCurrency = await h.api.post('/v1/subscriptions', {
      customer: e.customer,
      pricing_plan: euro.planId,
      promotion_code: 'BIG10',
    });
    expect(error(wrongCurrency)).toEqual([409, 'coupon_not_redeemable', 'promotion_code']);
    const onCustomer = await h.api.post(`/v1/customers/${a.customer}/discounts`, { promotion_code: 'BIG10' });
    expect(error(onCustomer)).toEqual([409, 'coupon_not_redeemable', 'promotion_code']);
    expect((await ok(h.api.get(`/v1/promotion_codes/${code.id}`))).times_redeemed).toBe(1);
  });

  it('on an update the subtotal is a period of license fees at the new quantities; simulate checks its charges', async () => {
    const plan = await makePlan(h.api, { currency: 'USD', fee: '25' });
    const coupon = await ok(
      h.api.post('/v1/coupons', { name: 'Tenth', percent_off: '10', duration: 'forever' }),
    );
    await ok(
      h.api.post('/v1/promotion_codes', {
        code: 'TEAM10',
        coupon: coupon.id,
        restrictions: { minimum_amount: '100.00', minimum_amount_currency: 'USD' },
      }),
    );
    const { customer } = await clockedCustomer(h.api, '2026-01-01T00:00:00Z', 'USD');
    const sub = await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));
    // One seat at $25 is below $100: refused, and the metadata sent with it is not written.
    const one = await h.api.post(`/v1/subscriptions/${sub.id}`, {
      promotion_code: 'TEAM10',
      metadata: { a: 'b' },
    });
    expect(error(one)).toEqual([409, 'coupon_not_redeemable', 'promotion_code']);
    expect((await ok(h.api.get(`/v1/subscriptions/${sub.id}`))).metadata).toEqual({});
    // Four seats ($100 a month) given with the code: accepted, and the upcoming invoice carries it.
    await ok(
      h.api.post(`/v1/subscriptions/${sub.id}`, {
        promotion_code: 'TEAM10',
        component_configurations: { [plan.feeId as string]: { quantity: '4' } },
        proration_behavior: 'none',
      }),
    );
    const upcoming = await ok(h.api.get('/v1/invoices/upcoming', { subscription: sub.id }));
    expect(upcoming.lines.map((l: any) => [l.type, l.amount])).toEqual([
      ['license_fee', '100.00'],
      ['discount', '-10.00'],
    ]);

    // simulate: one month of $25 is below, four months ($100 of charges) reach it.
    const window = {
      pricing_plan: plan.planId,
      start_time: '2026-01-01T00:00:00Z',
      promotion_code: 'TEAM10',
    };
    const short = await h.api.post(`/v1/customers/${customer}/simulate`, {
      ...window,
      end_time: '2026-02-01T00:00:00Z',
    });
    expect(error(short)).toEqual([409, 'coupon_not_redeemable', 'promotion_code']);
    const long = await ok(
      h.api.post(`/v1/customers/${customer}/simulate`, { ...window, end_time: '2026-05-01T00:00:00Z' }),
    );
    expect([long.total, long.discounts.map((d: any) => d.amount)]).toEqual(['90.00', ['-10.00']]);
  });

  it('validates the restriction', async () => {
    const coupon = await ok(h.api.post('/v1/coupons', { name: 'X', percent_off: '5', duration: 'once' }));
    const create = (restrictions: object) =>
      h.api.post('/v1/promotion_codes', { code: 'X5', coupon: coupon.id, restrictions });
    expect(error(await create({ minimum_amount: '50' }))).toEqual([
      400,
      'parameter_missing',
      'restrictions[minimum_amount_currency]',
    ]);
    expect(error(await create({ minimum_amount: '50.001', minimum_amount_currency: 'USD' }))).toEqual([
      400,
      'parameter_invalid',
      'restrictions[minimum_amount]',
    ]);
    expect(error(await create({ minimum_amount: '0', minimum_amount_currency: 'USD' }))).toEqual([
      400,
      'parameter_invalid',
      'restrictions[minimum_amount]',
    ]);
    expect(error(await create({ minimum_amount_currency: 'USD' }))).toEqual([
      400,
      'parameter_missing',
      'restrictions[minimum_amount]',
    ]);
    expect((await ok(h.api.get('/v1/promotion_codes', { code: 'X5' }))).data).toEqual([]);
  });
});
