import { describe, expect, it } from 'vitest';
import { useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import { advance, clockedCustomer, invoicesOf, makePlan, ok, usage } from './fixtures.js';

/** DESIGN 4: late events are never dropped, not even after the subscription's final invoice. */
describe.each(TEST_STORES)('late usage after a cancel on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });

  it('an event for before the cancel, arriving after it, is billed by the final sweep', async () => {
    const plan = await makePlan(h.api, { currency: 'JPY', usage: { unitAmount: '10' } });
    const { clock, customer } = await clockedCustomer(h.api, '2026-03-01T00:00:00Z', 'JPY');
    const sub = await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));
    await advance(h.api, clock, '2026-03-04T00:00:00Z');
    await usage(h.api, plan.eventName as string, customer, 3, '2026-03-03T00:00:00Z');
    await advance(h.api, clock, '2026-03-10T00:00:00Z');
    await ok(h.api.post(`/v1/subscriptions/${sub.id}/cancel`, { proration_behavior: 'always_invoice' }));
    const final = (await invoicesOf(h.api, sub.id)).at(-1);
    expect(final).toMatchObject({ billing_reason: 'subscription_cancel', status: 'open', total: '30' });

    await advance(h.api, clock, '2026-03-12T00:00:00Z');
    await usage(h.api, plan.eventName as string, customer, 4, '2026-03-05T00:00:00Z');
    // Nothing before the event window (35 days) and grace have passed since the cancel.
    await advance(h.api, clock, '2026-04-14T00:00:00Z');
    expect(await invoicesOf(h.api, sub.id)).toHaveLength(2);
    await advance(h.api, clock, '2026-04-15T02:00:00Z');
    const all = await invoicesOf(h.api, sub.id);
    expect(all).toHaveLength(3);
    const sweep = all.at(-1);
    expect(sweep).toMatchObject({ status: 'open', total: '40' });
    expect(sweep.lines).toEqual([
      expect.objectContaining({
        type: 'adjustment',
        quantity: '4',
        amount: '40',
        period_start: '2026-03-01T00:00:00.000Z',
        period_end: '2026-03-10T00:00:00.000Z',
      }),
    ]);
    // Swept once: the subscription has nothing left to do.
    const after = await ok(h.api.get(`/v1/subscriptions/${sub.id}`));
    expect(after.status).toBe('canceled');
    await advance(h.api, clock, '2026-07-01T00:00:00Z');
    expect(await invoicesOf(h.api, sub.id)).toHaveLength(3);
  });

  it('no late events: the sweep issues nothing', async () => {
    const plan = await makePlan(h.api, { currency: 'JPY', usage: { unitAmount: '10' } });
    const { clock, customer } = await clockedCustomer(h.api, '2026-03-01T00:00:00Z', 'JPY');
    const sub = await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));
    await advance(h.api, clock, '2026-03-04T00:00:00Z');
    await usage(h.api, plan.eventName as string, customer, 3, '2026-03-03T00:00:00Z');
    await ok(h.api.post(`/v1/subscriptions/${sub.id}/cancel`, { proration_behavior: 'always_invoice' }));
    await advance(h.api, clock, '2026-06-01T00:00:00Z');
    expect(await invoicesOf(h.api, sub.id)).toHaveLength(2);
  });
});
