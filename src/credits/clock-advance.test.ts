import { describe, expect, it } from 'vitest';
import { readJournal } from '../revenue/journal-fixture.js';
import { advanceTo, clockedCustomer } from '../subscriptions/test-billing.js';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { useUsagePlan } from './usage-plan-fixture.js';
import '../alerts/tables.js';

/** Advancing a test clock runs grant expiry, revenue recognition and alerts for its customers. */
describe.each(TEST_STORES)('test-clock advance runs credits, revenue and alerts on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });
  const fixture = useUsagePlan(h, 'clock_calls', 'C');

  it('expires a grant mid-way and books usage up to the clock time, without the worker', async () => {
    const { clock, customer } = await clockedCustomer(h, '2026-03-01T00:00:00Z');
    await fixture.billing.subscriptions.create({ customer, pricing_plan: 'C' });
    const grant = await h.api.post('/v1/credit_grants', {
      customer,
      amount: { currency: 'JPY', value: '500' },
      category: 'promotional',
      expires_at: '2026-03-10T00:00:00Z',
    });
    const alert = await h.api.post('/v1/alerts', {
      customer,
      type: 'credit_balance',
      currency: 'JPY',
      threshold: '100',
    });
    expect(alert.status).toBe(200);
    await advanceTo(h, clock, '2026-03-02T00:00:00Z');
    await h.api.post('/v1/meter_events', {
      event_name: 'clock_calls',
      payload: { customer, value: '5' },
      timestamp: '2026-03-01T12:00:00Z',
    });
    const advanced = await advanceTo(h, clock, '2026-03-15T00:00:00Z');
    expect(advanced.actions.credits_and_revenue).toMatchObject({ credit_grants_expired: 1 });
    expect(advanced.actions.credits_and_revenue.revenue_usage_booked).toBeGreaterThan(0);

    const after = await h.api.get(`/v1/credit_grants/${grant.body.id}`);
    expect(after.body.status).toBe('expired');
    const entries = await readJournal(h, customer);
    const delivered = entries.filter((e) => e.source === 'usage_delivered' && e.account === 'revenue');
    expect(delivered.reduce((s, e) => s + Number(e.credit) - Number(e.debit), 0)).toBe(50);
    expect(delivered.every((e) => e.recognized_at < '2026-03-15T00:00:00.000Z')).toBe(true);
    // the balance fell below the alert's threshold when the grant expired, at the clock's time
    const firings = await h.store.db
      .selectFrom('alert_firings')
      .select(['fired_at', 'value'])
      .where('alert_id', '=', alert.body.id)
      .execute();
    expect(firings.map((f) => [f.fired_at.toISOString(), f.value])).toEqual([
      ['2026-03-15T00:00:00.000Z', '0'],
    ]);
    expect(advanced.actions.credits_and_revenue.alerts_triggered).toBe(1);
  });

  it('counts the ended period in the grace hour, before its invoice consumes the credits, and once after', async () => {
    const { clock, customer } = await clockedCustomer(h, '2026-03-01T00:00:00Z');
    await fixture.billing.subscriptions.create({ customer, pricing_plan: 'C' });
    await h.api.post('/v1/credit_grants', {
      customer,
      amount: { currency: 'JPY', value: '500' },
      category: 'promotional',
    });
    await advanceTo(h, clock, '2026-03-20T00:00:00Z');
    await h.api.post('/v1/meter_events', {
      event_name: 'clock_calls',
      payload: { customer, value: '5' },
      timestamp: '2026-03-20T00:00:00Z',
    });
    const available = async () =>
      (await h.api.get(`/v1/customers/${customer}/credit_balance`)).body.balances[0].available;
    expect(await available()).toBe('450');
    // March closed 20 minutes ago: its invoice is a draft until the grace hour ends. The balance
    // read 500 here before: the ended period's 50 was in neither the open interval nor the ledger.
    await advanceTo(h, clock, '2026-04-01T00:20:00Z');
    expect(await available()).toBe('450');
    await advanceTo(h, clock, '2026-04-01T02:00:00Z');
    expect(await available()).toBe('450');
  });
});
