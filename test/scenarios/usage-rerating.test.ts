import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Api } from '../../src/testing/harness.js';
import { useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import { advance, clockedCustomer, invoicesOf, ok, usage } from './fixtures.js';

let seq = 0;
const unique = (s: string) => `${s}_${Date.now().toString(36)}_${++seq}`;

/** The FAQ's tiers (seed 000): 1–10 ¥100, 11–20 ¥90, 21–30 ¥80, 31+ ¥70. */
const FAQ_TIERS = [
  { up_to: '10', unit_amount: '100' },
  { up_to: '20', unit_amount: '90' },
  { up_to: '30', unit_amount: '80' },
  { up_to: null, unit_amount: '70' },
];

interface Catalog {
  eventName: string;
  item: string;
  /** Plans in the order of `fees`; each carries its own license fee. */
  plans: string[];
  fees: string[];
}

/**
 * A metered item on a meter of `formula`, priced by rate cards, and one plan per fee amount.
 * `cards` lists, per plan, the index of the rate card it uses (plans sharing an index share the
 * very same rate card version); `prices[i]` is card i's price.
 */
async function catalog(
  api: Api,
  opts: { currency: string; formula: string; prices: unknown[]; fees: string[]; cards: number[] },
): Promise<Catalog> {
  const eventName = unique('rerate');
  const meter = await ok(
    api.post('/v1/meters', { event_name: eventName, default_aggregation: { formula: opts.formula } }),
  );
  const item = await ok(api.post('/v1/billable_items', { type: 'metered', name: 'Calls', meter: meter.id }));
  const seat = await ok(api.post('/v1/billable_items', { type: 'licensed', name: 'Seat' }));
  const cards: string[] = [];
  for (const price of opts.prices) {
    const card = await ok(
      api.post('/v1/rate_cards', {
        name: unique('card'),
        currency: opts.currency,
        service_interval: 'month',
      }),
    );
    await ok(api.post(`/v1/rate_cards/${card.id}/rates`, { billable_item: item.id, price }));
    cards.push(card.id);
  }
  const plans: string[] = [];
  const fees: string[] = [];
  for (const [i, amount] of opts.fees.entries()) {
    const fee = await ok(
      api.post('/v1/license_fees', {
        name: unique('seat'),
        licensed_item: seat.id,
        currency: opts.currency,
        unit_amount: amount,
        service_interval: 'month',
      }),
    );
    const plan = await ok(
      api.post('/v1/pricing_plans', {
        name: unique('plan'),
        currency: opts.currency,
        components: [
          { type: 'license_fee', license_fee: fee.id },
          { type: 'rate_card', rate_card: cards[opts.cards[i] ?? 0], version: 1 },
        ],
      }),
    );
    plans.push(plan.id);
    fees.push(fee.id);
  }
  return { eventName, item: item.id, plans, fees };
}

const usageLinesOf = (inv: any) =>
  inv.lines.filter((l: any) => l.type === 'usage' || l.type === 'adjustment');
const usageTotal = (inv: any) => usageLinesOf(inv).reduce((s: number, l: any) => s + Number(l.amount), 0);

describe.each(TEST_STORES)('usage across quantity and plan changes on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });

  async function april(c: Catalog, currency: string, quantity = '2') {
    const { clock, customer } = await clockedCustomer(h.api, '2026-04-01T00:00:00Z', currency);
    const sub = await ok(
      h.api.post('/v1/subscriptions', {
        customer,
        pricing_plan: c.plans[0],
        component_configurations: { [c.fees[0] as string]: { quantity } },
      }),
    );
    return { clock, customer, sub };
  }

  async function cycle(sub: string, clock: string) {
    await advance(h.api, clock, '2026-05-01T02:00:00Z');
    return (await invoicesOf(h.api, sub)).find((i) => i.billing_reason === 'subscription_cycle');
  }

  it('a quantity change (2 → 3 seats, proration none) keeps the month one usage quantity: 160 calls → $6.00', async () => {
    const c = await catalog(h.api, {
      currency: 'USD',
      formula: 'sum',
      prices: [
        {
          type: 'tiered',
          tiers_mode: 'graduated',
          tiers: [
            { up_to: '100', unit_amount: '0' },
            { up_to: null, unit_amount: '0.10' },
          ],
        },
      ],
      fees: ['10'],
      cards: [0],
    });
    const { clock, customer, sub } = await april(c, 'USD');
    await advance(h.api, clock, '2026-04-10T00:00:00Z');
    await usage(h.api, c.eventName, customer, 80, '2026-04-05T00:00:00Z');
    await advance(h.api, clock, '2026-04-15T00:00:00Z');
    const updated = await h.api.post(`/v1/subscriptions/${sub.id}`, {
      component_configurations: { [c.fees[0] as string]: { quantity: '3' } },
      proration_behavior: 'none',
    });
    expect(updated.status).toBe(200);
    await advance(h.api, clock, '2026-04-20T00:00:00Z');
    await usage(h.api, c.eventName, customer, 80, '2026-04-18T00:00:00Z');

    const upcoming = await ok(h.api.get('/v1/invoices/upcoming', { subscription: sub.id }));
    expect(usageLinesOf(upcoming).map((l: any) => [l.quantity, l.amount])).toEqual([['160', '6.00']]);

    const inv = await cycle(sub.id, clock);
    expect(usageLinesOf(inv).map((l: any) => [l.quantity, l.amount, l.period_start, l.period_end])).toEqual([
      ['160', '6.00', '2026-04-01T00:00:00.000Z', '2026-05-01T00:00:00.000Z'],
    ]);
    // May's seats: 3 × $10; April's usage $6.00.
    expect(inv.total).toBe('36.00');
  });

  it('a plan change keeping the rate card version counts a max once: peaks 25 and 31 → ¥2,170', async () => {
    const c = await catalog(h.api, {
      currency: 'JPY',
      formula: 'max',
      prices: [{ type: 'tiered', tiers_mode: 'volume', tiers: FAQ_TIERS }],
      fees: ['1000', '2000'],
      cards: [0, 0],
    });
    const { clock, customer, sub } = await april(c, 'JPY', '1');
    await advance(h.api, clock, '2026-04-10T00:00:00Z');
    await usage(h.api, c.eventName, customer, 25, '2026-04-05T00:00:00Z');
    await advance(h.api, clock, '2026-04-15T00:00:00Z');
    await ok(
      h.api.post(`/v1/subscriptions/${sub.id}/change_plan`, {
        pricing_plan: c.plans[1],
        proration_behavior: 'none',
      }),
    );
    await advance(h.api, clock, '2026-04-20T00:00:00Z');
    await usage(h.api, c.eventName, customer, 31, '2026-04-18T00:00:00Z');
    const inv = await cycle(sub.id, clock);
    expect(usageLinesOf(inv).map((l: any) => [l.quantity, l.amount])).toEqual([['31', '2170']]);
  });

  it('a plan change keeping the rate card version does not restart graduated tiers: 25 + 25 → ¥4,100', async () => {
    const c = await catalog(h.api, {
      currency: 'JPY',
      formula: 'sum',
      prices: [{ type: 'tiered', tiers_mode: 'graduated', tiers: FAQ_TIERS }],
      fees: ['1000', '2000'],
      cards: [0, 0],
    });
    const { clock, customer, sub } = await april(c, 'JPY', '1');
    await advance(h.api, clock, '2026-04-10T00:00:00Z');
    await usage(h.api, c.eventName, customer, 25, '2026-04-05T00:00:00Z');
    await advance(h.api, clock, '2026-04-15T00:00:00Z');
    await ok(h.api.post(`/v1/subscriptions/${sub.id}/change_plan`, { pricing_plan: c.plans[1] }));
    await advance(h.api, clock, '2026-04-20T00:00:00Z');
    await usage(h.api, c.eventName, customer, 25, '2026-04-18T00:00:00Z');
    const inv = await cycle(sub.id, clock);
    expect(usageLinesOf(inv).map((l: any) => [l.quantity, l.amount])).toEqual([['50', '4100']]);
  });

  it('changing rates twice gains no free tier: A → B → A rates the month once, at the rate in force at its end', async () => {
    const free = (unit: string) => ({
      type: 'tiered',
      tiers_mode: 'graduated',
      tiers: [
        { up_to: '100', unit_amount: '0' },
        { up_to: null, unit_amount: unit },
      ],
    });
    const c = await catalog(h.api, {
      currency: 'JPY',
      formula: 'sum',
      prices: [free('10'), free('20')],
      fees: ['1000', '1000'],
      cards: [0, 1],
    });
    const { clock, customer, sub } = await april(c, 'JPY', '1');
    const steps: [string, number][] = [
      ['2026-04-08T00:00:00Z', 0],
      ['2026-04-16T00:00:00Z', 1],
      ['2026-04-24T00:00:00Z', 0],
    ];
    for (const [at, plan] of steps) {
      await advance(h.api, clock, at);
      await usage(h.api, c.eventName, customer, 90, new Date(Date.parse(at) - 86_400_000).toISOString());
      if (plan !== 0 || at !== '2026-04-08T00:00:00Z')
        await ok(h.api.post(`/v1/subscriptions/${sub.id}/change_plan`, { pricing_plan: c.plans[plan] }));
    }
    // 270 calls, 100 free, 170 × ¥10 (plan A is in force at the end of April). The upcoming
    // invoice and `simulate` of plan A over April say the same before the period closes.
    const upcoming = await ok(h.api.get('/v1/invoices/upcoming', { subscription: sub.id }));
    expect(usageLinesOf(upcoming).map((l: any) => [l.quantity, l.amount])).toEqual([['270', '1700']]);
    const simulated = await ok(
      h.api.post(`/v1/customers/${customer}/simulate`, {
        pricing_plan: c.plans[0],
        start_time: '2026-04-01T00:00:00Z',
        end_time: '2026-05-01T00:00:00Z',
      }),
    );
    expect(usageLinesOf(simulated).map((l: any) => [l.quantity, l.amount])).toEqual([['270', '1700']]);
    const inv = await cycle(sub.id, clock);
    expect(usageLinesOf(inv).map((l: any) => [l.quantity, l.amount])).toEqual([['270', '1700']]);
  });

  it('property: plan and quantity changes on one rate card version never change the usage total', async () => {
    const prices = [
      { type: 'tiered', tiers_mode: 'graduated', tiers: FAQ_TIERS },
      { type: 'tiered', tiers_mode: 'volume', tiers: FAQ_TIERS },
      { type: 'package', package_size: '7', unit_amount: '50', rounding: 'up' },
    ];
    const catalogs: Record<string, Catalog> = {};
    for (const formula of ['sum', 'max']) {
      for (const [p, price] of prices.entries()) {
        catalogs[`${formula}:${p}`] = await catalog(h.api, {
          currency: 'JPY',
          formula,
          prices: [price],
          fees: ['1000', '2000', '3000'],
          cards: [0, 0, 0],
        });
      }
    }
    const day = 86_400_000;
    const start = Date.parse('2026-04-01T00:00:00Z');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(catalogs)),
        fc.array(
          fc.record({ day: fc.integer({ min: 0, max: 28 }), value: fc.integer({ min: 1, max: 40 }) }),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        fc.array(
          fc.record({
            day: fc.integer({ min: 1, max: 28 }),
            plan: fc.integer({ min: 0, max: 2 }),
            quantity: fc.integer({ min: 1, max: 5 }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        async (key, events, changes) => {
          const c = catalogs[key] as Catalog;
          const run = async (withChanges: boolean) => {
            const { clock, customer, sub } = await april(c, 'JPY', '1');
            const moments = [
              ...events.map((e) => ({ at: start + e.day * day + 3_600_000, event: e.value })),
              ...(withChanges
                ? changes.map((ch) => ({ at: start + ch.day * day + 7_200_000, change: ch }))
                : []),
            ].sort((a, b) => a.at - b.at);
            let current = 0;
            for (const m of moments) {
              await advance(h.api, clock, new Date(m.at).toISOString());
              if ('event' in m)
                await usage(h.api, c.eventName, customer, m.event as number, new Date(m.at).toISOString());
              else if (m.change) {
                const fee = c.fees[m.change.plan] as string;
                const body = { component_configurations: { [fee]: { quantity: String(m.change.quantity) } } };
                const res =
                  m.change.plan === current
                    ? await h.api.post(`/v1/subscriptions/${sub.id}`, { ...body, proration_behavior: 'none' })
                    : await h.api.post(`/v1/subscriptions/${sub.id}/change_plan`, {
                        ...body,
                        pricing_plan: c.plans[m.change.plan],
                      });
                expect(res.status).toBe(200);
                current = m.change.plan;
              }
            }
            return usageTotal(await cycle(sub.id, clock));
          };
          expect(await run(true)).toBe(await run(false));
        },
      ),
      { numRuns: 6 },
    );
  }, 240_000);
});
