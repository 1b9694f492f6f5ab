import { startFakeStripe } from './fake-stripe/server.js';
import { describePaymentProviderConformance } from './provider-conformance.js';
import { connectFake, deliverStripeEvent } from './test-support.js';

// Every PaymentProvider passes the same suite; each brings only its set-up and how it gets paid.
describePaymentProviderConformance('manual', async (h) => ({
  provider: await h.tariff.services.payments.provider(),
  async pay(invoice) {
    await h.tariff.services.payments.recordManualPayment(invoice.id, {
      reference: `bank transfer for ${invoice.id}`,
      paidAt: h.clock.now(),
    });
  },
}));

describePaymentProviderConformance('stripe', async (h) => {
  const fake = await startFakeStripe();
  await connectFake(h, fake);
  return {
    provider: await h.tariff.services.payments.provider(),
    async pay(_invoice, collected) {
      if (!collected.externalId) throw new Error('Stripe collected without a Stripe invoice');
      const paid = await deliverStripeEvent(
        h,
        fake,
        'invoice.paid',
        fake.state.markPaid(collected.externalId),
      );
      if (paid.body.outcome !== 'paid') throw new Error(`webhook: ${JSON.stringify(paid.body)}`);
    },
    close: () => fake.close(),
  };
});
