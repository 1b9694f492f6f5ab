import { describe, expect, it } from 'vitest';
import { useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import { advance, clockedCustomer, invoicesOf, makePlan, ok } from './fixtures.js';

/**
 * Previews of plan and quantity changes run the real change in a transaction that is rolled
 * back: the FAQ's worked example (25,000 → 28,000 JPY at Mar 22 00:01) previews −8,064 and
 * +9,032, leaves nothing behind, and then the change itself makes exactly what was previewed.
 */
describe.each(TEST_STORES)('subscription change previews on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });

  async function setup() {
    const a = await makePlan(h.api, { currency: 'JPY', fee: '25000' });
    const b = await makePlan(h.api, { currency: 'JPY', fee: '28000' });
    const { clock, customer } = await clockedCustomer(h.api, '2026-03-01T00:00:00Z', 'JPY');
    const sub = await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: a.planId }));
    await advance(h.api, clock, '2026-03-22T00:01:00Z');
    return { a, b, clock, customer, sub };
  }

  it('previews a plan change with always_invoice: the invoice it would make, and nothing is stored', async () => {
    const { a, b, sub } = await setup();
    const before = await invoicesOf(h.api, sub.id);
    const events = (await h.api.get('/v1/events', { limit: 100 })).body.data.length;
    const body = { pricing_plan: b.planId, proration_behavior: 'always_invoice' };
    const preview = await h.api.post(`/v1/subscriptions/${sub.id}/change_plan/preview`, body);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      object: 'subscription_change_preview',
      effective_at: '2026-03-22T00:01:00.000Z',
      currency: 'JPY',
      proration_total: '968',
      subscription: { id: sub.id, pricing_plan: b.planId },
      invoice: { status: 'open', total: '968', billing_reason: 'subscription_update' },
    });
    expect(preview.body.proration_lines.map((l: any) => l.amount)).toEqual(['-8064', '9032']);

    // Nothing changed: the plan, the invoices, the events (no webhook), the numbering.
    expect((await h.api.get(`/v1/subscriptions/${sub.id}`)).body.pricing_plan).toBe(a.planId);
    expect(await invoicesOf(h.api, sub.id)).toEqual(before);
    expect((await h.api.get('/v1/events', { limit: 100 })).body.data.length).toBe(events);

    const changed = await h.api.post(`/v1/subscriptions/${sub.id}/change_plan`, body);
    expect(changed.status).toBe(200);
    const made = (await invoicesOf(h.api, sub.id)).find((i) => i.billing_reason === 'subscription_update');
    expect(made.lines.map((l: any) => l.amount)).toEqual(['-8064', '9032']);
    expect(made.total).toBe(preview.body.invoice.total);
    // The preview used no invoice number: the real one is the next in sequence.
    expect(made.number).toBe(preview.body.invoice.number);
  });

  it('previews a quantity change with create_prorations: the lines that wait for the next invoice', async () => {
    const { a, sub } = await setup();
    const preview = await h.api.post(`/v1/subscriptions/${sub.id}/preview`, {
      component_configurations: { [a.feeId as string]: { quantity: '2' } },
    });
    expect(preview.status).toBe(200);
    expect(preview.body.invoice).toBeNull();
    expect(preview.body.proration_lines.map((l: any) => l.amount).sort()).toEqual(['-8064', '16128']);
    expect(preview.body.proration_total).toBe('8064');
    const fee = a.feeId as string;
    expect(preview.body.subscription.component_configurations[fee]).toEqual({ quantity: '2' });
    const now = await h.api.get(`/v1/subscriptions/${sub.id}`);
    expect(now.body.component_configurations[fee]?.quantity ?? '1').toBe('1');
  });

  it('refuses what the change would refuse, and writes nothing', async () => {
    const { sub } = await setup();
    const usd = await makePlan(h.api, { currency: 'USD', fee: '10' });
    const bad = await h.api.post(`/v1/subscriptions/${sub.id}/change_plan/preview`, {
      pricing_plan: usd.planId,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('currency_mismatch');
    const missing = await h.api.post('/v1/subscriptions/sub_missing/change_plan/preview', {
      pricing_plan: usd.planId,
    });
    expect(missing.status).toBe(404);
  });
});
