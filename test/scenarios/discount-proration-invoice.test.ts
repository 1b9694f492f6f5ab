import { describe, expect, it } from 'vitest';
import { useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import { advance, clockedCustomer, invoicesOf, makePlan, ok } from './fixtures.js';

/**
 * A discount reaches an `always_invoice` proration invoice as it reaches the period's invoice
 * (docs/billing.md, "Discounts"): 20 % forever on a $100/month seat; 1 → 3 seats on April 16
 * (half of April left) invoices 2 × 100 × ½ = 100.00 of proration, discounted 20.00: 80.00. An
 * amount off is taken once per billing period, on the period's invoice, never on a proration one.
 */
describe.each(TEST_STORES)('discounts on proration invoices on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });

  async function upgradeWith(coupon: object) {
    const plan = await makePlan(h.api, { currency: 'USD', fee: '100' });
    const { clock, customer } = await clockedCustomer(h.api, '2026-04-01T00:00:00Z', 'USD');
    const c = await ok(h.api.post('/v1/coupons', { name: 'Launch', duration: 'forever', ...coupon }));
    const sub = await ok(
      h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId, coupon: c.id }),
    );
    await advance(h.api, clock, '2026-04-16T00:00:00Z');
    await ok(
      h.api.post(`/v1/subscriptions/${sub.id}`, {
        component_configurations: { [plan.feeId as string]: { quantity: '3' } },
        proration_behavior: 'always_invoice',
      }),
    );
    const invoices = await invoicesOf(h.api, sub.id);
    return invoices.find((i) => i.billing_reason === 'subscription_update');
  }

  it('a percent-off discount reduces the proration invoice', async () => {
    const update = await upgradeWith({ percent_off: '20' });
    expect(update.lines.map((l: any) => [l.type, l.amount])).toEqual([
      ['proration', '-50.00'],
      ['proration', '150.00'],
      ['discount', '-20.00'],
    ]);
    expect(update.total).toBe('80.00');
  });

  it('an amount-off discount is not taken again on the proration invoice', async () => {
    const update = await upgradeWith({ amount_off: '10', currency: 'USD' });
    expect(update.lines.map((l: any) => l.type)).not.toContain('discount');
    expect(update.total).toBe('100.00');
  });
});
