import { beforeAll, describe, expect, it } from 'vitest';
import type { Billing } from '../app/billing.js';
import type { ResolvedPlan } from '../catalog/resolved-plan.js';
import { fixturePlan } from '../subscriptions/plan-fixtures.js';
import { advanceTo, clockedCustomer, fixtureBilling, invoicesOf } from '../subscriptions/test-billing.js';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { balanceOf, readJournal } from './journal-fixture.js';

describe.each(TEST_STORES)('a voided late-usage adjustment on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });
  let billing: Billing;
  const plans = new Map<string, ResolvedPlan>();

  beforeAll(async () => {
    billing = fixtureBilling(h, plans);
    const meterId = (
      await h.api.post('/v1/meters', { event_name: 'void_calls', default_aggregation: { formula: 'sum' } })
    ).body.id;
    plans.set('U', fixturePlan({ id: 'U', currency: 'JPY', usage: { meterId, unitAmount: '10' } }));
  });

  it('is booked as revenue once: the delivered usage stays earned, unbilled again', async () => {
    const { clock, customer } = await clockedCustomer(h, '2026-03-01T00:00:00Z');
    const sub = await billing.subscriptions.create({ customer, pricing_plan: 'U' });
    const send = (value: string, timestamp: string) =>
      h.api.post('/v1/meter_events', { event_name: 'void_calls', payload: { customer, value }, timestamp });
    await advanceTo(h, clock, '2026-03-02T00:00:00Z');
    await send('10', '2026-03-01T12:00:00Z');
    await advanceTo(h, clock, '2026-04-05T00:00:00Z');
    // Late: March was invoiced on April 1 (100); these 5 calls of March 20 arrive on April 5.
    await send('5', '2026-03-20T00:00:00Z');
    await advanceTo(h, clock, '2026-05-01T02:00:00Z');
    const april = (await invoicesOf(h, sub.id)).at(-1);
    expect(april.lines.map((l: any) => [l.type, l.amount])).toEqual([
      ['usage', '0'],
      ['adjustment', '50'],
    ]);
    expect((await h.api.post(`/v1/invoices/${april.id}/void`)).body.status).toBe('void');
    await advanceTo(h, clock, '2026-06-01T02:00:00Z');
    const all = await invoicesOf(h, sub.id);
    const adjustments = all
      .filter((i: any) => i.status !== 'void')
      .flatMap((i: any) => i.lines.filter((l: any) => l.type === 'adjustment'));
    // A void is not billed again by itself (as Stripe's): the next invoices carry no adjustment.
    expect(adjustments).toEqual([]);
    await h.inMode(() => h.tariff.services.revenue.recognizeDue(h.clock.now()));
    const books = await readJournal(h, customer);
    // March delivered 15 calls: 150 of revenue, once, whatever was voided. 100 of it is owed
    // (March's invoice), the voided 50 is unbilled again.
    expect(balanceOf(books, 'revenue')).toBe(150);
    expect(balanceOf(books, 'ar')).toBe(-100);
    expect(balanceOf(books, 'unbilled_ar')).toBe(-50);
  });
});
