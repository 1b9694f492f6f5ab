import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Obj } from '../http/schemas.js';
import { ApiError } from '../shared/errors/index.js';
import { accountJson } from './account.js';
import { Account } from './account-schema.js';
import { AccountCollectionUpdate } from './collection-schema.js';
import type { AccountService } from './service.js';

const AccountUpdate = Obj({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  time_zone: Type.Optional(
    Type.String({ description: 'IANA time zone for calendar days and months, e.g. Asia/Tokyo.' }),
  ),
  default_currency: Type.Optional(Type.String({ pattern: '^[A-Za-z]{3}$' })),
  invoice_prefix: Type.Optional(Type.String({ pattern: '^[A-Z0-9-]{1,12}$' })),
  grace_period_seconds: Type.Optional(Type.Integer({ minimum: 0, maximum: 30 * 86400 })),
  event_window: Type.Optional(
    Obj({
      past_seconds: Type.Optional(Type.Integer({ minimum: 0, maximum: 400 * 86400 })),
      future_seconds: Type.Optional(Type.Integer({ minimum: 0, maximum: 86400 })),
    }),
  ),
  tax_registration_number: Type.Optional(
    Type.Union([Type.String({ minLength: 1, maxLength: 64 }), Type.Null()], {
      description: 'Shown on invoices; in Japan the qualified-invoice number, "T" and 13 digits.',
    }),
  ),
  ...AccountCollectionUpdate,
});

export function accountRoutes(account: AccountService): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/v1/account',
      {
        schema: {
          operationId: 'account.retrieve',
          response: { 200: Account },
          tags: ['account'],
          summary: 'Account settings',
        },
      },
      async () => accountJson(await account.get()),
    );
    app.post(
      '/v1/account',
      {
        schema: {
          operationId: 'account.update',
          response: { 200: Account },
          tags: ['account'],
          summary: 'Update account settings',
          body: AccountUpdate,
        },
      },
      async (request) => {
        // Settings are shared by both modes and printed on live invoices (issuer, bank details):
        // a test-mode key, handed to developers, must not change them. A live key may, even
        // while it acts on test data (the console's test-mode switch).
        if (request.context?.keyMode === 'test') {
          throw new ApiError(
            'permission_denied',
            'Account settings are shared by live and test mode: change them with a live-mode key.',
          );
        }
        return accountJson(await account.update(request.body));
      },
    );
  };
}
