import { describe, expect, it } from 'vitest';
import { useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import { advance, clockedCustomer, invoicesOf, makePlan, ok } from './fixtures.js';

const prorations = (invoice: any) =>
  invoice.lines.filter((l: any) => l.type === 'proration').map((l: any) => [l.description, l.amount]);

/**
 * A cancel or a later change credits the license fees as they were charged, never more
 * (src/subscriptions/billed-phase.ts). A $310/month seat (31 days of March: $10 a day),
 * 1 seat from March 1; on March 11 it goes to 3 seats with `proration_behavior: none`, which
 * charges nothing. Before the fix, cancelling on March 21 credited 11 days of 3 seats ($330),
 * though only 1 seat had been paid for ($110): $220 given away.
 */
describe.each(TEST_STORES)('credits as charged after a `none` change on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });

  /** 1 seat from March 1, then 3 seats on March 11 under `behavior`; the clock at March 21. */
  async function threeSeatsFrom11th(behavior: string) {
    const plan = await makePlan(h.api, { currency: 'USD', fee: '310' });
    const { clock, customer } = await clockedCustomer(h.api, '2026-03-01T00:00:00Z', 'USD');
    const sub = await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));
    await advance(h.api, clock, '2026-03-11T00:00:00Z');
    await ok(
      h.api.post(`/v1/subscriptions/${sub.id}`, {
        component_configurations: { [plan.feeId as string]: { quantity: '3' } },
        proration_behavior: behavior,
      }),
    );
    await advance(h.api, clock, '2026-03-21T00:00:00Z');
    return { plan, clock, sub };
  }
  const threeSeatsUncharged = () => threeSeatsFrom11th('none');

  it('cancelling credits the unused time of the 1 seat that was paid, not of 3', async () => {
    const { sub } = await threeSeatsUncharged();
    await ok(
      h.api.post(`/v1/subscriptions/${sub.id}/cancel`, { at: 'now', proration_behavior: 'always_invoice' }),
    );
    const invoices = await invoicesOf(h.api, sub.id);
    expect(invoices.map((i) => [i.billing_reason, i.total])).toEqual([
      ['subscription_create', '310.00'],
      ['subscription_cancel', '-110.00'],
    ]);
    expect(prorations(invoices[1])).toEqual([['Unused time on Base fee 310 × 1', '-110.00']]);
  });

  it('a prorated change after it credits 1 seat and charges the new 5', async () => {
    const { plan, clock, sub } = await threeSeatsUncharged();
    await ok(
      h.api.post(`/v1/subscriptions/${sub.id}`, {
        component_configurations: { [plan.feeId as string]: { quantity: '5' } },
        proration_behavior: 'always_invoice',
      }),
    );
    const change = (await invoicesOf(h.api, sub.id)).find((i) => i.billing_reason === 'subscription_update');
    expect(prorations(change)).toEqual([
      ['Unused time on Base fee 310 × 1', '-110.00'],
      ['Remaining time on Base fee 310 × 5', '550.00'],
    ]);
    // From April on, 5 seats a month; a cancel in April credits the 5 seats April charged.
    await advance(h.api, clock, '2026-04-11T00:00:00Z');
    await ok(
      h.api.post(`/v1/subscriptions/${sub.id}/cancel`, { at: 'now', proration_behavior: 'always_invoice' }),
    );
    const cancel = (await invoicesOf(h.api, sub.id)).find((i) => i.billing_reason === 'subscription_cancel');
    // April has 30 days, 20 left: 5 × 310 × 20/30 = 1,033.33.
    expect(prorations(cancel)).toEqual([['Unused time on Base fee 310 × 5', '-1033.33']]);
  });

  it('a prorated change still credits what it replaces: 1 → 3 prorated, then cancel credits 3', async () => {
    const { sub } = await threeSeatsFrom11th('always_invoice');
    await ok(
      h.api.post(`/v1/subscriptions/${sub.id}/cancel`, { at: 'now', proration_behavior: 'always_invoice' }),
    );
    const cancel = (await invoicesOf(h.api, sub.id)).find((i) => i.billing_reason === 'subscription_cancel');
    expect(prorations(cancel)).toEqual([['Unused time on Base fee 310 × 3', '-330.00']]);
  });
});
