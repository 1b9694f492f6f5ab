import { Type } from 'typebox';
import { Nullable } from '../http/openapi/index.js';
import { Obj, Timestamp } from '../http/schemas.js';

/** What the payments API writes: settings.ts's answer and the Stripe webhook receiver's. */

const settingsFields = {
  object: Type.Literal('payment_settings'),
  provider: Type.Union([Type.Literal('manual'), Type.Literal('stripe')]),
  stripe: Obj({
    connected: Type.Boolean(),
    secret_key_hint: Nullable(Type.String(), {
      description: 'The key\'s prefix and last four characters, e.g. "sk_test_…4242"; never the key.',
    }),
    webhook_secret_set: Type.Boolean(),
    api_base: Nullable(Type.String()),
    webhook_path: Type.Literal('/v1/webhooks/stripe'),
  }),
  updated_at: Timestamp,
};
export const PaymentSettings = Obj(settingsFields);

/** The settings and the Stripe pushes that failed and wait for a retry or a reconcile. */
export const PaymentSettingsWithSync = Obj({
  ...settingsFields,
  sync: Obj({ failed: Type.Integer({ minimum: 0 }), last_error: Nullable(Type.String()) }),
});

export const StripeWebhookReceived = Obj({
  received: Type.Literal(true),
  event: Type.String({ description: "Stripe's event id (`evt_…`)." }),
  outcome: Type.String({
    description: 'What Tariff did with it, e.g. `ignored` or `duplicate (…)` for an event already received.',
  }),
});
