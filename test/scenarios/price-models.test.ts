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
 * A matrix price through the API (docs/catalog.md, "Matrix prices"): tokens priced by region ×
 * model on one billable item. April's usage shows on the upcoming invoice, in `simulate` and on
 * the invoice closing April (lines and PDF) with one line per priced combination; a combination
 * no entry names is not billed. Bad matrices are refused with coded errors, nothing written.
 */

const APRIL = { start: '2026-04-01T00:00:00.000Z', end: '2026-05-01T00:00:00.000Z' };
let seq = 0;
const unique = (s: string) => `${s}_${Date.now().toString(36)}_${++seq}`;

const MATRIX = {
  type: 'matrix',
  dimensions: ['region', 'model'],
  entries: [
    { values: ['us', 'small'], unit_amount: '0.50' },
    { values: ['us', 'large'], unit_amount: '2' },
    { values: ['eu', 'large'], unit_amount: '3' },
  ],
};

/** [region, model, tokens, day of April] */
const EVENTS: [string, string, number, number][] = [
  ['us', 'small', 10, 2],
  ['us', 'small', 5, 9],
  ['us', 'large', 4, 12],
  ['eu', 'large', 3, 20],
  ['eu', 'small', 7, 21], // no entry, no default: not billed
];

const shape = (l: any) => ({ description: l.description, quantity: l.quantity, amount: l.amount });

