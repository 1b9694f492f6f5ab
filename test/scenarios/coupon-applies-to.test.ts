import { describe, expect, it } from 'vitest';
import { useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import { advance, clockedCustomer, invoicesOf, makePlan, ok, usage } from './fixtures.js';

const lines = (invoice: any) => invoice.lines.map((l: any) => [l.type, l.amount]);

/**
 * A coupon limited to named billable items (docs/billing.md, "Discounts": `applies_to`): 50 % off
 * the API calls only, on a $49/month plan with calls at $0.10. The fee is never discounted.
 */
describe.each(TEST_STORES)('a coupon that applies to named billable items on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });

  it('takes 50 % off the usage line only: 300 calls → 30.00 − 15.00, fee 49.00, total 64.00', async () => {
    const plan = await makePlan(h.api, { currency: 'USD', fee: '49', usage: { unitAmount: '0.10' } });
    const coupon = await ok(
      h.api.post('/v1/coupons', {
        name: 'Half-price calls',
        percent_off: '50',
        duration: 'forever',
        applies_to: { billable_items: [plan.meteredItem] },
      }),
    );
    expect(coupon.applies_to).toEqual({ billable_items: [plan.meteredItem] });
    const { clock, customer } = await clockedCustomer(h.api, '2026-01-01T00:00:00Z', 'USD');
    await ok(h.api.post(`/v1/customers/${customer}/discounts`, { coupon: coupon.id }));
    const sub = await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));
    await advance(h.api, clock, '2026-01-15T00:00:00Z');
    await usage(h.api, plan.eventName as string, customer, 300, '2026-01-15T00:00:00Z');
    await advance(h.api, clock, '2026-02-01T02:00:00Z');
    const [january, february] = await invoicesOf(h.api, sub.id);
    expect([lines(january), january.total]).toEqual([[['license_fee', '49.00']], '49.00']);
    expect(lines(february)).toEqual([
      ['usage', '30.00'],
      ['license_fee', '49.00'],
      ['discount', '-15.00'],
    ]);
    expect(february.lines.find((l: any) => l.type === 'discount').billable_item).toBe(plan.meteredItem);
    expect(february.total).toBe('64.00');
  });

  it('refuses a billable item that does not exist, naming it, and writes nothing', async () => {
    const plan = await makePlan(h.api, { currency: 'USD', usage: { unitAmount: '1' } });
    const res = await h.api.post('/v1/coupons', {
      name: 'Typo',
      percent_off: '10',
      duration: 'once',
      applies_to: { billable_items: [plan.meteredItem, 'bi_nope'] },
    });
    expect([res.status, res.body.error.code, res.body.error.param]).toEqual([
      404,
      'billable_item_not_found',
      'applies_to[billable_items][1]',
    ]);
    const all = (await ok(h.api.get('/v1/coupons', { limit: 100 }))).data;
    expect(all.filter((c: any) => c.name === 'Typo')).toEqual([]);
  });
});
