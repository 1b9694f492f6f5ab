import { describe, expect, it } from 'vitest';
import type { Api } from '../../src/testing/harness.js';
import { useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import { advance, clockedCustomer, invoicesOf, ok, usage } from './fixtures.js';

let seq = 0;

/** One metered item (sum) priced per unit on a plan per price: `null` leaves the item out. */
async function metered(api: Api, prices: (string | null)[]) {
  seq += 1;
  const eventName = `phase_calls_${Date.now().toString(36)}_${seq}`;
  const meter = await ok(
    api.post('/v1/meters', { event_name: eventName, default_aggregation: { formula: 'sum' } }),
  );
  const item = await ok(api.post('/v1/billable_items', { type: 'metered', name: 'Calls', meter: meter.id }));
  const fee = await ok(api.post('/v1/billable_items', { type: 'licensed', name: 'Seat' }));
  const plans: string[] = [];
  for (const [i, price] of prices.entries()) {
    const components: unknown[] = [];
    if (price === null) {
      const lf = await ok(
        api.post('/v1/license_fees', {
          name: `Seat ${seq}-${i}`,
          licensed_item: fee.id,
          currency: 'JPY',
          unit_amount: '100',
          service_interval: 'month',
        }),
      );
      components.push({ type: 'license_fee', license_fee: lf.id });
    } else {
      const card = await ok(
        api.post('/v1/rate_cards', { name: `card ${seq}-${i}`, currency: 'JPY', service_interval: 'month' }),
      );
      await ok(
        api.post(`/v1/rate_cards/${card.id}/rates`, {
          billable_item: item.id,
          price: { type: 'per_unit', unit_amount: price },
        }),
      );
      components.push({ type: 'rate_card', rate_card: card.id });
    }
    const plan = await ok(
      api.post('/v1/pricing_plans', { name: `phase plan ${seq}-${i}`, currency: 'JPY', components }),
    );
    plans.push(plan.id);
  }
  return { eventName, item: item.id, plans };
}

/**
 * A plan change in the middle of a period: the period's usage is one quantity rated at the price
 * in force at the period end (docs/billing.md, "Usage across changes"); an item the new plan
 * lacks is billed for the time it was on the subscription, at the price it had then.
 */
describe.each(TEST_STORES)('usage across a plan change on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });

  async function run(prices: (string | null)[]) {
    const m = await metered(h.api, prices);
    const { clock, customer } = await clockedCustomer(h.api, '2026-03-01T00:00:00Z', 'JPY');
    const sub = await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: m.plans[0] }));
    await advance(h.api, clock, '2026-03-06T00:00:00Z');
    await usage(h.api, m.eventName, customer, 100, '2026-03-05T00:00:00Z');
    await advance(h.api, clock, '2026-03-15T00:00:00Z');
    await ok(h.api.post(`/v1/subscriptions/${sub.id}/change_plan`, { pricing_plan: m.plans[1] }));
    await advance(h.api, clock, '2026-03-19T00:00:00Z');
    await usage(h.api, m.eventName, customer, 10, '2026-03-18T00:00:00Z');
    await advance(h.api, clock, '2026-04-01T02:00:00Z');
    const march = (await invoicesOf(h.api, sub.id)).find((i) => i.billing_reason === 'subscription_cycle');
    return { m, clock, customer, sub, march };
  }

  it('rates the whole period once, at the price in force at its end', async () => {
    const { march } = await run(['1', '2']);
    const lines = march.lines.filter((l: any) => l.type === 'usage');
    expect(lines.map((l: any) => [l.quantity, l.amount, l.period_start, l.period_end])).toEqual([
      ['110', '220', '2026-03-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z'],
    ]);
    expect(march.total).toBe('220');
  });

  it('bills usage before the change even when the new plan lacks the item', async () => {
    const { march } = await run(['1', null]);
    const lines = march.lines.filter((l: any) => l.type === 'usage');
    expect(lines.map((l: any) => [l.quantity, l.amount])).toEqual([['100', '100']]);
  });

  it('a late event from before the change is re-rated with the period, at the price it was billed at', async () => {
    const { m, clock, customer, sub } = await run(['1', '2']);
    await usage(h.api, m.eventName, customer, 5, '2026-03-10T00:00:00Z');
    await advance(h.api, clock, '2026-05-01T02:00:00Z');
    const april = (await invoicesOf(h.api, sub.id)).at(-1);
    const adjustment = april.lines.find((l: any) => l.type === 'adjustment');
    expect(adjustment).toMatchObject({ quantity: '5', amount: '10', period_end: '2026-04-01T00:00:00.000Z' });
  });
});
