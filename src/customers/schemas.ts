import { Type } from 'typebox';
import { PaymentTermsSchema } from '../account/collection-schema.js';
import { Nullable } from '../http/openapi/index.js';
import { CurrencyCode, ListQuery, Metadata, Obj } from '../http/schemas.js';

const Address = Obj({
  line1: Type.Optional(Type.String({ maxLength: 200 })),
  line2: Type.Optional(Type.String({ maxLength: 200 })),
  city: Type.Optional(Type.String({ maxLength: 200 })),
  state: Type.Optional(Type.String({ maxLength: 200 })),
  postal_code: Type.Optional(Type.String({ maxLength: 20 })),
  country: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2' })),
});

export const BillingDetails = Obj({
  company_name: Type.Optional(Type.String({ maxLength: 200 })),
  address: Type.Optional(Address),
  tax_ids: Type.Optional(
    Type.Array(Obj({ type: Type.String({ maxLength: 40 }), value: Type.String({ maxLength: 64 }) }), {
      maxItems: 5,
    }),
  ),
});

const fields = {
  name: Type.Optional(Type.String({ maxLength: 200 })),
  email: Type.Optional(Type.String({ format: 'email', maxLength: 320 })),
  currency: Type.Optional(CurrencyCode),
  billing_details: Type.Optional(BillingDetails),
  metadata: Type.Optional(Metadata),
  payment_terms: Type.Optional(
    Nullable(PaymentTermsSchema, { description: 'This customer’s own payment terms; null: the account’s.' }),
  ),
};

export const CustomerCreate = Obj(
  {
    external_id: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 255,
        description: 'Your own id for this customer (the tenant id).',
      }),
    ),
    test_clock: Type.Optional(Type.String({ description: 'Attach the customer to a test clock (clock_…).' })),
    ...fields,
  },
  {
    examples: [
      {
        external_id: 'tenant-42',
        name: 'Acme KK',
        currency: 'JPY',
        billing_details: { company_name: 'Acme KK', address: { country: 'JP' } },
      },
    ],
  },
);

export const CustomerUpdate = Obj({
  external_id: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })),
  ...fields,
});

export const CustomerListQuery = Obj({
  ...ListQuery,
  external_id: Type.Optional(Type.String()),
  email: Type.Optional(Type.String()),
});
