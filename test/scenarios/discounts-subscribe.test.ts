import { describe, expect, it } from 'vitest';
import { useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import { advance, clockedCustomer, invoicesOf, makePlan, ok, usage } from './fixtures.js';

const discountOf = (invoice: any) => invoice.lines.find((l: any) => l.type === 'discount')?.amount;
const error = (res: { status: number; body: any }) => [res.status, res.body.error?.code];

/**
 * Discounts (docs/billing.md, "Discounts") in `simulate` and on subscription create and update:
 * one discount prices the same in simulate, the upcoming invoice and the closed invoice; a coupon
 * given on create is redeemed in the create's transaction (refused → no subscription, nothing
 * counted; counted exactly once under concurrent creates).
 */
describe.each(TEST_STORES)('discounts in simulate and on subscriptions on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });
  const subsOf = async (customer: string) =>
    (await ok(h.api.get('/v1/subscriptions', { customer }))).data as any[];

  it('a customer discount prices the same in simulate, the upcoming invoice and the closed invoice', async () => {
    const plan = await makePlan(h.api, { currency: 'USD', fee: '49', usage: { unitAmount: '0.10' } });
    const coupon = await ok(
      h.api.post('/v1/coupons', { name: 'Quarter off', percent_off: '25', duration: 'forever' }),
    );
    const { clock, customer } = await clockedCustomer(h.api, '2026-01-01T00:00:00Z', 'USD');
    await ok(h.api.post(`/v1/customers/${customer}/discounts`, { coupon: coupon.id }));
    const sub = await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));
    await advance(h.api, clock, '2026-01-10T00:00:00Z');
    await usage(h.api, plan.eventName as string, customer, 300, '2026-01-10T00:00:00Z');
    const simulated = await ok(
      h.api.post(`/v1/customers/${customer}/simulate`, {
        pricing_plan: plan.planId,
        start_time: '2026-01-01T00:00:00Z',
        end_time: '2026-02-01T00:00:00Z',
      }),
    );
    const upcoming = await ok(h.api.get('/v1/invoices/upcoming', { subscription: sub.id }));
    await advance(h.api, clock, '2026-02-01T02:00:00Z');
    const closed = (await invoicesOf(h.api, sub.id))[1];
    // $30.00 of usage + $49.00 fee = $79.00; 25 % off is $19.75 (7.50 + 12.25), total $59.25.
    expect(simulated.discounts).toEqual([
      expect.objectContaining({ description: 'Quarter off (25% off)', amount: '-19.75' }),
    ]);
    expect([simulated.total, discountOf(upcoming), upcoming.total]).toEqual(['59.25', '-19.75', '59.25']);
    expect([discountOf(closed), closed.total]).toEqual(['-19.75', '59.25']);
  });

  it('simulate previews a coupon or promotion code without redeeming it', async () => {
    const plan = await makePlan(h.api, { currency: 'USD', fee: '100' });
    const { customer } = await clockedCustomer(h.api, '2026-01-01T00:00:00Z', 'USD');
    const coupon = await ok(
      h.api.post('/v1/coupons', { name: 'Ten off', amount_off: '10', currency: 'USD', duration: 'once' }),
    );
    const code = await ok(h.api.post('/v1/promotion_codes', { code: 'TRYTEN', coupon: coupon.id }));
    const window = {
      pricing_plan: plan.planId,
      start_time: '2026-01-01T00:00:00Z',
      end_time: '2026-03-01T00:00:00Z',
    };
    const plain = await ok(h.api.post(`/v1/customers/${customer}/simulate`, window));
    const withCode = await ok(
      h.api.post(`/v1/customers/${customer}/simulate`, { ...window, promotion_code: 'tryten' }),
    );
    // Two months of $100; a `once` coupon takes $10 off the first only.
    expect([plain.total, plain.discounts]).toEqual(['200.00', []]);
    expect([withCode.total, withCode.discounts.map((d: any) => d.amount)]).toEqual(['190.00', ['-10.00']]);
    expect((await ok(h.api.get(`/v1/coupons/${coupon.id}`))).times_redeemed).toBe(0);
    expect((await ok(h.api.get(`/v1/promotion_codes/${code.id}`))).times_redeemed).toBe(0);
    const euro = await ok(
      h.api.post('/v1/coupons', { name: 'Euro', amount_off: '5', currency: 'EUR', duration: 'once' }),
    );
    const mismatch = await h.api.post(`/v1/customers/${customer}/simulate`, { ...window, coupon: euro.id });
    expect(error(mismatch)).toEqual([400, 'currency_mismatch']);
    const unknown = await h.api.post(`/v1/customers/${customer}/simulate`, { ...window, coupon: 'co_nope' });
    expect(error(unknown)).toEqual([404, 'coupon_not_found']);
  });

  it('a coupon or promotion code on create discounts the first invoice; refused ones create nothing', async () => {
    const plan = await makePlan(h.api, { currency: 'USD', fee: '40' });
    const half = await ok(
      h.api.post('/v1/coupons', {
        name: 'Half',
        percent_off: '50',
        duration: 'repeating',
        duration_in_months: 2,
      }),
    );
    const a = await clockedCustomer(h.api, '2026-01-01T00:00:00Z', 'USD');
    const sub = await ok(
      h.api.post('/v1/subscriptions', { customer: a.customer, pricing_plan: plan.planId, coupon: half.id }),
    );
    await advance(h.api, a.clock, '2026-03-01T02:00:00Z');
    expect((await invoicesOf(h.api, sub.id)).map((i) => i.total)).toEqual(['20.00', '20.00', '40.00']);
    const own = (await ok(h.api.get(`/v1/customers/${a.customer}/discounts`))).data;
    expect(own.map((d: any) => [d.subscription, d.start, d.end])).toEqual([
      [sub.id, '2026-01-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z'],
    ]);

    const b = await clockedCustomer(h.api, '2026-01-01T00:00:00Z', 'USD');
    await ok(h.api.post('/v1/promotion_codes', { code: 'HALFOFF', coupon: half.id, max_redemptions: 1 }));
    const viaCode = await ok(
      h.api.post('/v1/subscriptions', {
        customer: b.customer,
        pricing_plan: plan.planId,
        promotion_code: 'HALFOFF',
      }),
    );
    expect((await invoicesOf(h.api, viaCode.id))[0].total).toBe('20.00');

    const expired = await ok(
      h.api.post('/v1/coupons', {
        name: 'Old',
        percent_off: '10',
        duration: 'once',
        redeem_by: '2025-12-31T00:00:00Z',
      }),
    );
    const euro = await ok(
      h.api.post('/v1/coupons', { name: 'Euro', amount_off: '5', currency: 'EUR', duration: 'once' }),
    );
    const c = await clockedCustomer(h.api, '2026-01-01T00:00:00Z', 'USD');
    const create = (extra: object) =>
      h.api.post('/v1/subscriptions', { customer: c.customer, pricing_plan: plan.planId, ...extra });
    expect(error(await create({ coupon: 'co_unknown' }))).toEqual([404, 'coupon_not_found']);
    expect(error(await create({ promotion_code: 'NOSUCH' }))).toEqual([404, 'promotion_code_not_found']);
    expect(error(await create({ coupon: expired.id }))).toEqual([409, 'coupon_not_redeemable']);
    expect(error(await create({ promotion_code: 'HALFOFF' }))).toEqual([409, 'coupon_not_redeemable']);
    expect(error(await create({ coupon: euro.id }))).toEqual([400, 'currency_mismatch']);
    expect(error(await create({ coupon: half.id, promotion_code: 'HALFOFF' }))).toEqual([
      400,
      'parameter_invalid',
    ]);
    expect(error(await create({ coupon: 3 }))).toEqual([400, 'parameter_invalid']);
    // Nothing was written: no subscription, no invoice, no count.
    expect(await subsOf(c.customer)).toEqual([]);
    expect((await ok(h.api.get(`/v1/coupons/${half.id}`))).times_redeemed).toBe(2);
    expect((await ok(h.api.get(`/v1/coupons/${euro.id}`))).times_redeemed).toBe(0);
  });

  it('five concurrent creates with a max_redemptions=1 coupon: exactly one subscription', async () => {
    const plan = await makePlan(h.api, { currency: 'USD', fee: '10' });
    const coupon = await ok(
      h.api.post('/v1/coupons', {
        name: 'Only one',
        percent_off: '100',
        duration: 'once',
        max_redemptions: 1,
      }),
    );
    const customers = await Promise.all(
      [1, 2, 3, 4, 5].map(() => clockedCustomer(h.api, '2026-01-01T00:00:00Z', 'USD')),
    );
    const answers = await Promise.all(
      customers.map((c) =>
        h.api.post('/v1/subscriptions', {
          customer: c.customer,
          pricing_plan: plan.planId,
          coupon: coupon.id,
        }),
      ),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    const subs = (await Promise.all(customers.map((c) => subsOf(c.customer)))).flat();
    expect(subs).toHaveLength(1);
    expect((await ok(h.api.get(`/v1/coupons/${coupon.id}`))).times_redeemed).toBe(1);
  });

  it('a coupon on update applies from now and replaces the subscription’s discount', async () => {
    const plan = await makePlan(h.api, { currency: 'USD', fee: '60' });
    const coupon = await ok(
      h.api.post('/v1/coupons', {
        name: 'Third off',
        amount_off: '20',
        currency: 'USD',
        duration: 'forever',
      }),
    );
    const { clock, customer } = await clockedCustomer(h.api, '2026-01-01T00:00:00Z', 'USD');
    const sub = await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));
    await advance(h.api, clock, '2026-01-15T00:00:00Z');
    const bad = await h.api.post(`/v1/subscriptions/${sub.id}`, {
      coupon: 'co_unknown',
      metadata: { a: 'b' },
    });
    expect(error(bad)).toEqual([404, 'coupon_not_found']);
    expect((await ok(h.api.get(`/v1/subscriptions/${sub.id}`))).metadata).toEqual({});
    await ok(h.api.post(`/v1/subscriptions/${sub.id}`, { coupon: coupon.id }));
    const upcoming = await ok(h.api.get('/v1/invoices/upcoming', { subscription: sub.id }));
    expect([discountOf(upcoming), upcoming.total]).toEqual(['-20.00', '40.00']);
    await advance(h.api, clock, '2026-02-01T02:00:00Z');
    expect((await invoicesOf(h.api, sub.id)).map((i) => i.total)).toEqual(['60.00', '40.00']);
  });

  it('a first_time_transaction code: yes before any paid invoice, no after one', async () => {
    const plan = await makePlan(h.api, { currency: 'USD', fee: '25' });
    const coupon = await ok(
      h.api.post('/v1/coupons', { name: 'Welcome', percent_off: '20', duration: 'once' }),
    );
    const code = await ok(
      h.api.post('/v1/promotion_codes', {
        code: 'WELCOME',
        coupon: coupon.id,
        restrictions: { first_time_transaction: true },
      }),
    );
    expect(code.restrictions).toEqual({
      first_time_transaction: true,
      minimum_amount: null,
      minimum_amount_currency: null,
    });
    const fresh = await clockedCustomer(h.api, '2026-01-01T00:00:00Z', 'USD');
    const sub = await ok(
      h.api.post('/v1/subscriptions', {
        customer: fresh.customer,
        pricing_plan: plan.planId,
        promotion_code: 'WELCOME',
      }),
    );
    const [first] = await invoicesOf(h.api, sub.id);
    expect(first.total).toBe('20.00');
    await ok(h.api.post(`/v1/invoices/${first.id}/finalize`, {}));
    await ok(h.api.post(`/v1/invoices/${first.id}/pay`, {}));
    // Having paid $20.00, the same customer is no longer a first-time one.
    const again = await h.api.post(`/v1/customers/${fresh.customer}/discounts`, {
      promotion_code: 'WELCOME',
    });
    expect(error(again)).toEqual([409, 'coupon_not_redeemable']);
    expect((await ok(h.api.get(`/v1/promotion_codes/${code.id}`))).times_redeemed).toBe(1);
  });
});
