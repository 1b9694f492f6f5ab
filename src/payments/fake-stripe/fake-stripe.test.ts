import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeStripe, startFakeStripe } from './server.js';

/** The fake must refuse what Stripe refuses, through the official client, or the tests prove nothing. */
describe('fake Stripe through the official client', () => {
  let fake: FakeStripe;
  let stripe: Stripe;
  beforeAll(async () => {
    fake = await startFakeStripe();
    stripe = new Stripe(fake.secretKey, {
      host: '127.0.0.1',
      port: fake.port,
      protocol: 'http',
      maxNetworkRetries: 0,
    });
  });
  afterAll(() => fake.close());

  it('refuses a wrong key', async () => {
    const other = new Stripe('sk_test_wrong', { host: '127.0.0.1', port: fake.port, protocol: 'http' });
    await expect(other.customers.create({})).rejects.toMatchObject({ type: 'StripeAuthenticationError' });
  });

  it('creates customers and invoices in Stripe shapes, with a hosted page once finalized', async () => {
    const customer = await stripe.customers.create({
      name: 'Acme',
      metadata: { tariff_customer_id: 'cus_1' },
    });
    expect(customer).toMatchObject({
      object: 'customer',
      name: 'Acme',
      metadata: { tariff_customer_id: 'cus_1' },
    });
    const draft = await stripe.invoices.create({ customer: customer.id, currency: 'jpy' });
    await stripe.invoiceItems.create({
      customer: customer.id,
      invoice: draft.id,
      currency: 'jpy',
      amount: 5203,
    });
    const open = await stripe.invoices.finalizeInvoice(draft.id);
    expect(open).toMatchObject({ status: 'open', amount_due: 5203, currency: 'jpy' });
    expect(open.hosted_invoice_url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/hosted\/i\/in_/);
  });

  it('refuses a non-integer JPY amount', async () => {
    const customer = await stripe.customers.create({});
    await expect(
      stripe.invoiceItems.create({ customer: customer.id, currency: 'jpy', amount: 5203.5 }),
    ).rejects.toMatchObject({ type: 'StripeInvalidRequestError', param: 'amount' });
  });

  it("refuses an invoice item in another currency than the customer's", async () => {
    const customer = await stripe.customers.create({});
    await stripe.invoiceItems.create({ customer: customer.id, currency: 'jpy', amount: 100 });
    await expect(
      stripe.invoiceItems.create({ customer: customer.id, currency: 'usd', amount: 100 }),
    ).rejects.toMatchObject({ type: 'StripeInvalidRequestError', param: 'currency' });
  });

  it('replays a key with the same body and refuses it with another body', async () => {
    const a = await stripe.customers.create({ name: 'Once' }, { idempotencyKey: 'k-1' });
    const b = await stripe.customers.create({ name: 'Once' }, { idempotencyKey: 'k-1' });
    expect(b.id).toBe(a.id);
    await expect(stripe.customers.create({ name: 'Twice' }, { idempotencyKey: 'k-1' })).rejects.toMatchObject(
      {
        type: 'StripeIdempotencyError',
      },
    );
  });

  it('signs webhooks so that the official verifier accepts them, and only with the right secret', () => {
    const { payload, signature } = fake.signedEvent('invoice.paid', { id: 'in_x' });
    expect(stripe.webhooks.constructEvent(payload, signature, fake.webhookSecret).type).toBe('invoice.paid');
    expect(() => stripe.webhooks.constructEvent(payload, signature, 'whsec_other')).toThrow();
  });
});
