import { Decimal } from '../core/money/decimal.js';
import type { Harness } from '../testing/harness.js';
import type { FakeStripe } from './fake-stripe/server.js';

/** Connects the harness's Tariff to the fake Stripe through the public API. */
export async function connectFake(h: Harness, fake: FakeStripe) {
  const res = await h.api.post('/v1/payment_settings', {
    provider: 'stripe',
    stripe: { secret_key: fake.secretKey, webhook_secret: fake.webhookSecret, api_base: fake.url },
  });
  if (res.status !== 200) throw new Error(JSON.stringify(res.body));
  return res;
}

/** POSTs a Stripe-signed event to Tariff's receiver as Stripe would (raw JSON body). */
export async function deliverStripeEvent(
  h: Harness,
  fake: FakeStripe,
  type: string,
  object: unknown,
  options: { id?: string; secret?: string } = {},
) {
  const { payload, signature, eventId } = fake.signedEvent(type, object, options);
  const res = await h.api.raw({
    method: 'POST',
    url: '/v1/webhooks/stripe',
    headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': signature },
    payload,
  });
  return { status: res.statusCode, body: res.json(), eventId };
}

/** A finalized one-off invoice through invoicing's service (emits `invoice.finalized`). */
export async function finalizedInvoice(h: Harness, customerId: string, currency: string, amounts: string[]) {
  return h.tariff.services.invoicing.createStandaloneInvoice({
    customerId,
    currency,
    lines: amounts.map((a, i) => ({ description: `Line ${i + 1}`, amount: new Decimal(a) })),
    finalize: true,
  });
}

/** Stripe customers carrying a Tariff id, not deleted. */
export function liveStripeCustomers(fake: FakeStripe, tariffId: string) {
  return [...fake.state.customers.values()].filter(
    (c) => c.metadata.tariff_customer_id === tariffId && !c.deleted,
  );
}

export function stripeInvoicesFor(fake: FakeStripe, tariffInvoiceId: string) {
  return [...fake.state.invoices.values()].filter((i) => i.metadata.tariff_invoice_id === tariffInvoiceId);
}
