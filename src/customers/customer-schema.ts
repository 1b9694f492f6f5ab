import { Type } from 'typebox';
import { PaymentTermsSchema } from '../account/collection-schema.js';
import { Nullable } from '../http/openapi/index.js';
import { Metadata, Timestamp } from '../http/schemas.js';
import { BillingDetails } from './schemas.js';

/** A customer as the API answers it (`customerJson`). */
export const Customer = Type.Object(
  {
    id: Type.String({ description: 'cus_…', examples: ['cus_01JQ3Z6Y8K4T1V0X2B9N5M7P3R'] }),
    object: Type.Literal('customer'),
    external_id: Nullable(Type.String({ description: 'Your own id for this customer (the tenant id).' })),
    name: Nullable(Type.String()),
    email: Nullable(Type.String()),
    currency: Nullable(Type.String({ description: 'ISO 4217; fixed by the first subscription or invoice.' })),
    billing_details: BillingDetails,
    test_clock: Nullable(
      Type.String({ description: 'The test clock (clock_…) moving this customer’s time.' }),
    ),
    metadata: Metadata,
    payment_terms: Nullable(PaymentTermsSchema, {
      description: 'Overrides the account’s payment terms; null: the account’s.',
    }),
    created_at: Timestamp,
    updated_at: Timestamp,
  },
  { title: 'Customer' },
);
