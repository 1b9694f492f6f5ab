import { describe, expect, it } from 'vitest';
import { useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import { advance, clockedCustomer, invoicesOf, makePlan, ok, usage } from './fixtures.js';

const lineOf = (invoice: any, type: string) =>
  invoice.lines.find((l: any) => l.type === type)?.amount ?? null;

/**
 * A discount and a minimum commitment on one subscription (docs/billing.md, "Order on the
 * invoice"): the minimum applies to the post-discount spend, as in Orb and Metronome. A $100/month
 * fee and calls at $1, a 20 % coupon for the first month, a $500 monthly minimum.
 */
describe.each(TEST_STORES)('a discount and a minimum commitment on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });

  it('the true-up tops up the discounted spend: January 300 calls → 80 + 240 = 320 spent, true-up 180', async () => {
    const plan = await makePlan(h.api, { currency: 'USD', fee: '100', usage: { unitAmount: '1' } });
    const { clock, customer } = await clockedCustomer(h.api, '2026-01-01T00:00:00Z', 'USD');
    const coupon = await ok(
      h.api.post('/v1/coupons', { name: 'Twenty', percent_off: '20', duration: 'once' }),
    );
    const sub = await ok(
      h.api.post('/v1/subscriptions', {
        customer,
        pricing_plan: plan.planId,
        coupon: coupon.id,
        minimum: { amount: '500', currency: 'USD' },
      }),
    );
    const [first] = await invoicesOf(h.api, sub.id);
    expect(first.lines.map((l: any) => [l.type, l.amount])).toEqual([
      ['license_fee', '100.00'],
      ['discount', '-20.00'],
    ]);
    await advance(h.api, clock, '2026-01-15T00:00:00Z');
    await usage(h.api, plan.eventName as string, customer, 300, '2026-01-15T00:00:00Z');
    const upcoming = await ok(h.api.get('/v1/invoices/upcoming', { subscription: sub.id }));
    await advance(h.api, clock, '2026-02-01T02:00:00Z');
    const cycle = (await invoicesOf(h.api, sub.id)).find((i) => i.billing_reason === 'subscription_cycle');
    // The discount covers January (service periods starting Jan 1 – Feb 1): January's usage 300
    // gets −60, February's fee 100 nothing. January spent (100 − 20) + (300 − 60) = 320 after
    // discounts, so the $500 minimum adds 180 (compared before the discount: 400 → 100).
    expect(cycle.lines.map((l: any) => [l.type, l.amount])).toEqual([
      ['usage', '300.00'],
      ['license_fee', '100.00'],
      ['discount', '-60.00'],
      ['minimum_commitment_true_up', '180.00'],
    ]);
    expect(lineOf(cycle, 'minimum_commitment_true_up')).toBe('180.00');
    expect(cycle.total).toBe('520.00');
    expect(upcoming.lines.map((l: any) => [l.type, l.amount])).toEqual(
      cycle.lines.map((l: any) => [l.type, l.amount]),
    );
    expect(upcoming.total).toBe(cycle.total);
  });

  it('a subscription cancelled mid-month: its final invoice carries the discount and the true-up counts it', async () => {
    const plan = await makePlan(h.api, { currency: 'USD', usage: { unitAmount: '1' } });
    const { clock, customer } = await clockedCustomer(h.api, '2026-04-01T00:00:00Z', 'USD');
    const coupon = await ok(
      h.api.post('/v1/coupons', { name: 'Half', percent_off: '50', duration: 'forever' }),
    );
    const sub = await ok(
      h.api.post('/v1/subscriptions', {
        customer,
        pricing_plan: plan.planId,
        coupon: coupon.id,
        minimum: { amount: '600', currency: 'USD' },
      }),
    );
    await advance(h.api, clock, '2026-04-05T00:00:00Z');
    await usage(h.api, plan.eventName as string, customer, 100, '2026-04-05T00:00:00Z');
    await advance(h.api, clock, '2026-04-11T00:00:00Z');
    await ok(h.api.post(`/v1/subscriptions/${sub.id}/cancel`, { at: 'now', proration_behavior: 'none' }));
    const last = (await invoicesOf(h.api, sub.id)).at(-1);
    expect(last.billing_reason).toBe('subscription_cancel');
    // 10 of April's 30 days of a $600 minimum: 200; usage 100 − 50 % = 50 spent → true-up 150.
    expect(last.lines.map((l: any) => [l.type, l.amount])).toEqual([
      ['usage', '100.00'],
      ['discount', '-50.00'],
      ['minimum_commitment_true_up', '150.00'],
    ]);
    expect(last.total).toBe('200.00');
  });
});
