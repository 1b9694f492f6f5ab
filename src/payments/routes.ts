import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { PaymentSettingsUpdate } from './schemas.js';
import type { PaymentService } from './service.js';
import { settingsJson } from './settings.js';

const tags = ['payments'];

export function paymentRoutes(payments: PaymentService): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/v1/payment_settings',
      { schema: { tags, summary: 'The payment provider settings (no secrets) and failed Stripe pushes' } },
      async () => ({ ...settingsJson(await payments.settings()), sync: await payments.syncFailures() }),
    );
    app.post(
      '/v1/payment_settings',
      {
        schema: { tags, summary: 'Choose the payment provider; connect Stripe', body: PaymentSettingsUpdate },
      },
      async (req) => settingsJson(await payments.updateSettings(req.body)),
    );
    app.delete(
      '/v1/payment_settings/stripe',
      { schema: { tags, summary: 'Disconnect Stripe (back to manual); mappings are kept for reconnecting' } },
      async () => settingsJson(await payments.disconnectStripe()),
    );

    // Stripe signs the exact bytes it sends, so this route reads the body raw: the parser is
    // replaced only inside this encapsulated scope, every other route keeps JSON parsing.
    await app.register(async (raw) => {
      raw.removeAllContentTypeParsers();
      raw.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
      raw.post(
        '/v1/webhooks/stripe',
        {
          config: { public: true },
          schema: { tags, summary: "Stripe's webhooks (verified with Stripe-Signature)" },
        },
        async (req) => {
          const signature = req.headers['stripe-signature'];
          return payments.receiveStripeWebhook(
            Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
            typeof signature === 'string' ? signature : undefined,
          );
        },
      );
    });
  };
}
