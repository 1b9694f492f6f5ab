import { describe, expect, it } from 'vitest';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';

/**
 * One customer through the public API only: a plan with a monthly fee, metered calls and a
 * weekly credit from a service action; usage burns the weekly grant in real time; the January
 * invoice consumes the weekly grants before tax; expired grants are written off only once the
 * invoice that bills their week has been issued; the journal shows January's revenue.
 */
describe.each(TEST_STORES)('credits and revenue through the public API on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });
  const ok = async (p: Promise<{ status: number; body: any }>) => {
    const res = await p;
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };

  it('runs a month of a plan with a service action', async () => {
    const meter = await ok(
      h.api.post('/v1/meters', { event_name: 'scenario_calls', default_aggregation: { formula: 'sum' } }),
    );
    const calls = await ok(
      h.api.post('/v1/billable_items', { type: 'metered', name: 'Calls', meter: meter.id }),
    );
    const seat = await ok(h.api.post('/v1/billable_items', { type: 'licensed', name: 'Platform' }));
    const card = await ok(
      h.api.post('/v1/rate_cards', { name: 'Usage', currency: 'USD', service_interval: 'month' }),
    );
    await ok(
      h.api.post(`/v1/rate_cards/${card.id}/rates`, {
        billable_item: calls.id,
        price: { type: 'per_unit', unit_amount: '0.01' },
      }),
    );
    const fee = await ok(
      h.api.post('/v1/license_fees', {
        licensed_item: seat.id,
        currency: 'USD',
        unit_amount: '20',
        service_interval: 'month',
      }),
    );
    const weekly = await ok(
      h.api.post('/v1/service_actions', {
        type: 'credit_grant',
        name: 'Weekly free calls',
        credit_grant: { amount: { currency: 'USD', value: '1.00' }, category: 'promotional', priority: 10 },
        service_interval: 'week',
      }),
    );
    const plan = await ok(
      h.api.post('/v1/pricing_plans', {
        name: 'Scenario plan',
        currency: 'USD',
        components: [
          { type: 'rate_card', rate_card: card.id },
          { type: 'license_fee', license_fee: fee.id },
          { type: 'service_action', service_action: weekly.id },
        ],
      }),
    );
    const clock = await ok(h.api.post('/v1/test_clocks', { frozen_time: '2026-01-01T00:00:00Z' }));
    const customer = (
      await ok(h.api.post('/v1/customers', { name: 'Scenario', currency: 'USD', test_clock: clock.id }))
    ).id;
    await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.id }));
    const advance = (to: string) =>
      ok(h.api.post(`/v1/test_clocks/${clock.id}/advance`, { frozen_time: to }));
    const balance = async () => (await ok(h.api.get(`/v1/customers/${customer}/credit_balance`))).balances;
    const grants = async () =>
      (await ok(h.api.get('/v1/credit_grants', { customer, limit: 100 }))).data.filter(
        (g: { source: string }) => g.source === 'service_action',
      );

    expect(
      (await grants()).map((g: { effective_at: string; expires_at: string }) => [
        g.effective_at,
        g.expires_at,
      ]),
    ).toEqual([['2026-01-01T00:00:00.000Z', '2026-01-08T00:00:00.000Z']]);
    await advance('2026-01-02T00:00:00Z');
    await ok(
      h.api.post('/v1/meter_events', {
        event_name: 'scenario_calls',
        payload: { customer, value: '150' },
        timestamp: '2026-01-01T12:00:00Z',
      }),
    );
    // 150 calls = 1.50 USD: the 1.00 weekly grant is used up in real time
    expect(await balance()).toEqual([
      { currency: 'USD', granted: '1.00', consumed: '1.00', available: '0.00' },
    ]);

    await advance('2026-01-10T00:00:00Z');
    await h.tariff.worker.runOnce();
    const first = (await grants()).find((g: { effective_at: string }) =>
      g.effective_at.startsWith('2026-01-01'),
    );
    // past its expiry, but January's invoice has not been issued yet: nothing is written off
    expect(first).toMatchObject({ status: 'active', remaining: { value: '1.00' } });

    await advance('2026-02-01T02:00:00Z');
    const invoices = (await ok(h.api.get('/v1/invoices', { customer, limit: 10 }))).data;
    const january = invoices.find((i: { subtotal: string }) => i.subtotal === '21.50');
    expect(january).toMatchObject({ status: 'open', credits_applied: '1.50', total: '20.00' });
    await h.tariff.worker.runOnce();
    const after = await grants();
    const byStart = (d: string) => after.find((g: { effective_at: string }) => g.effective_at.startsWith(d));
    expect(byStart('2026-01-01')).toMatchObject({ status: 'expired', remaining: { value: '0.00' } });
    expect(byStart('2026-01-08')).toMatchObject({ status: 'expired', remaining: { value: '0.00' } });
    const ledger = (await ok(h.api.get(`/v1/customers/${customer}/credit_transactions`, { limit: 100 })))
      .data;
    const second = byStart('2026-01-08').id;
    expect(
      ledger
        .filter((t: { credit_grant: string }) => t.credit_grant === second)
        .map((t: { type: string; amount: { value: string } }) => [t.type, t.amount.value]),
    ).toEqual([
      ['expired', '-0.50'],
      ['consumed', '-0.50'],
      ['granted', '1.00'],
    ]);

    const summary = await ok(h.api.get('/v1/revenue/summary', { month: '2026-01', customer }));
    const net = Object.fromEntries(
      summary.accounts.map((a: { account: string; net: string }) => [a.account, a.net]),
    );
    // January: 1.50 of calls delivered and the 20.00 January fee earned over the month
    expect(net.revenue).toBe('21.50');
    expect(net.unbilled_ar).toBe('1.50');
  });
});
