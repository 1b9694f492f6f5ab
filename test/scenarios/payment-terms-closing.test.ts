import { describe, expect, it } from 'vitest';
import { useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import { advance, clockedCustomer, invoicesOf, makePlan, ok, usage } from './fixtures.js';

/**
 * 月末締め翌月末払い (docs/payments-webhooks.md, "Payment terms"): April's charges close at the end
 * of April and are due at the end of May, although the invoice closing April is issued on May 1st
 * (JST). Before, the issue month counted and it was due June 30th.
 */
describe.each(TEST_STORES)('end_of_following_month counts from the closing month on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });

  it("April's invoice, issued May 1st 00:00 JST, is due May 31st", async () => {
    await ok(h.api.post('/v1/account', { time_zone: 'Asia/Tokyo' }));
    try {
      const plan = await makePlan(h.api, { currency: 'JPY', fee: '5000', usage: { unitAmount: '10' } });
      // April 1st 00:00 JST
      const { clock, customer } = await clockedCustomer(h.api, '2026-03-31T15:00:00Z', 'JPY');
      await ok(
        h.api.post(`/v1/customers/${customer}`, { payment_terms: { type: 'end_of_following_month' } }),
      );
      const sub = await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));
      await advance(h.api, clock, '2026-04-10T00:00:00Z');
      await usage(h.api, plan.eventName as string, customer, 30, '2026-04-10T00:00:00Z');
      // May 1st 02:00 JST: the invoice closing April is issued and finalized.
      await advance(h.api, clock, '2026-04-30T17:00:00Z');
      const invoices = await invoicesOf(h.api, sub.id);
      const [first, april] = invoices;
      // The first invoice (April's fee in advance, issued April 1st): due May 31st as well.
      expect(first.due_date).toBe('2026-05-30T15:00:00.000Z');
      expect(april.billing_reason).toBe('subscription_cycle');
      expect(april.period_end).toBe('2026-04-30T15:00:00.000Z');
      expect(april.lines.map((l: any) => [l.type, l.amount])).toEqual([
        ['usage', '300'],
        ['license_fee', '5000'],
      ]);
      // Closed April 30th → due May 31st 00:00 JST (was June 30th).
      expect(april.due_date).toBe('2026-05-30T15:00:00.000Z');
    } finally {
      await ok(h.api.post('/v1/account', { time_zone: 'UTC' }));
    }
  });
});
