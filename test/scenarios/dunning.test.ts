import { describe, expect, it } from 'vitest';
import type { Api } from '../../src/testing/harness.js';
import { useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import { advance, clockedCustomer, invoicesOf, makePlan, ok } from './fixtures.js';

type FinalAction = 'leave_past_due' | 'cancel_subscription' | 'mark_uncollectible';

/** The dunning events of one invoice, oldest first, as `type@day`. */
async function dunningEvents(api: Api, invoice: string): Promise<string[]> {
  const out: string[] = [];
  for (const type of ['invoice.payment_reminder', 'invoice.overdue', 'invoice.payment_failed']) {
    const list = await ok(api.get('/v1/events', { type, limit: 100 }));
    for (const e of list.data) {
      if (e.data.object.id !== invoice) continue;
      const step = e.data.object.dunning?.step ?? type;
      out.push(`${type === 'invoice.payment_reminder' ? step : type}@${e.created.slice(0, 10)}`);
    }
  }
  return out.sort((a, b) => a.split('@')[1]!.localeCompare(b.split('@')[1]!) || a.localeCompare(b));
}

/**
 * An invoice that is never paid, on a test clock, through the account's dunning schedule: net 30
 * from March 1st → due March 31st; reminders 3 days before, on the day and 3 days after; retries
 * 1 and 3 days after; then the final action of each policy.
 */
describe.each(TEST_STORES)('dunning on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });

  async function unpaidMarchInvoice(finalAction: FinalAction) {
    await ok(
      h.api.post('/v1/account', {
        time_zone: 'UTC',
        payment_terms: { type: 'net', days: 30 },
        dunning: { reminders_days: [-3, 0, 3], retries_days: [1, 3], final_action: finalAction },
      }),
    );
    const plan = await makePlan(h.api, { currency: 'JPY', fee: '10000' });
    const { clock, customer } = await clockedCustomer(h.api, '2026-03-01T00:00:00Z', 'JPY');
    const sub = await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));
    // The first invoice finalizes after the one-hour grace period.
    await advance(h.api, clock, '2026-03-01T02:00:00Z');
    const [march] = await invoicesOf(h.api, sub.id);
    return { clock, customer, sub: sub.id, invoice: march.id as string, march };
  }

  it.each(['leave_past_due', 'cancel_subscription', 'mark_uncollectible'] as const)(
    'reminds, notices overdue, retries, then %s — each step once',
    async (finalAction) => {
      const { clock, customer, sub, invoice, march } = await unpaidMarchInvoice(finalAction);
      expect(march.status).toBe('open');
      expect(march.due_date).toBe('2026-03-31T00:00:00.000Z');

      await advance(h.api, clock, '2026-03-28T12:00:00Z');
      expect(await dunningEvents(h.api, invoice)).toEqual(['reminder:-3@2026-03-28']);
      expect((await ok(h.api.get(`/v1/subscriptions/${sub}`))).status).toBe('active');

      // Past the due day: the reminder of the day, the overdue notice (subscription past_due) and
      // the first retry (the manual provider has nothing to charge: no payment_failed).
      await advance(h.api, clock, '2026-04-01T00:30:00Z');
      expect(await dunningEvents(h.api, invoice)).toEqual([
        'reminder:-3@2026-03-28',
        'reminder:0@2026-03-31',
        'invoice.overdue@2026-04-01',
      ]);
      expect((await ok(h.api.get(`/v1/subscriptions/${sub}`))).status).toBe('past_due');

      // The last retry (day 3) and the final action; the day-3 reminder goes out first.
      await advance(h.api, clock, '2026-04-05T00:00:00Z');
      const events = await dunningEvents(h.api, invoice);
      const after = await ok(h.api.get(`/v1/invoices/${invoice}`));
      const subscription = await ok(h.api.get(`/v1/subscriptions/${sub}`));
      const journal = await ok(
        h.api.get('/v1/revenue/journal', { test_clock: clock, customer, account: 'bad_debt', limit: 100 }),
      );
      if (finalAction === 'leave_past_due') {
        expect(events.at(-1)).toBe('reminder:3@2026-04-03');
        expect(after.status).toBe('open');
        expect(subscription.status).toBe('past_due');
        expect(journal.data).toEqual([]);
      } else if (finalAction === 'cancel_subscription') {
        expect(after.status).toBe('open');
        expect(subscription.status).toBe('canceled');
      } else {
        expect(after.status).toBe('uncollectible');
        // What was owed left receivables as bad debt: one balanced entry, ¥10,000.
        expect(journal.data.map((e: any) => [e.account, e.debit, e.credit])).toEqual([
          ['bad_debt', '10000', '0'],
        ]);
      }
      expect(events.filter((e) => e.startsWith('reminder:3'))).toHaveLength(1);

      // Moving the clock on takes no step twice.
      await advance(h.api, clock, '2026-04-20T00:00:00Z');
      const again = await dunningEvents(h.api, invoice);
      expect(again.filter((e) => e.startsWith('invoice.overdue'))).toHaveLength(1);
      expect(again.filter((e) => e.startsWith('reminder:'))).toHaveLength(3);
    },
  );

  it('stops once the invoice is paid', async () => {
    const { clock, invoice } = await unpaidMarchInvoice('mark_uncollectible');
    await advance(h.api, clock, '2026-03-29T00:00:00Z');
    await ok(h.api.post(`/v1/invoices/${invoice}/pay`, {}));
    await advance(h.api, clock, '2026-04-10T00:00:00Z');
    expect(await dunningEvents(h.api, invoice)).toEqual(['reminder:-3@2026-03-28']);
    expect((await ok(h.api.get(`/v1/invoices/${invoice}`))).status).toBe('paid');
  });

  it('dates an invoice to the end of the following month (月末締め翌月末払い) in the account zone', async () => {
    await ok(h.api.post('/v1/account', { time_zone: 'Asia/Tokyo' }));
    try {
      const plan = await makePlan(h.api, { currency: 'JPY', fee: '5000' });
      const { clock, customer } = await clockedCustomer(h.api, '2026-01-15T00:00:00Z', 'JPY');
      const updated = await ok(
        h.api.post(`/v1/customers/${customer}`, { payment_terms: { type: 'end_of_following_month' } }),
      );
      expect(updated.payment_terms).toEqual({ type: 'end_of_following_month' });
      const sub = await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));
      await advance(h.api, clock, '2026-01-15T02:00:00Z');
      const [january] = await invoicesOf(h.api, sub.id);
      // Issued January 15th (JST) → due February 28th, 00:00 JST.
      expect(january.due_date).toBe('2026-02-27T15:00:00.000Z');
    } finally {
      await ok(h.api.post('/v1/account', { time_zone: 'UTC' }));
    }
  });
});
