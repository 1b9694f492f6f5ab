import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponse } from '../http/openapi/standard-errors.js';
import { ApiError } from '../shared/errors/index.js';
import { runInMode } from '../shared/request-context.js';
import { PaymentSettings, PaymentSettingsWithSync, StripeWebhookReceived } from './json-schemas.js';
import { PaymentSettingsUpdate } from './schemas.js';
import type { PaymentService } from './service.js';
import { settingsJson } from './settings.js';

const tags = ['payments'];

/** Why a mode could not take a Stripe event: not its signature, or Stripe not connected there. */
const NOT_THIS_MODE = new Set(['stripe_signature_invalid', 'payment_provider_not_configured']);

export function paymentRoutes(payments: PaymentService): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/v1/payment_settings',
      {
        schema: {
          tags,
          operationId: 'payment_settings.retrieve',
          summary: 'The payment provider settings (no secrets) and failed Stripe pushes',
          response: { 200: PaymentSettingsWithSync },
        },
      },
      async () => ({ ...settingsJson(await payments.settings()), sync: await payments.syncFailures() }),
    );
    app.post(
      '/v1/payment_settings',
      {
        schema: {
          tags,
          operationId: 'payment_settings.update',
          summary: 'Choose the payment provider; connect Stripe',
          body: PaymentSettingsUpdate,
          response: { 200: PaymentSettings },
        },
      },
      async (req) => settingsJson(await payments.updateSettings(req.body)),
    );
    app.delete(
      '/v1/payment_settings/stripe',
      {
        schema: {
          tags,
          operationId: 'payment_settings.disconnect_stripe',
          summary: 'Disconnect Stripe (back to manual); mappings are kept for reconnecting',
          response: { 200: PaymentSettings },
        },
      },
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
          schema: {
            tags,
            operationId: 'stripe_webhooks.receive',
            summary: "Stripe's webhooks (verified with Stripe-Signature)",
            description:
              'Called by Stripe, not by API clients: authenticated by the `Stripe-Signature` header over the raw body.',
            response: {
              200: StripeWebhookReceived,
              409: errorResponse(
                'Stripe is not the connected payment provider (`payment_provider_not_configured`).',
              ),
            },
          },
        },
        async (req) => {
          const signature = req.headers['stripe-signature'];
          const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
          const receive = () =>
            payments.receiveStripeWebhook(body, typeof signature === 'string' ? signature : undefined);
          // Each mode connects its own Stripe account (or its test keys) with its own signing
          // secret: the event belongs to the mode whose secret verifies it (src/db/modes.ts).
          // Stripe's `livemode` is not used: a live Tariff may well be connected to Stripe test keys.
          try {
            return await runInMode('live', receive);
          } catch (error) {
            if (!(error instanceof ApiError) || !NOT_THIS_MODE.has(error.code)) throw error;
            try {
              return await runInMode('test', receive);
            } catch {
              throw error;
            }
          }
        },
      );
    });
  };
}
