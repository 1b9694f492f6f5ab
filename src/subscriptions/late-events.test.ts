import { beforeAll, describe, expect, it } from 'vitest';
import type { Billing } from '../app/billing.js';
import type { ResolvedPlan } from '../catalog/resolved-plan.js';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { fixturePlan } from './plan-fixtures.js';
import { advanceTo, clockedCustomer, fixtureBilling, invoicesOf } from './test-billing.js';

describe.each(TEST_STORES)('late events and usage on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });
  let billing: Billing;
  const plans = new Map<string, ResolvedPlan>();
  const meters: Record<string, string> = {};

  beforeAll(async () => {
    billing = fixtureBilling(h, plans);
    for (const formula of ['sum', 'max', 'unique_count'] as const) {
      const meter = await h.api.post('/v1/meters', {
        event_name: `late_${formula}`,
        default_aggregation: { formula },
      });
      meters[formula] = meter.body.id;
      plans.set(
        formula,
        fixturePlan({ id: formula, currency: 'JPY', usage: { meterId: meter.body.id, unitAmount: '10' } }),
      );
    }
  });

  const send = (formula: string, customer: string, value: number | string, timestamp: string, id: string) =>
    h.api.post('/v1/meter_events', {
      event_name: `late_${formula}`,
      payload: { customer, value },
      timestamp,
      identifier: id,
    });

  it.each([
    ['sum', [3, 4], 9, '7', '9'],
    ['max', [5, 2], 8, '5', '3'],
    ['unique_count', ['a', 'b'], 'c', '2', '1'],
  ] as const)(
    '%s: an event for a finalized period is billed on the next invoice as the difference',
    async (formula, values, late, billed, delta) => {
      const { clock, customer } = await clockedCustomer(h, '2026-03-01T00:00:00Z');
      const sub = await billing.subscriptions.create({ customer, pricing_plan: formula });
      await advanceTo(h, clock, '2026-03-10T00:00:00Z');
      for (const [i, v] of values.entries())
        expect(
          (await send(formula, customer, v, `2026-03-0${5 + i}T00:00:00Z`, `${sub.id}-${i}`)).status,
        ).toBe(200);
      await advanceTo(h, clock, '2026-04-01T02:00:00Z');
      const march = (await invoicesOf(h, sub.id)).find(
        (i) => i.period_start.startsWith('2026-03') && i.billing_reason === 'subscription_cycle',
      );
      expect(march).toMatchObject({ status: 'open' });
      expect(march.lines[0]).toMatchObject({ type: 'usage', quantity: billed });

      expect((await send(formula, customer, late, '2026-03-20T00:00:00Z', `${sub.id}-late`)).status).toBe(
        200,
      );
      await advanceTo(h, clock, '2026-05-01T02:00:00Z');
      const april = (await invoicesOf(h, sub.id)).at(-1);
      const adjustment = april.lines.find((l: any) => l.type === 'adjustment');
      expect(adjustment).toMatchObject({
        quantity: delta,
        amount: String(Number(delta) * 10),
        period_start: '2026-03-01T00:00:00.000Z',
        period_end: '2026-04-01T00:00:00.000Z',
      });
      // Billed once: the next invoice has no second adjustment for March.
      await advanceTo(h, clock, '2026-06-01T02:00:00Z');
      expect((await invoicesOf(h, sub.id)).at(-1).lines.some((l: any) => l.type === 'adjustment')).toBe(
        false,
      );
      const events = await h.store.db
        .selectFrom('events')
        .select(['type', 'data'])
        .where('type', '=', 'usage.late_events_billed')
        .execute();
      expect(events.some((e) => (e.data as any).invoice === april.id)).toBe(true);
    },
  );

  it('an event inside the grace period lands on the draft itself, not as a late adjustment', async () => {
    const { clock, customer } = await clockedCustomer(h, '2026-03-01T00:00:00Z');
    const sub = await billing.subscriptions.create({ customer, pricing_plan: 'sum' });
    await advanceTo(h, clock, '2026-03-10T00:00:00Z');
    await send('sum', customer, 5, '2026-03-09T00:00:00Z', `${sub.id}-a`);
    await advanceTo(h, clock, '2026-04-01T00:10:00Z');
    await send('sum', customer, 2, '2026-03-31T23:00:00Z', `${sub.id}-b`);
    const upcoming = await h.api.get('/v1/invoices/upcoming', { subscription: sub.id });
    expect(upcoming.body).toMatchObject({ id: null, period_start: '2026-04-01T00:00:00.000Z' });
    await advanceTo(h, clock, '2026-04-01T02:00:00Z');
    const march = (await invoicesOf(h, sub.id)).at(-1);
    expect(march).toMatchObject({ status: 'open', total: '70' });
    expect(march.lines[0]).toMatchObject({ quantity: '7', amount: '70' });
  });

  it('the upcoming invoice shows usage so far, live', async () => {
    const { clock, customer } = await clockedCustomer(h, '2026-03-01T00:00:00Z');
    const sub = await billing.subscriptions.create({ customer, pricing_plan: 'sum' });
    await advanceTo(h, clock, '2026-03-15T00:00:00Z');
    await send('sum', customer, 12, '2026-03-14T00:00:00Z', `${sub.id}-u1`);
    const first = await h.api.get('/v1/invoices/upcoming', { subscription: sub.id });
    expect(first.body).toMatchObject({ total: '120', status: 'draft', subscription: sub.id });
    await send('sum', customer, 3, '2026-03-14T01:00:00Z', `${sub.id}-u2`);
    expect((await h.api.get('/v1/invoices/upcoming', { subscription: sub.id })).body.total).toBe('150');
  });
});