describe.each(TEST_STORES)('matrix price on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });

  async function meter(dimensions: string[]) {
    return ok(
      h.api.post('/v1/meters', {
        event_name: unique('tokens'),
        default_aggregation: { formula: 'sum' },
        dimension_payload_keys: dimensions,
      }),
    );
  }
  async function item(meterId: string, name = 'Tokens', filter?: Record<string, string>) {
    return ok(
      h.api.post('/v1/billable_items', {
        type: 'metered',
        name,
        meter: meterId,
        ...(filter && { meter_filter: filter }),
      }),
    );
  }
  const card = () =>
    ok(h.api.post('/v1/rate_cards', { name: unique('card'), currency: 'USD', service_interval: 'month' }));

  it('bills one line per priced combination: upcoming == simulate == closed invoice (and its PDF)', async () => {
    const m = await meter(['region', 'model']);
    const tokens = await item(m.id);
    const c = await card();
    const rate = await ok(
      h.api.post(`/v1/rate_cards/${c.id}/rates`, { billable_item: tokens.id, price: MATRIX }),
    );
    expect(rate.price).toEqual({
      type: 'matrix',
      dimensions: ['region', 'model'],
      entries: [
        { values: ['us', 'small'], unit_amount: '0.5' },
        { values: ['us', 'large'], unit_amount: '2' },
        { values: ['eu', 'large'], unit_amount: '3' },
      ],
      default_unit_amount: null,
    });
    const plan = await planOfCard(h.api, c.id);
    const { clock, customer } = await clockedCustomer(h.api, APRIL.start, 'USD');
    const sub = await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.id }));
    for (const [region, model, value, day] of EVENTS) {
      const at = `2026-04-${String(day).padStart(2, '0')}T10:00:00.000Z`;
      await advance(h.api, clock, at);
      await ok(
        h.api.post('/v1/meter_events', {
          event_name: m.event_name,
          payload: { customer, value, region, model },
          timestamp: at,
          identifier: unique('ev'),
        }),
      );
    }
    const expected = [
      { description: 'Tokens (us, small)', quantity: '15', amount: '7.50' },
      { description: 'Tokens (us, large)', quantity: '4', amount: '8.00' },
      { description: 'Tokens (eu, large)', quantity: '3', amount: '9.00' },
    ];
    const upcoming = await ok(h.api.get('/v1/invoices/upcoming', { subscription: sub.id }));
    expect(upcoming.lines.map(shape)).toEqual(expected);
    expect(upcoming.total).toBe('24.50');
    // eu/small is not billed, and the upcoming invoice says so.
    expect(upcoming.warnings).toEqual([
      expect.objectContaining({
        code: 'matrix_usage_unpriced',
        message: expect.stringContaining(`${tokens.id}: usage of 7 `),
      }),
    ]);

    const simulated = await ok(
      h.api.post(`/v1/customers/${customer}/simulate`, {
        pricing_plan: plan.id,
        start_time: APRIL.start,
        end_time: APRIL.end,
      }),
    );
    expect(simulated.lines.map(shape)).toEqual(expected);

    await advance(h.api, clock, '2026-05-01T02:00:00.000Z');
    const closing = (await invoicesOf(h.api, sub.id)).find((i) => i.billing_reason === 'subscription_cycle');
    expect(closing.lines.map(shape)).toEqual(expected);
    expect(closing.total).toBe('24.50');
    expect(new Set(closing.lines.map((l: any) => l.billable_item))).toEqual(new Set([tokens.id]));

    const text = await testInvoicePdfText(h.api, closing.id);
    for (const line of expected) expect(text).toContain(line.description);
  }, 120_000);

  it('bills usage no entry names at the default price, on one "(other)" line, late events too', async () => {
    const m = await meter(['region', 'model']);
    const tokens = await item(m.id);
    const c = await card();
    const rate = await ok(
      h.api.post(`/v1/rate_cards/${c.id}/rates`, {
        billable_item: tokens.id,
        price: { ...MATRIX, default_unit_amount: '0.10' },
      }),
    );
    expect(rate.price.default_unit_amount).toBe('0.1');
    const plan = await planOfCard(h.api, c.id);
    const { clock, customer } = await clockedCustomer(h.api, APRIL.start, 'USD');
    const sub = await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.id }));
    const send = (payload: Record<string, unknown>, at: string) =>
      ok(
        h.api.post('/v1/meter_events', {
          event_name: m.event_name,
          payload: { customer, ...payload },
          timestamp: at,
          identifier: unique('ev'),
        }),
      );
    for (const [region, model, value, day] of EVENTS) {
      const at = `2026-04-${String(day).padStart(2, '0')}T10:00:00.000Z`;
      await advance(h.api, clock, at);
      await send({ value, region, model }, at);
    }
    // An event missing a dimension is priced by the default too.
    await send({ value: 3, region: 'us' }, '2026-04-21T09:00:00.000Z');
    const expected = [
      { description: 'Tokens (us, small)', quantity: '15', amount: '7.50' },
      { description: 'Tokens (us, large)', quantity: '4', amount: '8.00' },
      { description: 'Tokens (eu, large)', quantity: '3', amount: '9.00' },
      { description: 'Tokens (other)', quantity: '10', amount: '1.00' },
    ];
    const { upcoming, simulated } = await upcomingAndSimulated(
      h.api,
      { id: sub.id, customer },
      plan.id,
      APRIL,
    );
    expect(upcoming.lines.map(shape)).toEqual(expected);
    expect(upcoming.total).toBe('25.50');
    expect(upcoming.warnings).toEqual([]);
    expect(simulated.lines.map(shape)).toEqual(expected);
    await advance(h.api, clock, '2026-05-01T02:00:00.000Z');
    const closing = (await invoicesOf(h.api, sub.id)).find((i) => i.billing_reason === 'subscription_cycle');
    expect(closing.status).not.toBe('draft');
    expect(closing.lines.map(shape)).toEqual(expected);
    // A late April event of an unnamed combination: the next invoice adjusts the "(other)" line
    // only (the default's exclusions are stored with what was billed).
    await send({ value: 20, region: 'ap', model: 'small' }, '2026-04-30T20:00:00.000Z');
    await advance(h.api, clock, '2026-06-01T02:00:00.000Z');
    const may = (await invoicesOf(h.api, sub.id)).filter((i) => i.billing_reason === 'subscription_cycle');
    const adjustments = may.flatMap((i) => i.lines).filter((l: any) => l.type === 'adjustment');
    expect(adjustments.map((l: any) => ({ quantity: l.quantity, amount: l.amount }))).toEqual([
      { quantity: '20', amount: '2.00' },
    ]);
  }, 120_000);

  it('refuses bad matrices with coded errors and writes nothing', async () => {
    const m = await meter(['region', 'model']);
    const bare = await meter([]);
    const tokens = await item(m.id);
    const filtered = await item(m.id, 'EU tokens', { region: 'eu' });
    const bareItem = await item(bare.id);
    const c = await card();
    const refuse = async (billable: string, price: unknown, status: number, code: string, param: string) => {
      const res = await h.api.post(`/v1/rate_cards/${c.id}/rates`, { billable_item: billable, price });
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(res.body.error).toMatchObject({ code, param });
    };
    await refuse(
      tokens.id,
      { ...MATRIX, dimensions: ['region', 'tier'] },
      400,
      'matrix_dimension_unknown',
      'price[dimensions][1]',
    );
    await refuse(bareItem.id, MATRIX, 400, 'matrix_dimension_unknown', 'price[dimensions][0]');
    await refuse(filtered.id, MATRIX, 400, 'matrix_dimension_filtered', 'price[dimensions][0]');
    await refuse(
      tokens.id,
      { ...MATRIX, entries: [MATRIX.entries[0], { values: ['us', 'small'], unit_amount: '1' }] },
      400,
      'invalid_price',
      'price[entries][1][values]',
    );
    await refuse(
      tokens.id,
      { ...MATRIX, entries: [{ values: ['us'], unit_amount: '1' }] },
      400,
      'invalid_price',
      'price[entries][0][values]',
    );
    await refuse(
      tokens.id,
      { type: 'matrix', dimensions: ['region'] },
      400,
      'parameter_missing',
      'price[entries]',
    );
    await refuse(tokens.id, { ...MATRIX, unit_amount: '1' }, 400, 'parameter_unknown', 'price[unit_amount]');
    await refuse(
      tokens.id,
      { ...MATRIX, default_unit_amount: '-1' },
      400,
      'parameter_invalid',
      'price[default_unit_amount]',
    );
    const negative = await h.api.post(`/v1/rate_cards/${c.id}/rates`, {
      billable_item: tokens.id,
      price: { ...MATRIX, entries: [{ values: ['us', 'small'], unit_amount: '-1' }] },
    });
    expect(negative.status).toBe(400);
    const after = await ok(h.api.get(`/v1/rate_cards/${c.id}`));
    expect(after.rates).toEqual([]);
  });
});
