import { beforeAll, describe, expect, it } from 'vitest';
import type { Billing } from '../app/billing.js';
import type { ResolvedPlan } from '../catalog/resolved-plan.js';
import { fixturePlan } from '../subscriptions/plan-fixtures.js';
import { advanceTo, clockedCustomer, fixtureBilling } from '../subscriptions/test-billing.js';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';

/**
 * Credits and revenue through real billing: usage burns a grant down in real time, the invoice
 * consumes it before tax, the journal follows delivery → invoice → payment, and a top-up's grant
 * takes effect when its invoice is paid.
 */
describe.each(TEST_STORES)('credits and revenue with billing on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });
  let billing: Billing;
  const plans = new Map<string, ResolvedPlan>();
  let clock: string;
  let customer: string;
  let meterId: string;

  const send = (value: string, timestamp: string) =>
    h.api.post('/v1/meter_events', { event_name: 'flow_calls', payload: { customer, value }, timestamp });
  const balance = async () => (await h.api.get(`/v1/customers/${customer}/credit_balance`)).body;
  const net = async (month: string) => {
    const res = await h.api.get('/v1/revenue/summary', { month, customer });
    return Object.fromEntries(
      res.body.accounts.map((a: { account: string; net: string }) => [a.account, a.net]),
    );
  };

  beforeAll(async () => {
    billing = fixtureBilling(h, plans);
    meterId = (
      await h.api.post('/v1/meters', { event_name: 'flow_calls', default_aggregation: { formula: 'sum' } })
    ).body.id;
    const base = fixturePlan({ id: 'U', currency: 'USD', usage: { meterId, unitAmount: '0.01' } });
    plans.set('U', {
      ...base,
      serviceActions: [
        {
          id: 'sa_weekly',
          version: 1,
          name: 'Weekly free calls',
          type: 'credit_grant',
          creditGrant: {
            amount: '1.00',
            currency: 'USD',
            category: 'promotional',
            applicability: { scope: 'metered' },
            priority: 10,
          },
          serviceInterval: { unit: 'week', count: 1 },
        },
      ],
    });
    ({ clock, customer } = await clockedCustomer(h, '2026-01-01T00:00:00Z', 'USD'));
    await billing.subscriptions.create({ customer, pricing_plan: 'U' });
  });

  it('burns grants down in real time against usage priced by the plan, in grant order', async () => {
    const grant = await h.api.post('/v1/credit_grants', {
      customer,
      amount: { currency: 'USD', value: '5.00' },
      category: 'promotional',
    });
    expect(grant.status).toBe(200);
    await advanceTo(h, clock, '2026-01-01T12:00:00Z');
    expect((await send('300', '2026-01-01T10:00:00Z')).status).toBe(200);
    const b = await balance();
    const usable = b.grants.filter((g: { status: string }) => g.status === 'active');
    const granted = usable.reduce(
      (s: number, g: { amount: { value: string } }) => s + Number(g.amount.value),
      0,
    );
    // 300 calls × 0.01 = 3.00: the weekly grant (priority 10) first, then the manual one
    expect(b.balances).toEqual([
      {
        currency: 'USD',
        granted: granted.toFixed(2),
        consumed: '3.00',
        available: (granted - 3).toFixed(2),
      },
    ]);
    const weekly = b.grants.find((g: { source: string }) => g.source === 'service_action');
    if (weekly) expect(weekly.available.value).toBe('0.00');
  });

  it('fires a spend alert once per service interval and a low-balance alert', async () => {
    const spend = await h.api.post('/v1/alerts', {
      customer,
      type: 'spend',
      billable_item: 'bi_use_U',
      threshold: '2',
    });
    expect(spend.status).toBe(200);
    const low = await h.api.post('/v1/alerts', {
      customer,
      type: 'credit_balance',
      currency: 'USD',
      threshold: '100',
    });
    const usage = await h.api.post('/v1/alerts', {
      customer,
      type: 'usage',
      meter: meterId,
      threshold: '1000000',
    });
    expect(usage.body.type).toBe('usage');
    expect(
      (await h.api.post('/v1/alerts', { customer, type: 'usage', threshold: '1' })).body.error,
    ).toMatchObject({
      code: 'parameter_missing',
      param: 'meter',
    });
    expect(await h.tariff.services.alerts.evaluateDue(h.clock.now())).toBe(2);
    expect(await h.tariff.services.alerts.evaluateDue(h.clock.now())).toBe(0);
    expect(low.body.status).toBe('active');
  });

  it('books delivered days, consumes credits on the invoice before tax, and follows it to cash', async () => {
    await advanceTo(h, clock, '2026-01-09T12:00:00Z');
    await send('700', '2026-01-09T10:00:00Z');
    // the advance books the clock's customers' completed days itself; the job finds nothing more
    await advanceTo(h, clock, '2026-01-10T00:00:00Z');
    await h.tariff.services.revenue.recognizeDue(h.clock.now());
    const jan = await net('2026-01');
    expect(jan.revenue).toBe('10.00');
    expect(jan.unbilled_ar).toBe('10.00');
    await h.tariff.services.revenue.recognizeDue(h.clock.now());
    expect((await net('2026-01')).revenue).toBe('10.00');

    await advanceTo(h, clock, '2026-02-01T02:00:00Z');
    const invoices = (await h.api.get('/v1/invoices', { customer, limit: 10 })).body.data;
    const january = invoices.find((i: { period_end: string }) => i.period_end === '2026-02-01T00:00:00.000Z');
    expect(january).toMatchObject({ status: 'open', subtotal: '10.00' });
    const credits = Number(january.credits_applied);
    expect(credits).toBeGreaterThanOrEqual(5);
    expect(Number(january.total)).toBeCloseTo(10 - credits, 2);
    const ledger = (await h.api.get(`/v1/customers/${customer}/credit_transactions`, { limit: 100 })).body
      .data;
    const consumed = ledger
      .filter((t: { type: string; invoice: string }) => t.type === 'consumed' && t.invoice === january.id)
      .reduce((s: number, t: { amount: { value: string } }) => s - Number(t.amount.value), 0);
    expect(consumed.toFixed(2)).toBe(january.credits_applied);

    const feb = await net('2026-02');
    // usage leaves unbilled_ar; promotional credits reduce revenue; ar gets the total
    expect(feb.unbilled_ar).toBe('-10.00');
    expect(feb.ar).toBe(january.total);
    expect(feb.revenue).toBe((-credits).toFixed(2));

    await h.api.post(`/v1/invoices/${january.id}/pay`, {});
    const after = await net('2026-02');
    expect(after.cash).toBe(january.total);
    expect(after.ar ?? '0.00').toBe('0.00');
  });

  it('a top-up invoices the amount and its grant takes effect when the invoice is paid', async () => {
    const topUp = await h.api.post(`/v1/customers/${customer}/top_ups`, {
      amount: { currency: 'USD', value: '20.00' },
    });
    expect(topUp.status).toBe(200);
    expect(topUp.body).toMatchObject({ object: 'top_up', status: 'pending', amount: { value: '20.00' } });
    const invoice = (await h.api.get(`/v1/invoices/${topUp.body.invoice}`)).body;
    expect(invoice).toMatchObject({ status: 'open', total: '20.00', credits_applied: '0.00' });
    expect((await h.api.get(`/v1/credit_grants/${topUp.body.credit_grant}`)).body.status).toBe('pending');
    await h.api.post(`/v1/invoices/${invoice.id}/pay`, {});
    const grant = (await h.api.get(`/v1/credit_grants/${topUp.body.credit_grant}`)).body;
    expect(grant).toMatchObject({ status: 'active', category: 'paid', remaining: { value: '20.00' } });
    expect((await h.api.get(`/v1/customers/${customer}/top_ups`)).body.data[0].status).toBe('paid');
    const entries = (
      await h.api.get('/v1/revenue/journal', { customer, source: 'invoice_finalized', limit: 100 })
    ).body.data;
    const deferred = entries.filter(
      (e: { source_id: string; account: string }) => e.source_id === invoice.id,
    );
    expect(deferred.map((e: { account: string }) => e.account).sort()).toEqual(['ar', 'deferred_revenue']);
  });

  it('issues a grant per service interval from the plan, expiring at its end', async () => {
    const grants = (await h.api.get('/v1/credit_grants', { customer, limit: 100 })).body.data.filter(
      (g: { source: string }) => g.source === 'service_action',
    );
    expect(grants.length).toBeGreaterThanOrEqual(4);
    for (const g of grants) {
      expect(new Date(g.expires_at).getTime() - new Date(g.effective_at).getTime()).toBe(7 * 86_400_000);
      expect(g.amount).toEqual({ currency: 'USD', value: '1.00' });
    }
  });
});
