import { beforeAll, describe, expect, it } from 'vitest';
import type { Billing } from '../app/billing.js';
import type { ResolvedPlan } from '../catalog/resolved-plan.js';
import { fixturePlan } from '../subscriptions/plan-fixtures.js';
import { advanceTo, clockedCustomer, fixtureBilling, invoicesOf } from '../subscriptions/test-billing.js';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';

/**
 * Seed 004's worked journal again, this time through real billing: 1 USD API calls on a
 * quarterly service interval and cadence from January 2025, 40, 35 and 25 calls delivered in
 * January, February and March, the worker booking each month as it passes, one invoice of
 * 100 USD issued in April and paid in May.
 */
describe.each(TEST_STORES)('seed 004 through real invoices on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });
  let billing: Billing;
  const plans = new Map<string, ResolvedPlan>();

  beforeAll(async () => {
    billing = fixtureBilling(h, plans);
    const meter = await h.api.post('/v1/meters', {
      event_name: 'seed_calls',
      default_aggregation: { formula: 'sum' },
    });
    const quarter = { unit: 'month' as const, count: 3 };
    plans.set(
      'Q',
      fixturePlan({
        id: 'Q',
        currency: 'USD',
        usage: { meterId: meter.body.id, unitAmount: '1', interval: quarter },
      }),
    );
  });

  it('books 40 / 35 / 25 as delivered, 100 to ar in April and to cash in May', async () => {
    const { clock, customer } = await clockedCustomer(h, '2025-01-01T00:00:00Z', 'USD');
    const sub = await billing.subscriptions.create({
      customer,
      pricing_plan: 'Q',
      billing_cadence: { interval: 'month', interval_count: 3 },
    });
    const month = async (delivered: string, at: string, next: string) => {
      await advanceTo(h, clock, at);
      const res = await h.api.post('/v1/meter_events', {
        event_name: 'seed_calls',
        payload: { customer, value: delivered },
        timestamp: at,
      });
      expect(res.status).toBe(200);
      await advanceTo(h, clock, next);
      await h.tariff.worker.runOnce();
    };
    await month('40', '2025-01-15T00:00:00Z', '2025-02-01T00:00:00Z');
    await month('35', '2025-02-15T00:00:00Z', '2025-03-01T00:00:00Z');
    await month('25', '2025-03-15T00:00:00Z', '2025-04-01T00:00:00Z');
    await advanceTo(h, clock, '2025-04-02T00:00:00Z');
    const invoice = (await invoicesOf(h, sub.id)).find((i) => i.status === 'open');
    expect(invoice).toMatchObject({ total: '100.00', period_end: '2025-04-01T00:00:00.000Z' });
    await advanceTo(h, clock, '2025-05-06T00:00:00Z');
    expect((await h.api.post(`/v1/invoices/${invoice.id}/pay`, {})).body.status).toBe('paid');

    const net = async (m: string) => {
      const res = await h.api.get('/v1/revenue/summary', { month: m, customer });
      return Object.fromEntries(
        res.body.accounts.map((a: { account: string; net: string }) => [a.account, a.net]),
      );
    };
    expect(await net('2025-01')).toEqual({ revenue: '40.00', unbilled_ar: '40.00' });
    expect(await net('2025-02')).toEqual({ revenue: '35.00', unbilled_ar: '35.00' });
    expect(await net('2025-03')).toEqual({ revenue: '25.00', unbilled_ar: '25.00' });
    expect(await net('2025-04')).toEqual({ ar: '100.00', unbilled_ar: '-100.00' });
    expect(await net('2025-05')).toEqual({ ar: '-100.00', cash: '100.00' });
  });
});
