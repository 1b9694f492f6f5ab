import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { type FakeStripe, startFakeStripe } from './fake-stripe/server.js';
import {
  connectFake,
  deliverStripeEvent,
  finalizedInvoice,
  liveStripeCustomers,
  stripeInvoicesFor,
} from './test-support.js';

describe.each(TEST_STORES)('Stripe collection on %s', (kind) => {
  const h = useTariff(kind);
  let fake: FakeStripe;
  beforeAll(async () => {
    fake = await startFakeStripe();
  });
  afterAll(() => fake.close());

  it('starts on the manual provider and never echoes Stripe secrets', async () => {
    expect((await h.api.get('/v1/payment_settings')).body).toMatchObject({
      provider: 'manual',
      stripe: { connected: false },
    });
    const incomplete = await h.api.post('/v1/payment_settings', {
      provider: 'stripe',
      stripe: { secret_key: fake.secretKey },
    });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.error.param).toBe('stripe.webhook_secret');
    expect((await h.api.get('/v1/payment_settings')).body.provider).toBe('manual');
    const bad = await h.api.post('/v1/payment_settings', { stripe: { secret_key: 'pk_live_oops' } });
    expect(bad.status).toBe(400);

    const connected = await connectFake(h, fake);
    const fetched = await h.api.get('/v1/payment_settings');
    for (const body of [connected.body, fetched.body]) {
      expect(body).toMatchObject({
        provider: 'stripe',
        stripe: { connected: true, webhook_secret_set: true },
      });
      expect(body.stripe.secret_key_hint).toBe(`sk_test_…${fake.secretKey.slice(-4)}`);
      expect(JSON.stringify(body)).not.toContain(fake.secretKey);
      expect(JSON.stringify(body)).not.toContain(fake.webhookSecret);
    }
  });

  it("syncs customers' billing details to Stripe Customers, once per change", async () => {
    const { body: customer } = await h.api.post('/v1/customers', {
      name: 'Hanako Sato',
      email: 'billing@sato.test',
      currency: 'JPY',
      billing_details: { company_name: 'Sato KK', address: { city: 'Tokyo', country: 'JP' } },
    });
    await h.tariff.worker.runOnce();
    let [remote] = liveStripeCustomers(fake, customer.id);
    expect(remote).toMatchObject({
      name: 'Sato KK',
      email: 'billing@sato.test',
      address: { city: 'Tokyo', country: 'JP' },
    });

    await h.api.post(`/v1/customers/${customer.id}`, {
      billing_details: { company_name: 'Sato Holdings KK' },
    });
    await h.tariff.worker.runOnce();
    const requests = fake.requests.length;
    await h.tariff.worker.runOnce();
    expect(fake.requests.length).toBe(requests);
    expect(liveStripeCustomers(fake, customer.id)).toHaveLength(1);
    [remote] = liveStripeCustomers(fake, customer.id);
    expect(remote?.name).toBe('Sato Holdings KK');
    expect(JSON.stringify(fake.requests)).not.toMatch(/card|cvc|exp_month/);
  });

  it('pushes a finalized invoice with exact amounts and shows the hosted invoice page', async () => {
    const { body: customer } = await h.api.post('/v1/customers', { name: 'Yen Co', currency: 'JPY' });
    const invoice = await finalizedInvoice(h, customer.id, 'JPY', ['25000', '5203']);
    await h.tariff.worker.runOnce();

    const [remote] = stripeInvoicesFor(fake, invoice.id);
    expect(remote).toMatchObject({
      status: 'open',
      currency: 'jpy',
      amount_due: 30203,
      collection_method: 'send_invoice',
    });
    expect(remote?.lines.data.map((l) => l.amount)).toEqual([25000, 5203]);
    const tariffInvoice = (await h.api.get(`/v1/invoices/${invoice.id}`)).body;
    expect(tariffInvoice.hosted_invoice_url).toBe(remote?.hosted_invoice_url);

    const posts = fake.requests.filter((r) => r.method === 'POST');
    expect(posts.every((r) => r.idempotencyKey?.startsWith('tariff:'))).toBe(true);
    await h.tariff.worker.runOnce();
    expect(stripeInvoicesFor(fake, invoice.id)).toHaveLength(1);
  });

  it('pushes USD amounts in cents', async () => {
    const { body: customer } = await h.api.post('/v1/customers', { name: 'Dollar Inc', currency: 'USD' });
    const invoice = await finalizedInvoice(h, customer.id, 'USD', ['52.03', '0.50']);
    await h.tariff.worker.runOnce();
    const [remote] = stripeInvoicesFor(fake, invoice.id);
    expect(remote?.lines.data.map((l) => l.amount)).toEqual([5203, 50]);
    expect(remote?.amount_due).toBe(5253);
  });

  it("records Stripe's payment once, verifies signatures, ignores unknown events", async () => {
    const { body: customer } = await h.api.post('/v1/customers', { name: 'Payer', currency: 'JPY' });
    const invoice = await finalizedInvoice(h, customer.id, 'JPY', ['1000']);
    await h.tariff.worker.runOnce();
    const [remote] = stripeInvoicesFor(fake, invoice.id);
    if (!remote) throw new Error('not pushed');

    const forged = await deliverStripeEvent(h, fake, 'invoice.paid', fake.state.markPaid(remote.id), {
      secret: 'whsec_forged',
    });
    expect(forged.status).toBe(400);
    expect(forged.body.error.code).toBe('stripe_signature_invalid');
    expect((await h.api.get(`/v1/invoices/${invoice.id}`)).body.status).toBe('open');

    const paid = await deliverStripeEvent(h, fake, 'invoice.paid', remote);
    expect(paid).toMatchObject({ status: 200, body: { received: true, outcome: 'paid' } });
    const again = await deliverStripeEvent(h, fake, 'invoice.paid', remote, { id: paid.eventId });
    expect(again.body.outcome).toBe('duplicate (paid)');
    const after = (await h.api.get(`/v1/invoices/${invoice.id}`)).body;
    expect(after).toMatchObject({ status: 'paid', payment_reference: remote.id });
    const paidEvents = await h.api.get('/v1/events', { type: 'invoice.paid', limit: 100 });
    expect(paidEvents.body.data.filter((e: any) => e.data.object.id === invoice.id)).toHaveLength(1);

    const unknown = await deliverStripeEvent(h, fake, 'charge.dispute.created', { id: 'dp_1' });
    expect(unknown).toMatchObject({ status: 200, body: { outcome: 'ignored' } });
    const unsigned = await h.api.raw({
      method: 'POST',
      url: '/v1/webhooks/stripe',
      payload: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(unsigned.statusCode).toBe(400);
  });

  it('records a failed payment on the invoice', async () => {
    const { body: customer } = await h.api.post('/v1/customers', { name: 'Declined', currency: 'JPY' });
    const invoice = await finalizedInvoice(h, customer.id, 'JPY', ['3000']);
    await h.tariff.worker.runOnce();
    const [remote] = stripeInvoicesFor(fake, invoice.id);
    const failed = await deliverStripeEvent(h, fake, 'invoice.payment_failed', {
      ...remote,
      attempt_count: 1,
    });
    expect(failed.body.outcome).toBe('payment_failed recorded');
    const events = await h.api.get('/v1/events', { type: 'invoice.payment_failed', limit: 100 });
    expect(events.body.data.some((e: any) => e.data.object.id === invoice.id)).toBe(true);
    expect((await h.api.get(`/v1/invoices/${invoice.id}`)).body.status).toBe('open');
  });

  it('retries a push while Stripe is down and completes it when Stripe is back', async () => {
    const { body: customer } = await h.api.post('/v1/customers', { name: 'Outage', currency: 'JPY' });
    const invoice = await finalizedInvoice(h, customer.id, 'JPY', ['8800']);
    fake.setDown(true);
    await h.tariff.worker.runOnce();
    expect(stripeInvoicesFor(fake, invoice.id)).toHaveLength(0);
    expect((await h.api.get(`/v1/invoices/${invoice.id}`)).body.hosted_invoice_url).toBeNull();
    const settings = (await h.api.get('/v1/payment_settings')).body;
    expect(settings.sync.failed).toBeGreaterThanOrEqual(2);
    expect(settings.sync.last_error).toMatch(/bad day|500|error/i);

    fake.setDown(false);
    await h.tariff.worker.runOnce(); // not due yet: the failure waits a minute
    expect(stripeInvoicesFor(fake, invoice.id)).toHaveLength(0);
    h.clock.advance(61_000);
    await h.tariff.worker.runOnce();
    const [remote] = stripeInvoicesFor(fake, invoice.id);
    expect(remote).toMatchObject({ status: 'open', amount_due: 8800 });
    expect(liveStripeCustomers(fake, customer.id)).toHaveLength(1);
    expect((await h.api.get(`/v1/invoices/${invoice.id}`)).body.hosted_invoice_url).toBe(
      remote?.hosted_invoice_url,
    );
  });
});
