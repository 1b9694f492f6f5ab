import { describe, expect, it } from 'vitest';
import { useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import { advance, clockedCustomer, makePlan, ok } from './fixtures.js';

/** Deleting a test clock: every slice's cleanup runs (a list of handlers, not one). */
describe.each(TEST_STORES)('deleting a test clock on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });

  it('runs every delete handler, in order, and billing rows go with the customers', async () => {
    const calls: string[] = [];
    h.tariff.services.testClocks.addDeleteHandler(async (ids) => {
      calls.push(`first:${ids.length}`);
    });
    h.tariff.services.testClocks.addDeleteHandler(async (ids, trx) => {
      const left = await trx
        .selectFrom('subscriptions')
        .select('id')
        .where('customer_id', 'in', ids)
        .execute();
      calls.push(`second:${left.length}`);
    });
    const plan = await makePlan(h.api, { currency: 'JPY', fee: '500' });
    const { clock, customer } = await clockedCustomer(h.api, '2026-03-01T00:00:00Z', 'JPY');
    const sub = await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));
    await advance(h.api, clock, '2026-04-01T02:00:00Z');
    expect((await h.api.del(`/v1/test_clocks/${clock}`)).status).toBe(200);
    // Billing's handler (added at composition, first) already removed the subscription.
    expect(calls).toEqual(['first:1', 'second:0']);
    expect((await h.api.get(`/v1/subscriptions/${sub.id}`)).status).toBe(404);
  });
});
