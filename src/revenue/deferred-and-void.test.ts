import { beforeAll, describe, expect, it } from 'vitest';
import type { Billing } from '../app/billing.js';
import type { ResolvedPlan } from '../catalog/resolved-plan.js';
import { fixturePlan } from '../subscriptions/plan-fixtures.js';
import { advanceTo, clockedCustomer, fixtureBilling, invoicesOf } from '../subscriptions/test-billing.js';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { balanceOf } from './journal-fixture.js';

type Entry = { account: string; debit: string; credit: string; source: string; recognized_at: string };

/** Fees billed in advance earned per second, max meters booked at the close, voids reversed. */
describe.each(TEST_STORES)('deferred revenue, max meters and voids on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });
  let billing: Billing;
  const plans = new Map<string, ResolvedPlan>();
  let meterId: string;

  const journal = async (customer: string): Promise<Entry[]> => {
    const out: (Entry & { id: string })[] = [];
    for (;;) {
      const after = out.at(-1)?.id;
      const res = await h.api.get('/v1/revenue/journal', { customer, limit: 100, starting_after: after });
      out.push(...res.body.data);
      if (!res.body.has_more) return out;
    }
  };

  beforeAll(async () => {
    billing = fixtureBilling(h, plans);
    meterId = (
      await h.api.post('/v1/meters', { event_name: 'peak_seats', default_aggregation: { formula: 'max' } })
    ).body.id;
    plans.set('F', fixturePlan({ id: 'F', currency: 'JPY', fee: '3100' }));
    plans.set('M', fixturePlan({ id: 'M', currency: 'JPY', usage: { meterId, unitAmount: '100' } }));
  });

  it('defers a license fee at finalization and earns it per second over its service interval', async () => {
    const { clock, customer } = await clockedCustomer(h, '2026-02-01T00:00:00Z');
    await billing.subscriptions.create({ customer, pricing_plan: 'F' });
    await advanceTo(h, clock, '2026-03-01T02:00:00Z');
    // the first invoice (February's fee) and the period-end one (March's) are both finalized
    const inMarch = (e: Entry) =>
      e.recognized_at >= '2026-03-01T00:00:00.000Z' && e.recognized_at < '2026-04-01T00:00:00.000Z';
    const march = (await journal(customer)).filter((e) => e.source === 'invoice_finalized' && inMarch(e));
    expect(march.map((e) => [e.account, e.debit, e.credit]).sort()).toEqual([
      ['ar', '3100', '0'],
      ['deferred_revenue', '0', '3100'],
    ]);
    await advanceTo(h, clock, '2026-03-11T05:00:00Z');
    await h.inMode(() => h.tariff.services.revenue.recognizeDue(h.clock.now()));
    // 10 of March's 31 days have passed: 1,000 of 3,100, one transaction per day
    const earnedInMarch = async () =>
      (await journal(customer)).filter(
        (e) => e.source === 'deferred_earned' && e.account === 'revenue' && inMarch(e),
      );
    expect(balanceOf(await earnedInMarch(), 'revenue')).toBe(1000);
    expect(await earnedInMarch()).toHaveLength(10);
    // February's fee was earned in full by March 1
    const feb = (await journal(customer)).filter(
      (e) => e.source === 'deferred_earned' && e.recognized_at < '2026-03-01',
    );
    expect(balanceOf(feb, 'revenue')).toBe(3100);
    await h.inMode(() => h.tariff.services.revenue.recognizeDue(h.clock.now()));
    expect(await earnedInMarch()).toHaveLength(10);
    await advanceTo(h, clock, '2026-04-01T02:00:00Z');
    await h.inMode(() => h.tariff.services.revenue.recognizeDue(h.clock.now()));
    expect(balanceOf(await earnedInMarch(), 'revenue')).toBe(3100);
  });

  it('books a max meter only when its service interval closes', async () => {
    const { clock, customer } = await clockedCustomer(h, '2026-03-01T00:00:00Z');
    await billing.subscriptions.create({ customer, pricing_plan: 'M' });
    await advanceTo(h, clock, '2026-03-05T00:00:00Z');
    for (const value of ['30', '50', '20'])
      await h.api.post('/v1/meter_events', {
        event_name: 'peak_seats',
        payload: { customer, value },
        timestamp: '2026-03-04T12:00:00Z',
      });
    await advanceTo(h, clock, '2026-03-20T00:00:00Z');
    await h.inMode(() => h.tariff.services.revenue.recognizeDue(h.clock.now()));
    expect(await journal(customer)).toEqual([]);
    await advanceTo(h, clock, '2026-04-01T02:00:00Z');
    await h.inMode(() => h.tariff.services.revenue.recognizeDue(h.clock.now()));
    const entries = await journal(customer);
    expect(balanceOf(entries, 'revenue')).toBe(5000);
    expect(balanceOf(entries, 'unbilled_ar')).toBe(0);
    expect(entries.every((e) => e.recognized_at >= '2026-03-31T00:00:00.000Z')).toBe(true);
  });

  it('voiding an invoice reverses its bookings and gives its credits back', async () => {
    const { clock, customer } = await clockedCustomer(h, '2026-03-01T00:00:00Z');
    const sub = await billing.subscriptions.create({ customer, pricing_plan: 'M' });
    await h.api.post('/v1/credit_grants', {
      customer,
      amount: { currency: 'JPY', value: '1500' },
      category: 'paid',
    });
    await advanceTo(h, clock, '2026-03-02T00:00:00Z');
    await h.api.post('/v1/meter_events', {
      event_name: 'peak_seats',
      payload: { customer, value: '40' },
      timestamp: '2026-03-01T12:00:00Z',
    });
    await advanceTo(h, clock, '2026-04-01T02:00:00Z');
    const invoice = (await invoicesOf(h, sub.id)).find((i) => i.status === 'open');
    expect(invoice).toMatchObject({
      status: 'open',
      subtotal: '4000',
      credits_applied: '1500',
      total: '2500',
    });
    const before = await journal(customer);
    // paid credits consumed leave deferred_revenue
    expect(balanceOf(before, 'deferred_revenue')).toBe(-1500);
    expect((await h.api.get(`/v1/customers/${customer}/credit_balance`)).body.balances[0].available).toBe(
      '0',
    );

    expect((await h.api.post(`/v1/invoices/${invoice.id}/void`)).body.status).toBe('void');
    const after = await journal(customer);
    expect(after.filter((e) => e.source === 'invoice_voided').length).toBeGreaterThan(0);
    expect(balanceOf(after, 'ar')).toBe(0);
    expect(balanceOf(after, 'deferred_revenue')).toBe(0);
    // the delivered usage stays earned and unbilled again
    expect(balanceOf(after, 'revenue')).toBe(4000);
    expect(balanceOf(after, 'unbilled_ar')).toBe(-4000);
    const ledger = (await h.api.get(`/v1/customers/${customer}/credit_transactions`)).body.data;
    expect(ledger.map((t: { type: string }) => t.type)).toEqual(['restored', 'consumed', 'granted']);
    expect((await h.api.get(`/v1/customers/${customer}/credit_balance`)).body.balances[0].available).toBe(
      '1500',
    );
  });

  it('every transaction booked in this file sums to zero', async () => {
    const entries: (Entry & { id: string; transaction: string })[] = [];
    // Every customer here is on a test clock: each clock keeps its own books.
    const clocks = (await h.api.get('/v1/test_clocks')).body.data.map((c: { id: string }) => c.id);
    for (const test_clock of clocks) {
      const books: typeof entries = [];
      for (;;) {
        const res = await h.api.get('/v1/revenue/journal', {
          test_clock,
          limit: 100,
          starting_after: books.at(-1)?.id,
        });
        books.push(...res.body.data);
        if (!res.body.has_more) break;
      }
      entries.push(...books);
    }
    const sums = new Map<string, number>();
    for (const e of entries)
      sums.set(
        e.transaction,
        (sums.get(e.transaction) ?? 0) + Math.round((Number(e.debit) - Number(e.credit)) * 100),
      );
    expect(sums.size).toBeGreaterThan(40);
    expect([...sums.values()].every((v) => v === 0)).toBe(true);
    expect(new Set(entries.map((e) => e.source))).toEqual(
      new Set(['usage_delivered', 'invoice_finalized', 'deferred_earned', 'invoice_voided']),
    );
  });
});
