import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advance, clockedCustomer, invoicesOf, makePlan, ok } from '../../test/scenarios/fixtures.js';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { verifySignature } from '../webhooks/signature.js';
import { startReceiver, type TestReceiver } from '../webhooks/test-receiver.js';
import { type FakeStripe, startFakeStripe } from './fake-stripe/server.js';
import { connectFake, deliverStripeEvent, stripeInvoicesFor } from './test-support.js';

/**
 * A subscriber's month, end to end: the plan's invoice is finalized on the test clock, pushed to
 * Stripe with Tariff's exact amount, the card fails (the subscription goes past_due), then the
 * customer pays on the hosted page (back to active). The account's own webhook endpoint hears
 * every step, signed.
 */
describe.each(TEST_STORES)('collecting a subscription invoice through Stripe on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });
  let fake: FakeStripe;
  let receiver: TestReceiver;
  beforeAll(async () => {
    fake = await startFakeStripe();
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await fake.close();
    await receiver.close();
  });

  it('pushes, fails, recovers, and tells the webhook endpoint each time', async () => {
    const endpoint = await ok(
      h.api.post('/v1/webhook_endpoints', {
        url: receiver.url,
        enabled_events: [
          'invoice.finalized',
          'invoice.paid',
          'invoice.payment_failed',
          'subscription.past_due',
        ],
      }),
    );
    await connectFake(h, fake);
    const plan = await makePlan(h.api, { currency: 'JPY', fee: '25000' });
    const { clock, customer } = await clockedCustomer(h.api, '2026-03-01T00:00:00Z', 'JPY');
    const sub = await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));
    await advance(h.api, clock, '2026-03-02T00:00:00Z');
    const [first] = await invoicesOf(h.api, sub.id);
    expect(first).toMatchObject({ status: 'open', amount_due: '25000' });

    await h.tariff.worker.runOnce();
    const [remote] = stripeInvoicesFor(fake, first.id);
    expect(remote).toMatchObject({ status: 'open', currency: 'jpy', amount_due: 25000 });
    const pushed = await ok(h.api.get(`/v1/invoices/${first.id}`));
    expect(pushed.hosted_invoice_url).toBe(remote?.hosted_invoice_url);

    await deliverStripeEvent(h, fake, 'invoice.payment_failed', { ...remote, attempt_count: 1 });
    expect((await ok(h.api.get(`/v1/subscriptions/${sub.id}`))).status).toBe('past_due');

    await deliverStripeEvent(h, fake, 'invoice.paid', fake.state.markPaid(remote?.id ?? ''));
    expect((await ok(h.api.get(`/v1/invoices/${first.id}`))).status).toBe('paid');
    expect((await ok(h.api.get(`/v1/subscriptions/${sub.id}`))).status).toBe('active');

    await h.tariff.worker.runOnce();
    const heard = receiver.received.map((r) => {
      const header = String(r.headers['tariff-signature']);
      expect(verifySignature(endpoint.secret, header, r.body, Math.floor(Date.now() / 1000))).toBe(true);
      return JSON.parse(r.body).type;
    });
    expect(heard).toEqual(
      expect.arrayContaining(['invoice.finalized', 'invoice.payment_failed', 'invoice.paid']),
    );
  });
});
