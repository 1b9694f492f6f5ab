import { describe, expect, it } from 'vitest';
import { apiFor, useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import { advance, clockedCustomer, invoicesOf, makePlan, ok, usage } from './fixtures.js';

const shape = (invoice: any) => ({
  total: invoice.total,
  lines: invoice.lines.map((l: any) => [l.type, l.amount]),
});

/**
 * Discounts (docs/billing.md, "Discounts") on a test clock in test mode: the FAQ's "first month
 * free" campaign, a repeating 3-month 20 % coupon over 5 months, promotion codes, the
 * subscription's discount winning over the customer's, and race-free redemption counting.
 */
describe.each(TEST_STORES)('discounts on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });

  it('first month free: a 100 % once coupon frees the first month’s fee and usage, not the second month', async () => {
    const plan = await makePlan(h.api, { currency: 'USD', fee: '49', usage: { unitAmount: '0.10' } });
    const coupon = await ok(
      h.api.post('/v1/coupons', { name: 'First month free', percent_off: '100', duration: 'once' }),
    );
    const { clock, customer } = await clockedCustomer(h.api, '2026-01-01T00:00:00Z', 'USD');
    const discount = await ok(h.api.post(`/v1/customers/${customer}/discounts`, { coupon: coupon.id }));
    expect([discount.start, discount.end]).toEqual(['2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z']);
    const sub = await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));
    await advance(h.api, clock, '2026-01-10T00:00:00Z');
    await usage(h.api, plan.eventName as string, customer, 300, '2026-01-10T00:00:00Z');
    const upcoming = await ok(h.api.get('/v1/invoices/upcoming', { subscription: sub.id }));
    await advance(h.api, clock, '2026-02-01T02:00:00Z');
    await advance(h.api, clock, '2026-02-10T00:00:00Z');
    await usage(h.api, plan.eventName as string, customer, 100, '2026-02-10T00:00:00Z');
    await advance(h.api, clock, '2026-03-01T02:00:00Z');
    const invoices = await invoicesOf(h.api, sub.id);
    expect(invoices.map(shape)).toEqual([
      {
        total: '0.00',
        lines: [
          ['license_fee', '49.00'],
          ['discount', '-49.00'],
        ],
      },
      // January's usage is free; February's fee (service period from Feb 1) is not.
      {
        total: '49.00',
        lines: [
          ['usage', '30.00'],
          ['license_fee', '49.00'],
          ['discount', '-30.00'],
        ],
      },
      {
        total: '59.00',
        lines: [
          ['usage', '10.00'],
          ['license_fee', '49.00'],
        ],
      },
    ]);
    // The upcoming invoice seen in January is the invoice issued on Feb 1.
    expect(shape(upcoming)).toEqual(shape(invoices[1]));
    expect((await ok(h.api.get(`/v1/coupons/${coupon.id}`))).times_redeemed).toBe(1);
  });

  it('a repeating 3-month 20 % coupon over 5 months: 80, 80, 80, then 100, 100', async () => {
    const plan = await makePlan(h.api, { currency: 'USD', fee: '100' });
    const coupon = await ok(
      h.api.post('/v1/coupons', {
        name: 'SPRING20',
        percent_off: '20',
        duration: 'repeating',
        duration_in_months: 3,
      }),
    );
    const { clock, customer } = await clockedCustomer(h.api, '2026-01-01T00:00:00Z', 'USD');
    // Redeemed when the customer signs up, before the subscription (and its first invoice).
    await ok(h.api.post(`/v1/customers/${customer}/discounts`, { coupon: coupon.id }));
    const sub = await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));
    const upcoming: unknown[] = [];
    for (const month of ['02', '03', '04', '05', '06']) {
      upcoming.push(shape(await ok(h.api.get('/v1/invoices/upcoming', { subscription: sub.id }))));
      await advance(h.api, clock, `2026-${month}-01T02:00:00Z`);
    }
    const invoices = await invoicesOf(h.api, sub.id);
    // Service periods starting Jan 1, Feb 1, Mar 1 are discounted; from Apr 1 (3 months on) not.
    expect(invoices.map((i) => i.total)).toEqual(['80.00', '80.00', '80.00', '100.00', '100.00', '100.00']);
    expect(invoices[0].lines.find((l: any) => l.type === 'discount').description).toBe('SPRING20 (20% off)');
    // Each month's upcoming invoice is the invoice issued at its end.
    expect(upcoming).toEqual(invoices.slice(1).map(shape));
  });

  it('a discount redeemed mid-period is prorated by time: 20 % from Jan 16 takes 16/31 of January’s usage share', async () => {
    const plan = await makePlan(h.api, { currency: 'USD', fee: '100', usage: { unitAmount: '0.10' } });
    const coupon = await ok(
      h.api.post('/v1/coupons', { name: 'Midway', percent_off: '20', duration: 'forever' }),
    );
    const { clock, customer } = await clockedCustomer(h.api, '2026-01-01T00:00:00Z', 'USD');
    const sub = await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));
    await advance(h.api, clock, '2026-01-10T00:00:00Z');
    await usage(h.api, plan.eventName as string, customer, 310, '2026-01-10T00:00:00Z');
    await advance(h.api, clock, '2026-01-16T00:00:00Z');
    const discount = await ok(h.api.post(`/v1/customers/${customer}/discounts`, { coupon: coupon.id }));
    expect(discount.start).toBe('2026-01-16T00:00:00.000Z');
    const upcoming = await ok(h.api.get('/v1/invoices/upcoming', { subscription: sub.id }));
    await advance(h.api, clock, '2026-02-01T02:00:00Z');
    const invoices = await invoicesOf(h.api, sub.id);
    // Jan 1: the fee billed before the discount existed stays. Feb 1: January's usage 31.00 × 20 %
    // × 16/31 = 3.20, February's fee 100.00 × 20 % = 20.00: one discount line of −23.20.
    expect(invoices.map(shape)).toEqual([
      { total: '100.00', lines: [['license_fee', '100.00']] },
      {
        total: '107.80',
        lines: [
          ['usage', '31.00'],
          ['license_fee', '100.00'],
          ['discount', '-23.20'],
        ],
      },
    ]);
    expect(shape(upcoming)).toEqual(shape(invoices[1]));
  });

  it('the subscription’s discount wins over the customer’s; amount_off never below zero', async () => {
    const plan = await makePlan(h.api, { currency: 'USD', fee: '30' });
    const { customer } = await clockedCustomer(h.api, '2026-01-01T00:00:00Z', 'USD');
    const tenOff = await ok(
      h.api.post('/v1/coupons', { name: 'Ten off', amount_off: '10', currency: 'USD', duration: 'forever' }),
    );
    const fiftyOff = await ok(
      h.api.post('/v1/coupons', {
        name: 'Fifty off',
        amount_off: '50',
        currency: 'USD',
        duration: 'forever',
      }),
    );
    const sub = await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));
    await ok(h.api.post(`/v1/customers/${customer}/discounts`, { coupon: tenOff.id }));
    let next = await ok(h.api.get('/v1/invoices/upcoming', { subscription: sub.id }));
    expect(next.lines.find((l: any) => l.type === 'discount')?.amount).toBe('-10.00');
    const own = await ok(
      h.api.post(`/v1/customers/${customer}/discounts`, { coupon: fiftyOff.id, subscription: sub.id }),
    );
    next = await ok(h.api.get('/v1/invoices/upcoming', { subscription: sub.id }));
    expect(shape(next).lines).toEqual([
      ['license_fee', '30.00'],
      ['discount', '-30.00'],
    ]);
    expect((await ok(h.api.get(`/v1/customers/${customer}/discounts`))).data).toHaveLength(2);
    await ok(h.api.del(`/v1/customers/${customer}/discounts/${own.id}`));
    next = await ok(h.api.get('/v1/invoices/upcoming', { subscription: sub.id }));
    expect(next.lines.find((l: any) => l.type === 'discount')?.amount).toBe('-10.00');
  });

  it('promotion codes: redeemed by the code typed, limited, deactivated', async () => {
    const coupon = await ok(
      h.api.post('/v1/coupons', { name: 'Launch', percent_off: '15', duration: 'once' }),
    );
    const code = await ok(
      h.api.post('/v1/promotion_codes', { code: 'LAUNCH15', coupon: coupon.id, max_redemptions: 1 }),
    );
    const a = await clockedCustomer(h.api, '2026-01-01T00:00:00Z', 'USD');
    const b = await clockedCustomer(h.api, '2026-01-01T00:00:00Z', 'USD');
    const d = await ok(h.api.post(`/v1/customers/${a.customer}/discounts`, { promotion_code: 'launch15' }));
    expect([d.promotion_code, d.coupon.id]).toEqual([code.id, coupon.id]);
    const used = await h.api.post(`/v1/customers/${b.customer}/discounts`, { promotion_code: 'LAUNCH15' });
    expect([used.status, used.body.error.code]).toEqual([409, 'coupon_not_redeemable']);
    const again = await ok(h.api.post('/v1/promotion_codes', { code: 'AGAIN', coupon: coupon.id }));
    await ok(h.api.post(`/v1/promotion_codes/${again.id}`, { active: false }));
    const inactive = await h.api.post(`/v1/customers/${b.customer}/discounts`, { promotion_code: 'AGAIN' });
    expect(inactive.status).toBe(409);
    // A failed redemption wrote nothing: the coupon counts only the one that worked.
    expect((await ok(h.api.get(`/v1/coupons/${coupon.id}`))).times_redeemed).toBe(1);
    expect((await ok(h.api.get(`/v1/promotion_codes/${code.id}`))).times_redeemed).toBe(1);
  });

  it('two concurrent redemptions of a max_redemptions=1 coupon: exactly one wins', async () => {
    const coupon = await ok(
      h.api.post('/v1/coupons', {
        name: 'Only one',
        percent_off: '50',
        duration: 'forever',
        max_redemptions: 1,
      }),
    );
    const a = await clockedCustomer(h.api, '2026-01-01T00:00:00Z', 'USD');
    const b = await clockedCustomer(h.api, '2026-01-01T00:00:00Z', 'USD');
    const answers = await Promise.all(
      [a, b].map((c) => h.api.post(`/v1/customers/${c.customer}/discounts`, { coupon: coupon.id })),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    const after = await ok(h.api.get(`/v1/coupons/${coupon.id}`));
    expect([after.times_redeemed, after.valid]).toEqual([1, false]);
  });

  it('validates coupons; a deleted coupon is not redeemable', async () => {
    const both = await h.api.post('/v1/coupons', {
      name: 'x',
      percent_off: '10',
      amount_off: '5',
      currency: 'USD',
      duration: 'once',
    });
    expect([both.status, both.body.error.code]).toEqual([400, 'parameter_invalid']);
    const noMonths = await h.api.post('/v1/coupons', { name: 'x', percent_off: '10', duration: 'repeating' });
    expect([noMonths.status, noMonths.body.error.param]).toEqual([400, 'duration_in_months']);
    const noCurrency = await h.api.post('/v1/coupons', { name: 'x', amount_off: '5', duration: 'once' });
    expect([noCurrency.status, noCurrency.body.error.code]).toEqual([400, 'parameter_missing']);
    // An amount below the currency's minor unit was stored as given and shown rounded (5.005 → "5.01").
    for (const [amount_off, currency] of [
      ['5.005', 'USD'],
      ['5.5', 'JPY'],
    ]) {
      const fraction = await h.api.post('/v1/coupons', { name: 'x', amount_off, currency, duration: 'once' });
      expect([fraction.status, fraction.body.error.code, fraction.body.error.param]).toEqual([
        400,
        'parameter_invalid',
        'amount_off',
      ]);
    }
    // redeem_by in the past: refused in live mode (now is 2026-03-01); test mode accepts it, since a
    // test clock may run behind the real time.
    const live = apiFor(h.tariff);
    const coupon10 = { name: 'x', percent_off: '10', duration: 'once' };
    const past = await live.post('/v1/coupons', { ...coupon10, redeem_by: '2026-02-01T00:00:00Z' });
    expect([past.status, past.body.error.code, past.body.error.param]).toEqual([
      400,
      'parameter_invalid',
      'redeem_by',
    ]);
    expect((await live.post('/v1/coupons', { ...coupon10, redeem_by: '2026-04-01T00:00:00Z' })).status).toBe(
      200,
    );
    expect((await h.api.post('/v1/coupons', { ...coupon10, redeem_by: '2026-02-01T00:00:00Z' })).status).toBe(
      200,
    );
    const coupon = await ok(h.api.post('/v1/coupons', { name: 'Gone', percent_off: '10', duration: 'once' }));
    const deleted = await ok(h.api.del(`/v1/coupons/${coupon.id}`));
    expect([deleted.deleted, deleted.valid]).toEqual([true, false]);
    const { customer } = await clockedCustomer(h.api, '2026-01-01T00:00:00Z', 'USD');
    const res = await h.api.post(`/v1/customers/${customer}/discounts`, { coupon: coupon.id });
    expect([res.status, res.body.error.code]).toEqual([409, 'coupon_not_redeemable']);
    const missing = await h.api.post(`/v1/customers/${customer}/discounts`, { coupon: 'co_missing' });
    expect([missing.status, missing.body.error.code]).toEqual([404, 'coupon_not_found']);
  });
});
