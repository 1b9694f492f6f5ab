import { describe, expect, it } from 'vitest';
import { useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import {
  advance,
  clockedCustomer,
  invoicesOf,
  ok,
  planOfCard,
  testInvoicePdfText,
  upcomingAndSimulated,
} from './fixtures.js';

/**
 * A percentage price through the API (docs/catalog.md, "Percentage prices"): a payments platform
 * charges 2.9 % + 0.30 per card payment, at least 0.50 and at most 20.00 a payment, and 0.25 %
 * of payouts. Each event's fee is exact (sub-cent), clamped per event, a refund gives back what
 * the payment cost; the line is rounded once. Upcoming == simulate == closed invoice (and PDF).
 */

const APRIL = { start: '2026-04-01T00:00:00.000Z', end: '2026-05-01T00:00:00.000Z' };
let seq = 0;
const unique = (s: string) => `${s}_${Date.now().toString(36)}_${++seq}`;

const CARD = {
  type: 'percentage',
  percentage: '2.9',
  fixed_amount_per_event: '0.30',
  min_per_event: '0.50',
  max_per_event: '20.00',
};

/** [meter, amount, day]: card fees 0.59029 + 3.20 + 20.00 (capped) + 0.50 (floor) − 3.20 (refund) = 21.09029. */
const EVENTS: ['card' | 'payout', string, number][] = [
  ['card', '10.01', 2],
  ['card', '100', 5],
  ['card', '1000', 9],
  ['card', '5', 12],
  ['card', '-100', 20],
  ['payout', '1234.56', 15],
  ['payout', '765.44', 28],
];

const shape = (l: any) => ({ description: l.description, quantity: l.quantity, amount: l.amount });

describe.each(TEST_STORES)('percentage price on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });

  async function meter(formula = 'sum') {
    return ok(
      h.api.post('/v1/meters', {
        event_name: unique('payments'),
        default_aggregation: { formula },
        value_settings: { event_payload_key: 'amount' },
      }),
    );
  }
  const item = (meterId: string, name: string) =>
    ok(h.api.post('/v1/billable_items', { type: 'metered', name, meter: meterId }));
  const card = () =>
    ok(h.api.post('/v1/rate_cards', { name: unique('card'), currency: 'USD', service_interval: 'month' }));

  it('bills the per-event fee sum, rounded once: upcoming == simulate == closed invoice', async () => {
    const cards = await meter();
    const payouts = await meter();
    const cardItem = await item(cards.id, 'Card payments');
    const payoutItem = await item(payouts.id, 'Payouts');
    const c = await card();
    const rate = await ok(
      h.api.post(`/v1/rate_cards/${c.id}/rates`, { billable_item: cardItem.id, price: CARD }),
    );
    expect(rate.price).toEqual({
      ...CARD,
      fixed_amount_per_event: '0.3',
      max_per_event: '20',
      min_per_event: '0.5',
    });
    const bare = await ok(
      h.api.post(`/v1/rate_cards/${c.id}/rates`, {
        billable_item: payoutItem.id,
        price: { type: 'percentage', percentage: '0.25' },
      }),
    );
    expect(bare.price).toEqual({
      type: 'percentage',
      percentage: '0.25',
      fixed_amount_per_event: null,
      min_per_event: null,
      max_per_event: null,
    });
    const plan = await planOfCard(h.api, c.id);
    // A plan preview prices a quantity as one transaction: 1,000 → 29.30, capped at 20.00.
    const preview = await ok(
      h.api.post(`/v1/pricing_plans/${plan.id}/preview`, { quantities: { [cardItem.id]: '1000' } }),
    );
    expect(preview.lines.find((l: any) => l.billable_item === cardItem.id)).toMatchObject({
      quantity: '1000',
      amount: '20.00',
    });

    const { clock, customer } = await clockedCustomer(h.api, APRIL.start, 'USD');
    const sub = await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.id }));
    const sorted = [...EVENTS].sort((a, b) => a[2] - b[2]);
    for (const [which, amount, day] of sorted) {
      const at = `2026-04-${String(day).padStart(2, '0')}T10:00:00.000Z`;
      await advance(h.api, clock, at);
      await ok(
        h.api.post('/v1/meter_events', {
          event_name: (which === 'card' ? cards : payouts).event_name,
          payload: { customer, amount },
          timestamp: at,
          identifier: unique('ev'),
        }),
      );
    }
    // A cancelled payment does not count.
    const cancelled = unique('ev');
    await ok(
      h.api.post('/v1/meter_events', {
        event_name: cards.event_name,
        payload: { customer, amount: '500' },
        timestamp: '2026-04-28T10:00:00.000Z',
        identifier: cancelled,
      }),
    );
    await ok(h.api.post('/v1/meter_events/cancel', { event_name: cards.event_name, identifier: cancelled }));

    const expected = [
      { description: 'Card payments', quantity: '1015.01', amount: '21.09' },
      { description: 'Payouts', quantity: '2000', amount: '5.00' },
    ];
    const { upcoming, simulated } = await upcomingAndSimulated(
      h.api,
      { id: sub.id, customer },
      plan.id,
      APRIL,
    );
    expect(upcoming.lines.map(shape)).toEqual(expected);
    expect(upcoming.total).toBe('26.09');
    expect(simulated.lines.map(shape)).toEqual(expected);

    // Closed, in the grace period: a payment of April 30 arriving now re-rates the draft's line
    // (2.9 % of 50 + 0.30 = 1.75 more; the line shows the new volume).
    await advance(h.api, clock, '2026-05-01T00:20:00.000Z');
    const draft = (await invoicesOf(h.api, sub.id)).find((i) => i.billing_reason === 'subscription_cycle');
    expect(draft.status).toBe('draft');
    await ok(
      h.api.post('/v1/meter_events', {
        event_name: cards.event_name,
        payload: { customer, amount: '50' },
        timestamp: '2026-04-30T23:00:00.000Z',
        identifier: unique('ev'),
      }),
    );
    await advance(h.api, clock, '2026-05-01T02:00:00.000Z');
    const closing = (await invoicesOf(h.api, sub.id)).find((i) => i.billing_reason === 'subscription_cycle');
    expect(closing.status).not.toBe('draft');
    expect(closing.lines.map(shape)).toEqual([
      { description: 'Card payments', quantity: '1065.01', amount: '22.84' },
      expected[1],
    ]);
    expect(closing.total).toBe('27.84');

    const text = await testInvoicePdfText(h.api, closing.id);
    expect(text).toContain('Card payments');
    expect(text).toContain('22.84');
    expect(text).toContain('1,065.01');
  }, 120_000);

  it('refuses bad percentage prices with coded errors and writes nothing', async () => {
    const sums = await meter();
    const peaks = await meter('max');
    const payments = await item(sums.id, 'Payments');
    const peakItem = await item(peaks.id, 'Peaks');
    const c = await card();
    const refuse = async (billable: string, price: unknown, code: string, param: string) => {
      const res = await h.api.post(`/v1/rate_cards/${c.id}/rates`, { billable_item: billable, price });
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body.error).toMatchObject({ code, param });
    };
    await refuse(peakItem.id, CARD, 'percentage_meter_not_sum', 'price[type]');
    await refuse(payments.id, { ...CARD, percentage: '101' }, 'invalid_price', 'price[percentage]');
    await refuse(payments.id, { ...CARD, min_per_event: '30' }, 'invalid_price', 'price[min_per_event]');
    await refuse(payments.id, { type: 'percentage' }, 'parameter_missing', 'price[percentage]');
    await refuse(payments.id, { ...CARD, unit_amount: '1' }, 'parameter_unknown', 'price[unit_amount]');
    const negative = await h.api.post(`/v1/rate_cards/${c.id}/rates`, {
      billable_item: payments.id,
      price: { ...CARD, fixed_amount_per_event: '-0.30' },
    });
    expect(negative.status).toBe(400);
    const after = await ok(h.api.get(`/v1/rate_cards/${c.id}`));
    expect(after.rates).toEqual([]);
  });
});
