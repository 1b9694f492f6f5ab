import { Type } from 'typebox';
import { Nullable } from '../http/openapi/index.js';
import { Timestamp } from '../http/schemas.js';
import { AccountCollectionFields } from './collection-schema.js';

/** The account as the API answers it (`accountJson`). */
export const Account = Type.Object(
  {
    object: Type.Literal('account'),
    id: Type.String(),
    name: Type.String(),
    time_zone: Type.String({ description: 'IANA time zone, e.g. Asia/Tokyo.' }),
    default_currency: Type.String(),
    invoice_prefix: Type.String(),
    grace_period_seconds: Type.Integer({ minimum: 0 }),
    event_window: Type.Object({
      past_seconds: Type.Integer({ minimum: 0 }),
      future_seconds: Type.Integer({ minimum: 0 }),
    }),
    tax_registration_number: Nullable(Type.String()),
    ...AccountCollectionFields,
    created_at: Timestamp,
    updated_at: Timestamp,
  },
  { title: 'Account' },
);
