import { describe, expect, it } from 'vitest';
import { useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import { advance, clockedCustomer, invoicesOf, makePlan, ok } from './fixtures.js';

/**
 * The platform FAQ's worked example (seed 000), end to end on a test clock: a 25,000 JPY plan
 * from Mar 1 00:00, changed at Mar 22 00:01 (a minute under ten of March's 31 days left) to a
 * 28,000 JPY plan, and the reverse, under each proration behaviour.
 */
describe.each(TEST_STORES)('FAQ proration on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });

  async function scenario(from: string, to: string, behavior: string, at = '2026-03-22T00:01:00Z') {
    const a = await makePlan(h.api, { currency: 'JPY', fee: from });
    const b = await makePlan(h.api, { currency: 'JPY', fee: to });
    const { clock, customer } = await clockedCustomer(h.api, '2026-03-01T00:00:00Z', 'JPY');
    const sub = await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: a.planId }));
    await advance(h.api, clock, at);
    const changed = await h.api.post(`/v1/subscriptions/${sub.id}/change_plan`, {
      pricing_plan: b.planId,
      proration_behavior: behavior,
    });
    expect(changed.status).toBe(200);
    expect(changed.body.pricing_plan).toBe(b.planId);
    const afterChange = await invoicesOf(h.api, sub.id);
    // Past April's grace period, so April's invoice is final.
    await advance(h.api, clock, '2026-04-01T01:00:00Z');
    const all = await invoicesOf(h.api, sub.id);
    const balance = await ok(h.api.get(`/v1/customers/${customer}/balance_transactions`));
    return { sub, afterChange, all, april: all[all.length - 1], balance: balance.data };
  }

  const amounts = (inv: any) => inv.lines.map((l: any) => l.amount);

  it('first invoice at the start bills the license fee in advance', async () => {
    const a = await makePlan(h.api, { currency: 'JPY', fee: '25000' });
    const { customer } = await clockedCustomer(h.api, '2026-03-01T00:00:00Z', 'JPY');
    const sub = await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: a.planId }));
    const [first] = await invoicesOf(h.api, sub.id);
    expect(first).toMatchObject({
      status: 'draft',
      total: '25000',
      period_start: '2026-03-01T00:00:00.000Z',
      period_end: '2026-04-01T00:00:00.000Z',
    });
    expect(first.lines[0]).toMatchObject({
      type: 'license_fee',
      amount: '25000',
      quantity: '1',
      unit_amount: '25000',
    });
  });

  it('upgrade, always_invoice: -8,064 and +9,032 invoiced at once (+968); April bills 28,000', async () => {
    const r = await scenario('25000', '28000', 'always_invoice');
    const proration = r.afterChange.find((i) => i.billing_reason === 'subscription_update');
    expect(amounts(proration)).toEqual(['-8064', '9032']);
    expect(proration).toMatchObject({ status: 'open', total: '968', amount_due: '968' });
    expect(proration.number).toMatch(/-\d{6}$/);
    expect(r.april).toMatchObject({ status: 'open', total: '28000', amount_due: '28000' });
  });

  it('upgrade, create_prorations: the lines wait for April (28,000 - 8,064 + 9,032)', async () => {
    const r = await scenario('25000', '28000', 'create_prorations');
    expect(r.afterChange).toHaveLength(1);
    expect(amounts(r.april).sort()).toEqual(['-8064', '28000', '9032'].sort());
    expect(r.april).toMatchObject({ total: '28968', amount_due: '28968' });
  });

  it('upgrade, none: no proration, the new fee from April', async () => {
    const r = await scenario('25000', '28000', 'none');
    expect(r.all).toHaveLength(2);
    expect(amounts(r.april)).toEqual(['28000']);
  });

  it('downgrade, always_invoice: -968 becomes customer balance; April invoice is 24,032 due', async () => {
    const r = await scenario('28000', '25000', 'always_invoice');
    const proration = r.afterChange.find((i) => i.billing_reason === 'subscription_update');
    expect(amounts(proration)).toEqual(['-9032', '8064']);
    expect(proration).toMatchObject({
      total: '-968',
      balance_applied: '-968',
      amount_due: '0',
      status: 'paid',
    });
    expect(r.april).toMatchObject({ total: '25000', balance_applied: '968', amount_due: '24032' });
    // Newest first: the April application, then the credit.
    expect(r.balance.map((t: any) => [t.type, t.amount, t.ending_balance])).toEqual([
      ['applied_to_invoice', '968', '0'],
      ['invoice_credit', '-968', '-968'],
    ]);
  });

  it('downgrade, create_prorations: April invoice 25,000 - 9,032 + 8,064 = 24,032', async () => {
    const r = await scenario('28000', '25000', 'create_prorations');
    expect(r.april).toMatchObject({ total: '24032', amount_due: '24032' });
  });

  it('downgrade, none: April bills the new 25,000 fee, nothing prorated', async () => {
    const r = await scenario('28000', '25000', 'none');
    expect(r.april).toMatchObject({ total: '25000', amount_due: '25000' });
    expect(r.balance).toEqual([]);
  });

  it('with exactly ten days left the credit is -8,065 (per second means per second)', async () => {
    const r = await scenario('25000', '28000', 'create_prorations', '2026-03-22T00:00:00Z');
    expect(amounts(r.april)).toContain('-8065');
    expect(amounts(r.april)).toContain('9032');
  });
});
