import { Type } from 'typebox';
import { Obj } from '../http/schemas.js';

export const PaymentSettingsUpdate = Obj({
  provider: Type.Optional(
    Type.Union([Type.Literal('manual'), Type.Literal('stripe')], {
      description:
        '`manual` (payments recorded by hand) or `stripe` (invoices pushed to Stripe and paid there).',
    }),
  ),
  stripe: Type.Optional(
    Obj({
      secret_key: Type.Optional(
        Type.String({
          pattern: '^(sk|rk)_(test|live)_[A-Za-z0-9_]+$',
          maxLength: 255,
          description: 'Never returned.',
        }),
      ),
      webhook_secret: Type.Optional(
        Type.String({ pattern: '^whsec_[A-Za-z0-9_]+$', maxLength: 255, description: 'Never returned.' }),
      ),
      api_base: Type.Optional(
        Type.String({
          pattern: '^https?://[^\\s/]+(:[0-9]+)?/?$',
          maxLength: 255,
          description:
            'Another Stripe-compatible API (stripe-mock, a proxy). Default https://api.stripe.com.',
        }),
      ),
    }),
  ),
});
