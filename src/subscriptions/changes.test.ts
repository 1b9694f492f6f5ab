import { beforeAll, describe, expect, it } from 'vitest';
import type { Billing } from '../app/billing.js';
import type { ResolvedPlan } from '../catalog/resolved-plan.js';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { fixturePlan } from './plan-fixtures.js';
import { advanceTo, clockedCustomer, fixtureBilling, invoicesOf } from './test-billing.js';

describe.each(TEST_STORES)('subscription changes on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });
  let billing: Billing;
  const plans = new Map<string, ResolvedPlan>();

  beforeAll(async () => {
    billing = fixtureBilling(h, plans);
    plans.set('A', fixturePlan({ id: 'A', currency: 'JPY', fee: '3100' }));
    plans.set('B', fixturePlan({ id: 'B', currency: 'JPY', fee: '6200' }));
    const sa = { ...fixturePlan({ id: 'S', currency: 'JPY', fee: '1000' }) };
    plans.set('S', {
      ...sa,
      serviceActions: [
        {
          id: 'sa_S',
          version: 1,
          name: 'weekly credits',
          type: 'credit_grant',
          creditGrant: {
            amount: '100',
            currency: 'JPY',
            category: 'promotional',
            applicability: { scope: 'metered' },
            priority: 50,
          },
          serviceInterval: { unit: 'week', count: 1 },
        },
      ],
    });
  });

  it('a change scheduled at a future time runs when the clock passes it, prorated', async () => {
    const { clock, customer } = await clockedCustomer(h, '2026-03-01T00:00:00Z');
    const sub = await billing.subscriptions.create({ customer, pricing_plan: 'A' });
    const scheduled = await billing.subscriptions.changePlan(sub.id, {
      pricing_plan: 'B',
      effective_at: '2026-03-17T00:00:00Z',
      proration_behavior: 'always_invoice',
    });
    expect(scheduled.pending_change?.at).toBe('2026-03-17T00:00:00.000Z');
    expect(scheduled.plan_id).toBe('A');
    const adv = await advanceTo(h, clock, '2026-03-20T00:00:00Z');
    expect(adv.actions.changes).toBe(1);
    const [, change] = await invoicesOf(h, sub.id);
    // 15 of 31 days left: -1,500 and +3,000.
    expect(change.lines.map((l: any) => l.amount)).toEqual(['-1500', '3000']);
    const detail = await h.api.get(`/v1/subscriptions/${sub.id}`);
    expect(detail.body.phases.map((p: any) => [p.pricing_plan, p.effective_at])).toEqual([
      ['A', '2026-03-01T00:00:00.000Z'],
      ['B', '2026-03-17T00:00:00.000Z'],
    ]);
  });

  it('a change at period end bills the new fee on the next invoice with no proration', async () => {
    const { clock, customer } = await clockedCustomer(h, '2026-03-01T00:00:00Z');
    const sub = await billing.subscriptions.create({ customer, pricing_plan: 'A' });
    await billing.subscriptions.changePlan(sub.id, { pricing_plan: 'B', effective_at: 'period_end' });
    await advanceTo(h, clock, '2026-04-01T00:00:00Z');
    const list = await invoicesOf(h, sub.id);
    expect(list.map((i: any) => i.total)).toEqual(['3100', '6200']);
    expect((await billing.subscriptions.get(sub.id)).plan_id).toBe('B');
  });

  it('a quantity update prorates the fee for the remaining seconds', async () => {
    const { clock, customer } = await clockedCustomer(h, '2026-03-01T00:00:00Z');
    const sub = await billing.subscriptions.create({
      customer,
      pricing_plan: 'A',
      component_configurations: { lf_A: { quantity: '2' } },
    });
    expect((await invoicesOf(h, sub.id))[0].total).toBe('6200');
    await advanceTo(h, clock, '2026-03-21T00:00:00Z');
    await billing.subscriptions.update(sub.id, { component_configurations: { lf_A: { quantity: '5' } } });
    await advanceTo(h, clock, '2026-04-01T00:00:00Z');
    const april = (await invoicesOf(h, sub.id)).at(-1);
    // 11 of 31 days: -2 × 1,100 and +5 × 1,100, then 5 × 3,100 for April.
    expect(april.lines.map((l: any) => l.amount).sort()).toEqual(['-2200', '15500', '5500'].sort());
    await expect(
      billing.subscriptions.update(sub.id, { component_configurations: { lf_X: { quantity: '1' } } }),
    ).rejects.toMatchObject({ code: 'parameter_invalid' });
  });

  it('cancel now credits unused time on a final invoice; cancel at period end stops renewal', async () => {
    const a = await clockedCustomer(h, '2026-03-01T00:00:00Z');
    const now = await billing.subscriptions.create({ customer: a.customer, pricing_plan: 'A' });
    await advanceTo(h, a.clock, '2026-03-11T00:00:00Z');
    const canceled = await billing.subscriptions.cancel(now.id, {
      at: 'now',
      proration_behavior: 'always_invoice',
    });
    expect(canceled).toMatchObject({ status: 'canceled' });
    // Left to do: the final late-events sweep, the event window (35 days) and grace after the end.
    expect(canceled.next_action_at?.toISOString()).toBe('2026-04-15T01:00:00.000Z');
    const final = (await invoicesOf(h, now.id)).at(-1);
    expect(final).toMatchObject({
      billing_reason: 'subscription_cancel',
      status: 'paid',
      total: '-2100',
      amount_due: '0',
    });
    await expect(billing.subscriptions.cancel(now.id, {})).rejects.toMatchObject({
      code: 'subscription_canceled',
    });

    const b = await clockedCustomer(h, '2026-03-01T00:00:00Z');
    const end = await billing.subscriptions.create({ customer: b.customer, pricing_plan: 'A' });
    const scheduled = await billing.subscriptions.cancel(end.id, { at: 'period_end' });
    expect(scheduled.cancel_at?.toISOString()).toBe('2026-04-01T00:00:00.000Z');
    await advanceTo(h, b.clock, '2026-06-01T00:00:00Z');
    const list = await invoicesOf(h, end.id);
    expect(list.map((i: any) => [i.billing_reason, i.total])).toEqual([
      ['subscription_create', '3100'],
      ['subscription_cancel', '0'],
    ]);
    expect((await billing.subscriptions.get(end.id)).status).toBe('canceled');
  });

  it('service actions fire once per service interval that starts, in order', async () => {
    const calls: string[] = [];
    billing.subscriptions.addHooks({
      async onServiceActionDue(_trx, input) {
        calls.push(`${input.serviceAction.id}@${input.servicePeriod.start.toISOString().slice(0, 10)}`);
      },
    });
    const { clock, customer } = await clockedCustomer(h, '2026-03-01T00:00:00Z');
    await billing.subscriptions.create({ customer, pricing_plan: 'S' });
    // This instance's own runner (the app's handler calls the app's hooks, not these).
    const row = await h.tariff.services.testClocks.get(clock);
    await billing.runner.advanceClock(row, row.frozen_time, new Date('2026-03-20T00:00:00Z'));
    await billing.runner.advanceClock(row, row.frozen_time, new Date('2026-03-20T00:00:00Z'));
    expect(calls).toEqual(['sa_S@2026-03-01', 'sa_S@2026-03-08', 'sa_S@2026-03-15']);
  });

  it('a failed payment marks the subscription past_due; paying brings it back', async () => {
    const { customer } = await clockedCustomer(h, '2026-03-01T00:00:00Z');
    const sub = await billing.subscriptions.create({ customer, pricing_plan: 'A' });
    const [first] = await invoicesOf(h, sub.id);
    await h.api.post(`/v1/invoices/${first.id}/finalize`);
    await billing.invoicing.markPaymentFailed(first.id, { reason: 'card_declined' });
    expect((await billing.subscriptions.get(sub.id)).status).toBe('past_due');
    await billing.invoicing.pay(first.id, { reference: 'retry' });
    expect((await billing.subscriptions.get(sub.id)).status).toBe('active');
  });

  it('a trial bills nothing until it ends, then starts the cadence there', async () => {
    const { clock, customer } = await clockedCustomer(h, '2026-03-01T00:00:00Z');
    const sub = await billing.subscriptions.create({
      customer,
      pricing_plan: 'A',
      trial_end: '2026-03-15T00:00:00Z',
    });
    expect(sub.status).toBe('trialing');
    expect(await invoicesOf(h, sub.id)).toEqual([]);
    await advanceTo(h, clock, '2026-03-15T00:00:00Z');
    const [first] = await invoicesOf(h, sub.id);
    expect(first).toMatchObject({
      total: '3100',
      period_start: '2026-03-15T00:00:00.000Z',
      period_end: '2026-04-15T00:00:00.000Z',
    });
  });
});
