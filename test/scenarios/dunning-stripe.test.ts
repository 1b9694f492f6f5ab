import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeStripe, startFakeStripe } from '../../src/payments/fake-stripe/server.js';
import { connectFake, deliverStripeEvent, stripeInvoicesFor } from '../../src/payments/test-support.js';
import { useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import { advance, clockedCustomer, invoicesOf, makePlan, ok } from './fixtures.js';

/**
 * Dunning retries that really charge through Stripe (the fake Stripe server, driven by the
 * official client): net 30 from March 1st → due March 31st; retries 1 and 3 days after. The
 * customer's card is declined on the first retry and replaced before the second, which pays;
 * Stripe's `invoice.paid` webhook then records the payment and the final action never runs.
 */
describe.each(TEST_STORES)('dunning retries through Stripe on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });
  let fake: FakeStripe;
  beforeAll(async () => {
    fake = await startFakeStripe();
    await connectFake(h, fake);
  });
  afterAll(() => fake.close());

  const steps = async (invoice: string) =>
    (
      await h.inMode(() =>
        h.tariff.store.db
          .selectFrom('dunning_steps')
          .select(['step', 'outcome'])
          .where('invoice_id', '=', invoice)
          .orderBy('scheduled_at')
          .execute(),
      )
    ).map((r) => `${r.step}=${r.outcome}`);

  it('a declined retry records the failure; the next retry charges the new card; the final action never runs', async () => {
    await ok(
      h.api.post('/v1/account', {
        time_zone: 'UTC',
        payment_terms: { type: 'net', days: 30 },
        dunning: { reminders_days: [], retries_days: [1, 3], final_action: 'mark_uncollectible' },
      }),
    );
    const plan = await makePlan(h.api, { currency: 'JPY', fee: '10000' });
    const { clock, customer } = await clockedCustomer(h.api, '2026-03-01T00:00:00Z', 'JPY');
    const sub = await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));
    await advance(h.api, clock, '2026-03-01T02:00:00Z');
    const [march] = await invoicesOf(h.api, sub.id);
    expect(march.status).toBe('open');
    // The worker's payment sync pushes the finalized invoice to Stripe.
    await h.tariff.worker.runOnce();
    const [remote] = stripeInvoicesFor(fake, march.id);
    if (!remote) throw new Error('the invoice was not pushed to Stripe');
    const stripeCustomer = fake.state.customer(remote.customer);
    stripeCustomer.invoice_settings.default_payment_method = 'pm_card_chargeDeclined';

    // Day 1 after the due date: Stripe declines the card; the invoice stays open, the failure is
    // an `invoice.payment_failed` event with Stripe's reason.
    await advance(h.api, clock, '2026-04-01T12:00:00Z');
    expect(await steps(march.id)).toContain('retry:1=retry_failed');
    const payAttempts = fake.requests.filter((r) => r.path === `/v1/invoices/${remote.id}/pay`);
    expect(payAttempts).toHaveLength(1);
    expect(payAttempts[0]?.idempotencyKey).toBe(`tariff-retry:1-${march.id}`);
    expect(remote.status).toBe('open');
    const failed = await ok(h.api.get('/v1/events', { type: 'invoice.payment_failed', limit: 100 }));
    const failure = failed.data.find((e: any) => e.data.object.id === march.id);
    expect(JSON.stringify(failure?.data)).toContain('Your card was declined.');
    expect((await ok(h.api.get(`/v1/invoices/${march.id}`))).status).toBe('open');

    // The customer adds a working card; day 3's retry pays the Stripe invoice.
    stripeCustomer.invoice_settings.default_payment_method = 'pm_card_visa';
    await advance(h.api, clock, '2026-04-03T12:00:00Z');
    expect(await steps(march.id)).toContain('retry:3=retry_succeeded');
    expect(remote).toMatchObject({ status: 'paid', amount_paid: 10000, attempt_count: 2 });

    // Stripe tells Tariff (signed webhook): the invoice is paid, and no later step is taken.
    const paid = await deliverStripeEvent(h, fake, 'invoice.paid', remote);
    expect(paid.body).toMatchObject({ received: true, outcome: 'paid' });
    await advance(h.api, clock, '2026-04-20T00:00:00Z');
    expect((await ok(h.api.get(`/v1/invoices/${march.id}`))).status).toBe('paid');
    const all = await steps(march.id);
    // The final action, due the same day as the last retry, is not taken after a successful charge.
    expect(all).toEqual(['overdue=overdue_sent', 'retry:1=retry_failed', 'retry:3=retry_succeeded']);
    const journal = await ok(
      h.api.get('/v1/revenue/journal', { test_clock: clock, customer, account: 'bad_debt', limit: 100 }),
    );
    expect(journal.data).toEqual([]);
    expect(fake.requests.filter((r) => r.path === `/v1/invoices/${remote.id}/pay`)).toHaveLength(2);
  });

  it('a retry on an invoice Stripe was never given is not applicable and charges nothing', async () => {
    fake.setDown(true);
    try {
      await ok(
        h.api.post('/v1/account', {
          time_zone: 'UTC',
          payment_terms: { type: 'net', days: 30 },
          dunning: { reminders_days: [], retries_days: [1], final_action: 'leave_past_due' },
        }),
      );
      const plan = await makePlan(h.api, { currency: 'JPY', fee: '5000' });
      const { clock, customer } = await clockedCustomer(h.api, '2026-03-01T00:00:00Z', 'JPY');
      const sub = await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));
      await advance(h.api, clock, '2026-04-01T12:00:00Z');
      const [march] = await invoicesOf(h.api, sub.id);
      await h.tariff.worker.runOnce();
      expect(stripeInvoicesFor(fake, march.id)).toHaveLength(0);
      expect(await steps(march.id)).toContain('retry:1=retry_not_applicable');
    } finally {
      fake.setDown(false);
    }
  });
});
