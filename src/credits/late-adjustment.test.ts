import { describe, expect, it } from 'vitest';
import { everyTransactionBalances, readJournal } from '../revenue/journal-fixture.js';
import { advanceTo, clockedCustomer, invoicesOf } from '../subscriptions/test-billing.js';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { useUsagePlan } from './usage-plan-fixture.js';

/** A negative late-usage adjustment gives credit back to the grants that paid for that usage. */
describe.each(TEST_STORES)('negative late adjustments and credits on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });
  const fixture = useUsagePlan(h, 'late_calls', 'L');

  /** March: 50 calls (500 JPY) paid by a 400 JPY promotional grant; then 30 calls are cancelled. */
  async function marchPaidByCredit(prefix: string) {
    const { clock, customer } = await clockedCustomer(h, '2026-03-01T00:00:00Z');
    const sub = await fixture.billing.subscriptions.create({ customer, pricing_plan: 'L' });
    const grant = await h.api.post('/v1/credit_grants', {
      customer,
      amount: { currency: 'JPY', value: '400' },
      category: 'promotional',
    });
    await advanceTo(h, clock, '2026-03-06T00:00:00Z');
    for (const [id, value] of [
      [`${prefix}-1`, '30'],
      [`${prefix}-2`, '20'],
    ])
      await h.api.post('/v1/meter_events', {
        event_name: 'late_calls',
        identifier: id,
        payload: { customer, value },
        timestamp: '2026-03-05T00:00:00Z',
      });
    await advanceTo(h, clock, '2026-04-01T02:00:00Z');
    const march = (await invoicesOf(h, sub.id)).find((i) => i.status === 'open');
    expect(march).toMatchObject({ subtotal: '500', credits_applied: '400', total: '100' });
    await h.api.post(`/v1/invoices/${march.id}/pay`, {});
    await advanceTo(h, clock, '2026-04-05T00:00:00Z');
    await h.api.post('/v1/meter_events/cancel', { event_name: 'late_calls', identifier: `${prefix}-1` });
    return { clock, customer, sub, grant: grant.body.id as string };
  }

  it('restores the credit first and lets only the rest reduce the invoice', async () => {
    const { clock, customer, sub, grant } = await marchPaidByCredit('r');
    await advanceTo(h, clock, '2026-05-01T02:00:00Z');
    const april = (await invoicesOf(h, sub.id)).find((i) => i.period_end === '2026-05-01T00:00:00.000Z');
    const adjustment = april.lines.find((l: { type: string }) => l.type === 'adjustment');
    expect(adjustment.amount).toBe('-300');
    // the 300 comes back to the grant (it had paid 400), so nothing becomes customer balance
    expect(april).toMatchObject({ credits_applied: '-300', total: '0', balance_applied: '0' });
    const ledger = (await h.api.get(`/v1/customers/${customer}/credit_transactions`)).body.data;
    expect(ledger.filter((t: { type: string }) => t.type === 'restored')).toMatchObject([
      { credit_grant: grant, amount: { value: '300' }, invoice: april.id, invoice_line: adjustment.id },
    ]);
    expect((await h.api.get(`/v1/credit_grants/${grant}`)).body.remaining.value).toBe('300');
    const entries = await readJournal(h, customer);
    expect(everyTransactionBalances(entries)).toBe(true);
    const net = (account: string) =>
      entries
        .filter((e) => e.account === account)
        .reduce((s, e) => s + Number(e.credit) - Number(e.debit), 0) + 0;
    // 200 of calls delivered, 100 of it paid by credit: revenue equals the cash received
    expect(net('revenue')).toBe(100);
    expect(net('customer_balance')).toBe(0);
  });

  it('the credit given back pays for new usage; voiding that invoice takes it all back', async () => {
    const { clock, customer, sub, grant } = await marchPaidByCredit('w');
    await h.api.post('/v1/meter_events', {
      event_name: 'late_calls',
      payload: { customer, value: '100' },
      timestamp: '2026-04-03T00:00:00Z',
    });
    await advanceTo(h, clock, '2026-05-01T02:00:00Z');
    const april = (await invoicesOf(h, sub.id)).find((i) => i.period_end === '2026-05-01T00:00:00.000Z');
    // 1,000 of April usage, −300 adjustment: the 300 restored to the grant pays for April's usage
    expect(april).toMatchObject({ subtotal: '700', credits_applied: '0', total: '700', status: 'open' });
    expect((await h.api.get(`/v1/credit_grants/${grant}`)).body.remaining.value).toBe('0');
    expect((await h.api.post(`/v1/invoices/${april.id}/void`, {})).body.status).toBe('void');
    // as before April's invoice: March's usage consumed the whole grant
    expect((await h.api.get(`/v1/credit_grants/${grant}`)).body.remaining.value).toBe('0');
    const ledger = (await h.api.get(`/v1/customers/${customer}/credit_transactions`)).body.data;
    const sum = ledger.reduce((s: number, t: { amount: { value: string } }) => s + Number(t.amount.value), 0);
    expect(sum).toBe(0);
  });

  it('gives nothing back to a voided grant: the adjustment reduces the invoice', async () => {
    const { clock, sub, grant } = await marchPaidByCredit('v');
    await h.api.post(`/v1/credit_grants/${grant}/void`);
    await advanceTo(h, clock, '2026-05-01T02:00:00Z');
    const april = (await invoicesOf(h, sub.id)).find((i) => i.period_end === '2026-05-01T00:00:00.000Z');
    expect(april).toMatchObject({ credits_applied: '0', total: '-300' });
  });
});
