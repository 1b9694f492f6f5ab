import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Api } from '../../src/testing/harness.js';
import { useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import { advance, clockedCustomer, invoicesOf, ok } from './fixtures.js';

/**
 * The one invoice-assembly path, as a property (docs/architecture.md, "One invoice-assembly
 * path"): for a random subscription, random changes and random usage in April, the invoice that
 * closes April holds exactly what `simulate` prices for the plan in force at April's end: April's
 * usage lines, and the license fees of the next period (in advance) at the quantity then in
 * force; the first invoice holds what `simulate` prices for April's fees. Lines and totals.
 *
 * Every plan prices both metered items: an item a later plan drops is billed on the invoice at
 * the rate it had (phases.ts), which a simulation of one plan cannot express.
 */

const APRIL = { start: '2026-04-01T00:00:00.000Z', end: '2026-05-01T00:00:00.000Z' };
const MAY = { start: APRIL.end, end: '2026-06-01T00:00:00.000Z' };
const DAY = 86_400_000;
const START = Date.parse(APRIL.start);

let seq = 0;
const unique = (s: string) => `${s}_${Date.now().toString(36)}_${++seq}`;

/** One price per plan and item, of every model: per unit, package, graduated and volume tiers. */
const PRICES: [unknown, unknown][] = [
  [
    { type: 'per_unit', unit_amount: '0.5' },
    {
      type: 'tiered',
      tiers_mode: 'volume',
      tiers: [
        { up_to: '10', unit_amount: '2' },
        { up_to: null, unit_amount: '1' },
      ],
    },
  ],
  [
    {
      type: 'tiered',
      tiers_mode: 'graduated',
      tiers: [
        { up_to: '50', unit_amount: '0' },
        { up_to: null, unit_amount: '0.25' },
      ],
    },
    { type: 'per_unit', unit_amount: '3' },
  ],
  [
    { type: 'package', package_size: '10', unit_amount: '4', rounding: 'up' },
    {
      type: 'tiered',
      tiers_mode: 'graduated',
      tiers: [
        { up_to: '20', unit_amount: '1.5', flat_amount: '5' },
        { up_to: null, unit_amount: '0.5' },
      ],
    },
  ],
];
const FEES = ['10', '25', '40'];

interface Catalog {
  readonly events: [string, string];
  readonly seat: string;
  readonly plans: string[];
  readonly fees: string[];
}

/** Two meters (sum and max) with an item each, a seat, and one plan per entry of PRICES. */
async function catalog(api: Api): Promise<Catalog> {
  const events: string[] = [];
  const items: string[] = [];
  for (const formula of ['sum', 'max']) {
    const name = unique(`sim_${formula}`);
    const meter = await ok(api.post('/v1/meters', { event_name: name, default_aggregation: { formula } }));
    const item = await ok(
      api.post('/v1/billable_items', { type: 'metered', name: `Use ${formula}`, meter: meter.id }),
    );
    events.push(name);
    items.push(item.id);
  }
  const seat = await ok(api.post('/v1/billable_items', { type: 'licensed', name: 'Seat' }));
  const plans: string[] = [];
  const fees: string[] = [];
  for (const [p, prices] of PRICES.entries()) {
    const card = await ok(
      api.post('/v1/rate_cards', { name: unique('card'), currency: 'USD', service_interval: 'month' }),
    );
    for (const [i, price] of prices.entries())
      await ok(api.post(`/v1/rate_cards/${card.id}/rates`, { billable_item: items[i], price }));
    const fee = await ok(
      api.post('/v1/license_fees', {
        name: unique('seat'),
        licensed_item: seat.id,
        currency: 'USD',
        unit_amount: FEES[p],
        service_interval: 'month',
      }),
    );
    const plan = await ok(
      api.post('/v1/pricing_plans', {
        name: unique('plan'),
        currency: 'USD',
        components: [
          { type: 'license_fee', license_fee: fee.id },
          { type: 'rate_card', rate_card: card.id },
        ],
      }),
    );
    plans.push(plan.id);
    fees.push(fee.id);
  }
  return { events: events as [string, string], seat: seat.id, plans, fees };
}

/** What the comparison looks at: the line's item, quantity, amount and service interval. */
const shape = (l: any) => ({
  type: l.type,
  billable_item: l.billable_item,
  quantity: l.quantity,
  amount: l.amount,
  period_start: l.period_start,
  period_end: l.period_end,
});
/** USD amounts to integer cents, to add them up exactly. */
const cents = (amount: string) => Math.round(Number(amount) * 100);
const sumOf = (lines: readonly { amount: string }[]) => lines.reduce((s, l) => s + cents(l.amount), 0);
const byItem = (a: { billable_item: string }, b: { billable_item: string }) =>
  a.billable_item.localeCompare(b.billable_item);

const change = fc.record({
  day: fc.integer({ min: 1, max: 28 }),
  plan: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
  quantity: fc.integer({ min: 1, max: 4 }),
});
const event = fc.record({
  day: fc.integer({ min: 0, max: 29 }),
  meter: fc.integer({ min: 0, max: 1 }),
  value: fc.integer({ min: 1, max: 60 }),
});

describe.each(TEST_STORES)('simulate of a closed period equals its invoice on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });

  const simulate = (customer: string, plan: string, quantity: number, window: typeof APRIL, seat: string) =>
    ok(
      h.api.post(`/v1/customers/${customer}/simulate`, {
        pricing_plan: plan,
        start_time: window.start,
        end_time: window.end,
        quantities: { [seat]: String(quantity) },
      }),
    );

  it('property: random plans, changes and usage', async () => {
    const c = await catalog(h.api);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(event, { minLength: 1, maxLength: 5 }),
        fc.array(change, { maxLength: 2 }),
        fc.boolean(),
        async (plan0, quantity0, events, changes, cancel) => {
          const { clock, customer } = await clockedCustomer(h.api, APRIL.start, 'USD');
          const sub = await ok(
            h.api.post('/v1/subscriptions', {
              customer,
              pricing_plan: c.plans[plan0],
              component_configurations: { [c.fees[plan0] as string]: { quantity: String(quantity0) } },
            }),
          );
          // Ordered in time; at one moment, usage first, then the change.
          const moments = [
            ...events.map((e) => ({ at: START + e.day * DAY + 3_600_000, e })),
            ...changes.map((ch) => ({ at: START + ch.day * DAY + 7_200_000, ch })),
          ].sort((a, b) => a.at - b.at);
          let plan = plan0;
          let quantity = quantity0;
          for (const m of moments) {
            const at = new Date(m.at).toISOString();
            await advance(h.api, clock, at);
            if ('e' in m && m.e) {
              await ok(
                h.api.post('/v1/meter_events', {
                  event_name: c.events[m.e.meter],
                  payload: { customer, value: m.e.value },
                  timestamp: at,
                  identifier: unique('ev'),
                }),
              );
            } else if ('ch' in m && m.ch) {
              const to = m.ch.plan ?? plan;
              const body = {
                component_configurations: { [c.fees[to] as string]: { quantity: String(m.ch.quantity) } },
                proration_behavior: 'none',
              };
              await ok(
                to === plan
                  ? h.api.post(`/v1/subscriptions/${sub.id}`, body)
                  : h.api.post(`/v1/subscriptions/${sub.id}/change_plan`, {
                      ...body,
                      pricing_plan: c.plans[to],
                    }),
              );
              plan = to;
              quantity = m.ch.quantity;
            }
          }
          if (cancel) {
            await advance(h.api, clock, new Date(START + 29 * DAY + 10_800_000).toISOString());
            await ok(h.api.post(`/v1/subscriptions/${sub.id}/cancel`, { at: 'period_end' }));
          }
          await advance(h.api, clock, new Date(Date.parse(APRIL.end) + 7_200_000).toISOString());
          const invoices = await invoicesOf(h.api, sub.id);
          const first = invoices.find((i) => i.billing_reason === 'subscription_create');
          const closing = invoices.find((i) => i.period_start === APRIL.start && i !== first);
          expect(closing?.billing_reason).toBe(cancel ? 'subscription_cancel' : 'subscription_cycle');

          const opening = await simulate(customer, c.plans[plan0] as string, quantity0, APRIL, c.seat);
          const fees = (lines: any[]) => lines.filter((l) => l.type === 'license_fee').map(shape);
          expect(fees(first.lines)).toEqual(fees(opening.lines));
          expect(cents(first.total)).toBe(sumOf(fees(opening.lines)));

          const april = await simulate(customer, c.plans[plan] as string, quantity, APRIL, c.seat);
          const next = cancel
            ? undefined
            : await simulate(customer, c.plans[plan] as string, quantity, MAY, c.seat);
          const expected = [
            ...april.lines.filter((l: any) => l.type === 'usage').map(shape),
            ...(next ? fees(next.lines) : []),
          ];
          expect([...closing.lines.map(shape)].sort(byItem)).toEqual(expected.sort(byItem));
          // No tax rate, credit or balance: the total is the lines' sum, as in a simulation.
          expect(cents(closing.subtotal)).toBe(sumOf(expected));
          expect(closing.total).toBe(closing.subtotal);
        },
      ),
      { numRuns: 4 },
    );
  }, 300_000);
});
