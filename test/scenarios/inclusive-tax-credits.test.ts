import { describe, expect, it } from 'vitest';
import { useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import { advance, clockedCustomer, invoicesOf, makePlan, ok, usage } from './fixtures.js';

/** Credits less debits of one account (or the whole journal), in yen. */
const yen = (entries: any[], account?: string) =>
  entries
    .filter((e) => account === undefined || e.account === account)
    .reduce((acc, e) => acc + Number(e.credit) - Number(e.debit), 0);

/**
 * Paid credits sold with consumption tax included in the price (docs/credits-revenue.md): a
 * ¥11,000 prepaid commitment is ¥10,000 of revenue and ¥1,000 of tax. Only the ¥10,000 enters
 * deferred revenue, and only the ¥10,000 leaves it, through consumption and breakage: deferred
 * revenue ends at exactly zero and revenue is the net, whatever the credits paid for.
 */
describe.each(TEST_STORES)('credits sold with inclusive tax on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });
  const journal = async (customer: string) => {
    const j = await ok(h.api.get('/v1/revenue/journal', { customer, limit: 100 }));
    expect(j.has_more).toBe(false);
    return j.data as any[];
  };

  /** A JPY usage plan (¥1 a unit) and a clocked customer charged 10 % consumption tax, included. */
  async function taxedJpyCustomer(start: string) {
    const plan = await makePlan(h.api, { currency: 'JPY', usage: { unitAmount: '1' } });
    const { clock, customer } = await clockedCustomer(h.api, start, 'JPY');
    const rate = await ok(
      h.api.post('/v1/tax_rates', {
        display_name: '消費税 10%',
        percentage: '10',
        inclusive: true,
        country: 'JP',
      }),
    );
    await ok(h.api.post(`/v1/customers/${customer}/tax_settings`, { tax_rates: [rate.id] }));
    return { plan, clock, customer };
  }

  async function jpyCommitment(start: string) {
    const { plan, clock, customer } = await taxedJpyCustomer(start);
    const sub = await ok(
      h.api.post('/v1/subscriptions', {
        customer,
        pricing_plan: plan.planId,
        prepaid_commitment: { amount: '11000', currency: 'JPY', term_months: 3 },
      }),
    );
    const invoice = await ok(h.api.get(`/v1/invoices/${sub.prepaid_commitment.invoice}`));
    expect([invoice.subtotal, invoice.tax, invoice.total]).toEqual(['11000', '1000', '11000']);
    await ok(h.api.post(`/v1/invoices/${invoice.id}/pay`, {}));
    return { plan, clock, customer, sub };
  }

  it('used up over three months: ¥10,000 released in all, deferred revenue back to exactly 0', async () => {
    const { plan, clock, customer, sub } = await jpyCommitment('2026-01-01T00:00:00Z');
    const event = plan.eventName as string;
    expect(yen(await journal(customer), 'deferred_revenue')).toBe(10_000);
    expect(yen(await journal(customer), 'tax_payable')).toBe(1_000);
    // 3,667 + 3,667 + 3,666: each share rounded alone would release ¥10,001
    await advance(h.api, clock, '2026-01-10T01:00:00Z');
    await usage(h.api, event, customer, 3667, '2026-01-10T00:00:00Z');
    await advance(h.api, clock, '2026-02-01T02:00:00Z');
    await advance(h.api, clock, '2026-02-10T01:00:00Z');
    await usage(h.api, event, customer, 3667, '2026-02-10T00:00:00Z');
    await advance(h.api, clock, '2026-03-01T02:00:00Z');
    await advance(h.api, clock, '2026-03-10T01:00:00Z');
    await usage(h.api, event, customer, 3666, '2026-03-10T00:00:00Z');
    await advance(h.api, clock, '2026-04-01T02:00:00Z');
    const usageInvoices = (await invoicesOf(h.api, sub.id)).filter((i) => i.billing_reason !== 'manual');
    const totals = usageInvoices.map((i) => i.total);
    expect(totals.every((t: string) => t === '0')).toBe(true);
    const entries = await journal(customer);
    expect([
      yen(entries, 'deferred_revenue'),
      yen(entries, 'revenue'),
      yen(entries, 'breakage_revenue'),
      yen(entries, 'tax_payable'),
      yen(entries),
    ]).toEqual([0, 10_000, 0, 1_000, 0]);
  });

  it('partly used: breakage is the net left, ¥7,000, not the ¥7,700 of credits', async () => {
    const { plan, clock, customer } = await jpyCommitment('2026-05-01T00:00:00Z');
    await advance(h.api, clock, '2026-05-10T01:00:00Z');
    await usage(h.api, plan.eventName as string, customer, 3300, '2026-05-10T00:00:00Z');
    await advance(h.api, clock, '2026-06-01T02:00:00Z');
    let entries = await journal(customer);
    expect([yen(entries, 'deferred_revenue'), yen(entries, 'revenue')]).toEqual([7_000, 3_000]);
    await advance(h.api, clock, '2026-08-01T02:00:00Z');
    await advance(h.api, clock, '2026-08-02T02:00:00Z');
    entries = await journal(customer);
    expect([
      yen(entries, 'deferred_revenue'),
      yen(entries, 'revenue'),
      yen(entries, 'breakage_revenue'),
      yen(entries),
    ]).toEqual([0, 3_000, 7_000, 0]);
  });

  // The void of an invoice paid partly by a grant that has expired since (credit-breakage.test.ts):
  // the breakage is the voided invoice's own share of the grant's net, computed after what an
  // earlier invoice consumed (¥7,700 of credits after ¥3,300: ¥7,000, not ¥7,700).
  it('voiding an invoice after the grant expired: breakage is that invoice’s net share, ¥7,000', async () => {
    const { plan, clock, customer } = await taxedJpyCustomer('2026-09-01T00:00:00Z');
    await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));
    const top = await ok(
      h.api.post(`/v1/customers/${customer}/top_ups`, {
        amount: { currency: 'JPY', value: '11000' },
        expires_at: '2026-11-10T00:00:00Z',
      }),
    );
    await ok(h.api.post(`/v1/invoices/${top.invoice}/pay`, {}));
    const event = plan.eventName as string;
    await advance(h.api, clock, '2026-09-10T01:00:00Z');
    await usage(h.api, event, customer, 3300, '2026-09-10T00:00:00Z');
    await advance(h.api, clock, '2026-10-01T02:00:00Z');
    await advance(h.api, clock, '2026-10-10T01:00:00Z');
    await usage(h.api, event, customer, 9000, '2026-10-10T00:00:00Z');
    await advance(h.api, clock, '2026-11-01T02:00:00Z');
    await advance(h.api, clock, '2026-11-02T02:00:00Z');
    const invoices = await ok(h.api.get('/v1/invoices', { customer, limit: 100 }));
    // October's ¥9,000: ¥7,700 of credits, ¥1,300 still owed.
    const october = invoices.data.find((i: any) => i.status === 'open');
    expect(october?.amount_due).toBe('1300');
    await advance(h.api, clock, '2026-11-12T00:00:00Z');
    let entries = await journal(customer);
    expect([yen(entries, 'deferred_revenue'), yen(entries, 'breakage_revenue')]).toEqual([0, 0]);

    await ok(h.api.post(`/v1/invoices/${october.id}/void`, {}));
    entries = await journal(customer);
    // October's usage stays recognized against unbilled_ar once its invoice is voided (it is
    // delivered and not billed): only the credit side is asserted here.
    expect([
      yen(entries, 'deferred_revenue'),
      yen(entries, 'breakage_revenue'),
      yen(entries, 'tax_payable'),
      yen(entries),
    ]).toEqual([0, 7_000, 1_000, 0]);
  });

  /** ¥11,000 of usage on May 10 at ¥1 a unit, 10 % included; the journal's accounts at three moments. */
  async function mayUsage(coupon?: object) {
    const { plan, clock, customer } = await taxedJpyCustomer('2026-05-01T00:00:00Z');
    const c = coupon ? await ok(h.api.post('/v1/coupons', { name: 'Deal', ...coupon })) : undefined;
    const sub = await ok(
      h.api.post('/v1/subscriptions', {
        customer,
        pricing_plan: plan.planId,
        ...(c ? { coupon: c.id } : {}),
      }),
    );
    await advance(h.api, clock, '2026-05-10T01:00:00Z');
    await usage(h.api, plan.eventName as string, customer, 11000, '2026-05-10T00:00:00Z');
    const accounts = async () => {
      const entries = await journal(customer);
      return {
        revenue: yen(entries, 'revenue'),
        unbilled: 0 - yen(entries, 'unbilled_ar'),
        tax: yen(entries, 'tax_payable'),
        sum: yen(entries),
      };
    };
    await advance(h.api, clock, '2026-05-20T00:00:00Z');
    const delivered = await accounts();
    await advance(h.api, clock, '2026-06-01T02:00:00Z');
    const may = (await invoicesOf(h.api, sub.id)).find((i) => i.billing_reason === 'subscription_cycle');
    const invoiced = await accounts();
    await ok(h.api.post(`/v1/invoices/${may.id}/void`, {}));
    return { may, delivered, invoiced, voided: await accounts() };
  }

  it('usage delivered at an inclusive price is revenue net of its tax, before the invoice, on it and after a void', async () => {
    const { may, delivered, invoiced, voided } = await mayUsage();
    // ¥10,000 earned, ¥1,000 of tax. Before: Dr unbilled_ar 11,000 / Cr revenue 11,000 until
    // billed, and again after the void.
    expect(delivered).toEqual({ revenue: 10_000, unbilled: 10_000, tax: 0, sum: 0 });
    expect([may.total, may.tax]).toEqual(['11000', '1000']);
    expect(invoiced).toEqual({ revenue: 10_000, unbilled: 0, tax: 1_000, sum: 0 });
    expect(voided).toEqual({ revenue: 10_000, unbilled: 10_000, tax: 0, sum: 0 });
  });

  it('with a discount on the invoice: revenue is what was charged, net, and a void leaves the usage at its own net', async () => {
    // 10 % off: the invoice is 9,900 with 900 of tax, so 9,000 of revenue while it stands. The
    // usage's own net is 10,000 (the tax on the discounted part is not the usage's to keep).
    const { may, invoiced, voided } = await mayUsage({ percent_off: '10', duration: 'forever' });
    expect([may.total, may.tax]).toEqual(['9900', '900']);
    expect(invoiced).toEqual({ revenue: 9_000, unbilled: 0, tax: 900, sum: 0 });
    expect(voided).toEqual({ revenue: 10_000, unbilled: 10_000, tax: 0, sum: 0 });
  });
});
