import { describe, expect, it } from 'vitest';
import { useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import { advance, clockedCustomer, invoicesOf, makePlan, ok } from './fixtures.js';

const trueUp = (invoice: any) =>
  invoice.lines.find((l: any) => l.type === 'minimum_commitment_true_up')?.amount ?? null;

/**
 * A minimum commitment counts what the period was actually invoiced (docs/billing.md, "Minimum
 * spend per billing period"): the fees billed in advance on the invoice before, as they were
 * billed, not as the subscription stands at the period's end. A $100/month seat, a $1,000
 * monthly minimum, no usage; 1 → 3 seats on April 16, half of April left.
 */
describe.each(TEST_STORES)('a minimum commitment after a change inside the period on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });

  async function seatsChanged(behavior: string, coupon?: object) {
    const plan = await makePlan(h.api, { currency: 'USD', fee: '100' });
    const { clock, customer } = await clockedCustomer(h.api, '2026-04-01T00:00:00Z', 'USD');
    const c = coupon ? await ok(h.api.post('/v1/coupons', { name: 'Deal', ...coupon })) : undefined;
    const sub = await ok(
      h.api.post('/v1/subscriptions', {
        customer,
        pricing_plan: plan.planId,
        minimum: { amount: '1000', currency: 'USD' },
        ...(c ? { coupon: c.id } : {}),
      }),
    );
    await advance(h.api, clock, '2026-04-16T00:00:00Z');
    await ok(
      h.api.post(`/v1/subscriptions/${sub.id}`, {
        component_configurations: { [plan.feeId as string]: { quantity: '3' } },
        proration_behavior: behavior,
      }),
    );
    const upcoming = await ok(h.api.get('/v1/invoices/upcoming', { subscription: sub.id }));
    await advance(h.api, clock, '2026-05-01T02:00:00Z');
    const invoices = await invoicesOf(h.api, sub.id);
    const cycle = invoices.find((i) => i.billing_reason === 'subscription_cycle');
    const next = async () => {
      await advance(h.api, clock, '2026-06-01T02:00:00Z');
      return (await invoicesOf(h.api, sub.id)).filter((i) => i.billing_reason === 'subscription_cycle')[1];
    };
    return { invoices, cycle, upcoming, next };
  }

  it('prorations on the next invoice: April spent 100 + 100 (2 seats × ½) = 200, true-up 800', async () => {
    const { cycle, upcoming } = await seatsChanged('create_prorations');
    expect(cycle.lines.map((l: any) => [l.type, l.amount])).toEqual([
      ['license_fee', '300.00'],
      ['proration', '-50.00'],
      ['proration', '150.00'],
      ['minimum_commitment_true_up', '800.00'],
    ]);
    expect(upcoming.lines.map((l: any) => [l.type, l.amount])).toEqual(
      cycle.lines.map((l: any) => [l.type, l.amount]),
    );
  });

  it('prorations invoiced at once: they count too, true-up 800', async () => {
    const { invoices, cycle } = await seatsChanged('always_invoice');
    expect(invoices.find((i) => i.billing_reason === 'subscription_update').total).toBe('100.00');
    expect(trueUp(cycle)).toBe('800.00');
  });

  it('no proration: April was billed 1 seat, true-up 900', async () => {
    const { cycle } = await seatsChanged('none');
    expect(trueUp(cycle)).toBe('900.00');
  });

  it('an amount-off coupon on a mixed invoice: only its share of the fee counts', async () => {
    // $50 off forever. April 1: the fee 100 − 50. May 1: the fee 300 (May) and prorations −50 and
    // +150 (April); the $50 is shared by the positive lines, 300 : 150 → 33.33 and 16.67. April
    // spent (100 − 50) − 50 + (150 − 16.67) = 133.33: true-up 866.67 (recomputing the coupon on
    // April 1's fee alone, as before, gave the same 50; on the May 1 invoice it did not count).
    const { cycle, next } = await seatsChanged('create_prorations', {
      amount_off: '50',
      currency: 'USD',
      duration: 'forever',
    });
    expect(cycle.lines.map((l: any) => [l.type, l.amount])).toEqual([
      ['license_fee', '300.00'],
      ['proration', '-50.00'],
      ['proration', '150.00'],
      ['discount', '-50.00'],
      ['minimum_commitment_true_up', '866.67'],
    ]);
    // May: its fee 300 was billed on that mixed invoice and took 33.33 of the $50: May spent
    // 266.67, true-up 733.33 (recomputing the coupon on the fee alone, as before, took all 50:
    // 750.00). June 1 bills June's fee, which takes the whole $50 of its invoice.
    const june = await next();
    expect(june.lines.map((l: any) => [l.type, l.amount])).toEqual([
      ['license_fee', '300.00'],
      ['discount', '-50.00'],
      ['minimum_commitment_true_up', '733.33'],
    ]);
  });

  it('a coupon replaced inside the period: the fee counts net of the coupon it was billed under', async () => {
    // 50 % off on April 1's fee (100 → 50); on April 10 the customer's coupon is replaced by one
    // of 10 %. April spent 50: true-up 950 (recomputed with the coupons in force at the period
    // end, as before: 907.00).
    const plan = await makePlan(h.api, { currency: 'USD', fee: '100' });
    const { clock, customer } = await clockedCustomer(h.api, '2026-04-01T00:00:00Z', 'USD');
    const half = await ok(
      h.api.post('/v1/coupons', { name: 'Half', percent_off: '50', duration: 'forever' }),
    );
    const tenth = await ok(
      h.api.post('/v1/coupons', { name: 'Tenth', percent_off: '10', duration: 'forever' }),
    );
    const sub = await ok(
      h.api.post('/v1/subscriptions', {
        customer,
        pricing_plan: plan.planId,
        minimum: { amount: '1000', currency: 'USD' },
        coupon: half.id,
      }),
    );
    await advance(h.api, clock, '2026-04-10T00:00:00Z');
    await ok(h.api.post(`/v1/subscriptions/${sub.id}`, { coupon: tenth.id, proration_behavior: 'none' }));
    await advance(h.api, clock, '2026-05-01T02:00:00Z');
    const cycle = (await invoicesOf(h.api, sub.id)).find((i) => i.billing_reason === 'subscription_cycle');
    expect(trueUp(cycle)).toBe('950.00');
  });
});
