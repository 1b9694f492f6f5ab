import { describe, expect, it } from 'vitest';
import { useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import { advance, clockedCustomer, makePlan, ok, paidCommitment, usage } from './fixtures.js';

/** Credits less debits in cents, of one account or of the whole journal. */
const cents = (entries: any[], account?: string) =>
  entries
    .filter((e) => account === undefined || e.account === account)
    .reduce((acc, e) => acc + Math.round((Number(e.credit) - Number(e.debit)) * 100), 0);

/**
 * Breakage (docs/credits-revenue.md): paid credits sold on an invoice and expiring unused leave
 * deferred_revenue for breakage_revenue at the write-off, once; promotional credits book nothing.
 * On a test clock in test mode, through the expiry.
 */
describe.each(TEST_STORES)('credit breakage on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });
  const journal = async (customer: string) => {
    const all: any[] = [];
    for (let after: string | undefined; ; ) {
      const j = await ok(
        h.api.get('/v1/revenue/journal', {
          customer,
          limit: 100,
          ...(after ? { starting_after: after } : {}),
        }),
      );
      all.push(...j.data);
      if (!j.has_more) return all;
      after = j.data.at(-1).id;
    }
  };

  it('a $100 prepaid commitment, $30 used: $70 of breakage at the term end, deferred revenue back to 0', async () => {
    const { plan, clock, customer } = await paidCommitment(h.api, '2026-01-01T00:00:00Z', '100');
    await advance(h.api, clock, '2026-01-10T00:00:00Z');
    await usage(h.api, plan.eventName as string, customer, 30, '2026-01-10T00:00:00Z');
    await advance(h.api, clock, '2026-01-31T00:00:00Z');
    expect(cents(await journal(customer), 'deferred_revenue')).toBe(10_000);
    expect(cents(await journal(customer), 'breakage_revenue')).toBe(0);
    await advance(h.api, clock, '2026-02-01T02:00:00Z');
    await advance(h.api, clock, '2026-02-02T02:00:00Z');
    const entries = await journal(customer);
    const breakage = entries.filter((e) => e.source === 'credit_breakage');
    expect(breakage.map((e) => [e.account, e.debit, e.credit, e.currency, e.recognized_at])).toEqual(
      expect.arrayContaining([
        ['deferred_revenue', '70.00', '0.00', 'USD', '2026-02-01T00:00:00.000Z'],
        ['breakage_revenue', '0.00', '70.00', 'USD', '2026-02-01T00:00:00.000Z'],
      ]),
    );
    expect(breakage).toHaveLength(2);
    expect([
      cents(entries, 'deferred_revenue'),
      cents(entries, 'revenue'),
      cents(entries, 'breakage_revenue'),
      cents(entries),
    ]).toEqual([0, 3_000, 7_000, 0]);
  });

  it('a top-up that expires untouched is all breakage; a promotional grant books nothing', async () => {
    const { clock, customer } = await clockedCustomer(h.api, '2026-03-01T00:00:00Z', 'USD');
    const top = await ok(
      h.api.post(`/v1/customers/${customer}/top_ups`, {
        amount: { currency: 'USD', value: '25' },
        expires_at: '2026-03-15T00:00:00Z',
      }),
    );
    await ok(h.api.post(`/v1/invoices/${top.invoice}/pay`, {}));
    await ok(
      h.api.post('/v1/credit_grants', {
        customer,
        amount: { currency: 'USD', value: '40' },
        category: 'promotional',
        expires_at: '2026-03-15T00:00:00Z',
      }),
    );
    await advance(h.api, clock, '2026-03-16T00:00:00Z');
    const entries = await journal(customer);
    expect([cents(entries, 'deferred_revenue'), cents(entries, 'breakage_revenue'), cents(entries)]).toEqual([
      0, 2_500, 0,
    ]);
    const grants = await ok(h.api.get('/v1/credit_grants', { customer }));
    expect(grants.data.map((g: any) => g.status)).toEqual(['expired', 'expired']);
    // Expiry runs again on the next advance: nothing is booked twice.
    await advance(h.api, clock, '2026-03-17T00:00:00Z');
    expect(cents(await journal(customer), 'breakage_revenue')).toBe(2_500);
  });

  // Voiding an invoice gives its consumption back to the grants it used; a grant that has expired
  // since writes that credit off again at once (src/credits/invoice-credits.ts), and the void's
  // reversal has put the released revenue back into deferred_revenue: that is breakage too.
  it('voiding an invoice that used a top-up expired since books the returned credit as breakage', async () => {
    const plan = await makePlan(h.api, { currency: 'USD', fee: '50', usage: { unitAmount: '1' } });
    const { clock, customer } = await clockedCustomer(h.api, '2026-03-01T00:00:00Z', 'USD');
    await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));
    const top = await ok(
      h.api.post(`/v1/customers/${customer}/top_ups`, {
        amount: { currency: 'USD', value: '25' },
        expires_at: '2026-04-10T00:00:00Z',
      }),
    );
    await ok(h.api.post(`/v1/invoices/${top.invoice}/pay`, {}));
    await advance(h.api, clock, '2026-03-10T00:00:00Z');
    await usage(h.api, plan.eventName as string, customer, 30, '2026-03-10T00:00:00Z');
    await advance(h.api, clock, '2026-04-01T02:00:00Z');
    await advance(h.api, clock, '2026-04-02T02:00:00Z');
    const invoices = await ok(h.api.get('/v1/invoices', { customer, limit: 100 }));
    // April's invoice: March's 30 calls and April's fee, $80, less the top-up's $25 of credit.
    const april = invoices.data.find((i: any) => i.status === 'open' && i.total === '55.00');
    expect(invoices.data.map((i: any) => [i.status, i.total, i.amount_due])).toContainEqual([
      'open',
      '55.00',
      '55.00',
    ]);
    await advance(h.api, clock, '2026-04-12T00:00:00Z');
    const grants = async () =>
      (await ok(h.api.get('/v1/credit_grants', { customer }))).data.map((g: any) => [
        g.status,
        g.remaining.value,
      ]);
    expect(await grants()).toEqual([['expired', '0.00']]);
    expect(cents(await journal(customer), 'breakage_revenue')).toBe(0);

    await ok(h.api.post(`/v1/invoices/${april.id}/void`, {}));
    const entries = await journal(customer);
    expect(await grants()).toEqual([['expired', '0.00']]);
    expect([cents(entries, 'deferred_revenue'), cents(entries, 'breakage_revenue'), cents(entries)]).toEqual([
      0, 2_500, 0,
    ]);
    const breakage = entries.filter((e) => e.source === 'credit_breakage');
    expect(breakage.map((e) => [e.account, e.debit, e.credit])).toEqual(
      expect.arrayContaining([
        ['deferred_revenue', '25.00', '0.00'],
        ['breakage_revenue', '0.00', '25.00'],
      ]),
    );
  });
});
