import { describe, expect, it } from 'vitest';
import { useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import { advance, clockedCustomer, invoicesOf, makePlan, ok } from './fixtures.js';

/** An update that changes nothing billed (metadata, the same quantities) is no plan change. */
describe.each(TEST_STORES)('updates that change nothing billed on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });

  it('metadata-only and same-quantity updates make no phase and no proration', async () => {
    const plan = await makePlan(h.api, { currency: 'JPY', fee: '1000' });
    const { clock, customer } = await clockedCustomer(h.api, '2026-03-01T00:00:00Z', 'JPY');
    const sub = await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));
    await advance(h.api, clock, '2026-03-15T00:00:00Z');
    const updated = await ok(
      h.api.post(`/v1/subscriptions/${sub.id}`, {
        metadata: { order: 'PO-1' },
        proration_behavior: 'always_invoice',
      }),
    );
    expect(updated.metadata).toEqual({ order: 'PO-1' });
    await ok(
      h.api.post(`/v1/subscriptions/${sub.id}`, {
        component_configurations: { [plan.feeId as string]: { quantity: '1' } },
      }),
    );
    const got = await ok(h.api.get(`/v1/subscriptions/${sub.id}`));
    expect(got.phases).toHaveLength(1);
    expect(got.metadata).toEqual({ order: 'PO-1' });
    await advance(h.api, clock, '2026-04-01T02:00:00Z');
    const all = await invoicesOf(h.api, sub.id);
    expect(all.map((i) => i.billing_reason)).toEqual(['subscription_create', 'subscription_cycle']);
    expect(all[1].lines.map((l: any) => [l.type, l.amount])).toEqual([['license_fee', '1000']]);
  });
});
