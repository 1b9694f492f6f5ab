import { Type } from 'typebox';
import {
  CurrencyCode,
  Id,
  ListQuery,
  Metadata,
  NonNegativeDecimalString,
  Obj,
  Timestamp,
} from '../http/schemas.js';

export const AmountInput = Obj({ currency: CurrencyCode, value: NonNegativeDecimalString });

export const ApplicabilityInput = Type.Union([
  Obj({ scope: Type.Literal('metered') }),
  Obj({ billable_items: Type.Array(Id, { minItems: 1, maxItems: 100 }) }),
]);

export const CreditGrantCreate = Obj({
  customer: Id,
  amount: AmountInput,
  category: Type.Union([Type.Literal('paid'), Type.Literal('promotional')]),
  applicability: Type.Optional(ApplicabilityInput),
  priority: Type.Optional(Type.Integer({ minimum: 0, maximum: 100, default: 50 })),
  effective_at: Type.Optional(Timestamp),
  expires_at: Type.Optional(Timestamp),
  name: Type.Optional(Type.String({ maxLength: 200 })),
  metadata: Type.Optional(Metadata),
});

export const CreditGrantListQuery = Obj({
  ...ListQuery,
  customer: Type.Optional(Id),
  status: Type.Optional(
    Type.Union([
      Type.Literal('pending'),
      Type.Literal('active'),
      Type.Literal('expired'),
      Type.Literal('voided'),
    ]),
  ),
});

export const CreditTransactionListQuery = Obj({ ...ListQuery, grant: Type.Optional(Id) });

export const TopUpCreate = Obj({
  amount: AmountInput,
  priority: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
  expires_at: Type.Optional(Timestamp),
  applicability: Type.Optional(ApplicabilityInput),
});

export const AutoTopUpUpdate = Obj({
  enabled: Type.Boolean(),
  currency: CurrencyCode,
  threshold: NonNegativeDecimalString,
  amount: NonNegativeDecimalString,
});
