import { describe, expect, it } from 'vitest';
import { useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import { advance, clockedCustomer, invoicesOf, makePlan, ok, usage } from './fixtures.js';

/** Credits less debits in cents, of one account or of the whole journal. */
const cents = (entries: any[], account?: string) =>
  entries
    .filter((e) => account === undefined || e.account === account)
    .reduce((acc, e) => acc + Math.round((Number(e.credit) - Number(e.debit)) * 100), 0);

const trueUpOf = (invoice: any) =>
  invoice.lines.find((l: any) => l.type === 'minimum_commitment_true_up')?.amount ?? null;

/**
 * Commitments (docs/billing.md, "Commitments"), on a test clock in test mode: a $1,000 monthly
 * minimum against usage of $400, $1,200 and $0 makes true-ups of 600, 0 and 1,000 on the
 * invoices closing those months, and the upcoming invoice shows each before it is issued.
 */
describe.each(TEST_STORES)('commitments on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });

  it('a $1,000 monthly minimum over three months: usage 400, 1,200, 0 → true-ups 600, 0, 1,000', async () => {
    const plan = await makePlan(h.api, { currency: 'USD', usage: { unitAmount: '1' } });
    const { clock, customer } = await clockedCustomer(h.api, '2026-01-01T00:00:00Z', 'USD');
    const sub = await ok(
      h.api.post('/v1/subscriptions', {
        customer,
        pricing_plan: plan.planId,
        minimum: { amount: '1000', currency: 'USD' },
      }),
    );
    expect(sub.minimum).toEqual({ amount: '1000.00', currency: 'USD' });
    const months = [
      { usage: 400, at: '2026-01-15T00:00:00Z', end: '2026-02-01T02:00:00Z', trueUp: '600.00' },
      { usage: 1200, at: '2026-02-15T00:00:00Z', end: '2026-03-01T02:00:00Z', trueUp: null },
      { usage: 0, at: '2026-03-15T00:00:00Z', end: '2026-04-01T02:00:00Z', trueUp: '1000.00' },
    ];
    const upcoming: unknown[] = [];
    for (const m of months) {
      await advance(h.api, clock, m.at);
      if (m.usage > 0) await usage(h.api, plan.eventName as string, customer, m.usage, m.at);
      const next = await ok(h.api.get('/v1/invoices/upcoming', { subscription: sub.id }));
      expect(trueUpOf(next)).toBe(m.trueUp);
      upcoming.push({ total: next.total, lines: next.lines.map((l: any) => [l.type, l.amount]) });
      await advance(h.api, clock, m.end);
    }
    const cycles = (await invoicesOf(h.api, sub.id)).filter((i) => i.billing_reason === 'subscription_cycle');
    expect(cycles.map(trueUpOf)).toEqual(['600.00', null, '1000.00']);
    expect(cycles.map((i) => i.total)).toEqual(['1000.00', '1200.00', '1000.00']);
    // The upcoming invoice seen mid-month is the invoice issued at the month's end.
    expect(
      cycles.map((i) => ({ total: i.total, lines: i.lines.map((l: any) => [l.type, l.amount]) })),
    ).toEqual(upcoming);
    expect(cycles.every((i) => i.status === 'open')).toBe(true);
    // The true-ups are revenue as the usage is: 400 + 600 + 1,200 + 0 + 1,000, the books balanced.
    const journal = await ok(h.api.get('/v1/revenue/journal', { customer, limit: 100 }));
    expect(journal.has_more).toBe(false);
    expect(cents(journal.data, 'revenue')).toBe(320_000);
    expect(cents(journal.data)).toBe(0);
  });

  it('prorates the minimum when the subscription ends inside a period, and a minimum can be changed', async () => {
    const plan = await makePlan(h.api, { currency: 'USD', fee: '100', usage: { unitAmount: '1' } });
    const { clock, customer } = await clockedCustomer(h.api, '2026-04-01T00:00:00Z', 'USD');
    const sub = await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));
    expect(sub.minimum).toBeNull();
    const updated = await ok(
      h.api.post(`/v1/subscriptions/${sub.id}`, { minimum: { amount: '600', currency: 'USD' } }),
    );
    expect(updated.minimum).toEqual({ amount: '600.00', currency: 'USD' });
    const wrong = await h.api.post(`/v1/subscriptions/${sub.id}`, {
      minimum: { amount: '600', currency: 'JPY' },
    });
    expect([wrong.status, wrong.body.error.code]).toEqual([400, 'currency_mismatch']);
    await advance(h.api, clock, '2026-04-05T00:00:00Z');
    await usage(h.api, plan.eventName as string, customer, 50, '2026-04-05T00:00:00Z');
    await advance(h.api, clock, '2026-04-11T00:00:00Z');
    // Ends Apr 11, 10 of April's 30 days: minimum 200; charges 100 (fee) + 50 (usage) = 150.
    await ok(h.api.post(`/v1/subscriptions/${sub.id}/cancel`, { at: 'now', proration_behavior: 'none' }));
    const last = (await invoicesOf(h.api, sub.id)).at(-1);
    expect(last.billing_reason).toBe('subscription_cancel');
    expect(trueUpOf(last)).toBe('50.00');
  });

  it('simulate shows the true-up a minimum would add', async () => {
    const plan = await makePlan(h.api, { currency: 'USD', usage: { unitAmount: '1' } });
    const { customer } = await clockedCustomer(h.api, '2026-05-02T00:00:00Z', 'USD');
    await usage(h.api, plan.eventName as string, customer, 400, '2026-05-02T00:00:00Z');
    const sim = await ok(
      h.api.post(`/v1/customers/${customer}/simulate`, {
        pricing_plan: plan.planId,
        start_time: '2026-05-01T00:00:00Z',
        end_time: '2026-06-01T00:00:00Z',
        minimum: { amount: '1000', currency: 'USD' },
      }),
    );
    expect(sim.minimum_commitment_true_up.amount).toBe('600.00');
    expect(sim.total).toBe('1000.00');
  });

  it('a $12,000 prepaid annual commit: invoiced up front, burned down by usage, overage billed at rate-card prices', async () => {
    const plan = await makePlan(h.api, { currency: 'USD', usage: { unitAmount: '1' } });
    const { clock, customer } = await clockedCustomer(h.api, '2026-01-01T00:00:00Z', 'USD');
    const sub = await ok(
      h.api.post('/v1/subscriptions', {
        customer,
        pricing_plan: plan.planId,
        prepaid_commitment: { amount: '12000', currency: 'USD' },
      }),
    );
    const commit = sub.prepaid_commitment;
    expect(commit).toMatchObject({
      amount: '12000.00',
      term_start: '2026-01-01T00:00:00.000Z',
      term_end: '2027-01-01T00:00:00.000Z',
      rollover: 'expires_at_term_end',
    });
    const upFront = await ok(h.api.get(`/v1/invoices/${commit.invoice}`));
    expect([upFront.status, upFront.total]).toEqual(['open', '12000.00']);
    await ok(h.api.post(`/v1/invoices/${commit.invoice}/pay`, {}));
    // Usage of 5,000, 6,000 and 3,000: the last month uses the 1,000 left and 2,000 is overage.
    const months = [
      {
        usage: 5000,
        at: '2026-01-10T00:00:00Z',
        end: '2026-02-01T02:00:00Z',
        credits: '5000.00',
        due: '0.00',
      },
      {
        usage: 6000,
        at: '2026-02-10T00:00:00Z',
        end: '2026-03-01T02:00:00Z',
        credits: '6000.00',
        due: '0.00',
      },
      {
        usage: 3000,
        at: '2026-03-10T00:00:00Z',
        end: '2026-04-01T02:00:00Z',
        credits: '1000.00',
        due: '2000.00',
      },
    ];
    for (const m of months) {
      await advance(h.api, clock, m.at);
      await usage(h.api, plan.eventName as string, customer, m.usage, m.at);
      const next = await ok(h.api.get('/v1/invoices/upcoming', { subscription: sub.id }));
      expect([next.credits_applied, next.amount_due]).toEqual([m.credits, m.due]);
      await advance(h.api, clock, m.end);
    }
    const cycles = (await invoicesOf(h.api, sub.id)).filter((i) => i.billing_reason === 'subscription_cycle');
    expect(cycles.map((i) => [i.subtotal, i.credits_applied, i.amount_due])).toEqual(
      months.map((m) => [`${m.usage}.00`, m.credits, m.due]),
    );
    const balance = await ok(h.api.get(`/v1/customers/${customer}/credit_balance`));
    expect(balance.balances[0].available).toBe('0.00');
    // The books balance: the commit was deferred revenue, recognised as it burned.
    const journal = await ok(h.api.get('/v1/revenue/journal', { customer, limit: 100 }));
    expect(journal.has_more).toBe(false);
    // 12,000 deferred when invoiced, 12,000 of it burned by usage: nothing left deferred; revenue
    // is the 12,000 burned and the 2,000 of overage.
    expect([cents(journal.data, 'deferred_revenue'), cents(journal.data, 'revenue')]).toEqual([0, 1_400_000]);
    expect(cents(journal.data)).toBe(0);
  });

  it('rollover rule: what is left of a commitment at the end of its term expires', async () => {
    const plan = await makePlan(h.api, { currency: 'USD', usage: { unitAmount: '1' } });
    const { clock, customer } = await clockedCustomer(h.api, '2026-01-01T00:00:00Z', 'USD');
    const sub = await ok(
      h.api.post('/v1/subscriptions', {
        customer,
        pricing_plan: plan.planId,
        prepaid_commitment: { amount: '100', currency: 'USD', term_months: 1 },
      }),
    );
    await ok(h.api.post(`/v1/invoices/${sub.prepaid_commitment.invoice}/pay`, {}));
    await advance(h.api, clock, '2026-01-10T00:00:00Z');
    await usage(h.api, plan.eventName as string, customer, 30, '2026-01-10T00:00:00Z');
    await advance(h.api, clock, '2026-02-01T02:00:00Z');
    const after = await ok(h.api.get(`/v1/customers/${customer}/credit_balance`));
    expect(after.balances[0]?.available ?? '0.00').toBe('0.00');
    const jan = (await invoicesOf(h.api, sub.id)).find((i) => i.billing_reason === 'subscription_cycle');
    expect([jan.credits_applied, jan.amount_due]).toEqual(['30.00', '0.00']);
  });
});
