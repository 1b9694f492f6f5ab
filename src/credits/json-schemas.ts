import { Type } from 'typebox';
import { AmountOut } from '../http/openapi/decimal-out.js';
import { Nullable } from '../http/openapi/index.js';
import { Obj, Timestamp } from '../http/schemas.js';

/** What the credits API writes: grant.ts, balance.ts, ledger.ts, top-ups.ts and auto-top-up.ts. */

const Value = AmountOut;
const AmountObject = Obj({ currency: Type.String(), value: Value });
const NullableString = Nullable(Type.String());
const NullableTimestamp = Nullable(Timestamp);

const Applicability = Type.Union([
  Obj({ scope: Type.Literal('metered') }),
  Obj({ billable_items: Type.Array(Type.String()) }),
]);

const grantFields = {
  id: Type.String(),
  object: Type.Literal('credit_grant'),
  customer: Type.String(),
  name: NullableString,
  amount: AmountObject,
  remaining: AmountObject,
  category: Type.Union([Type.Literal('paid'), Type.Literal('promotional')]),
  applicability: Applicability,
  priority: Type.Integer(),
  effective_at: NullableTimestamp,
  expires_at: NullableTimestamp,
  status: Type.Union([
    Type.Literal('pending'),
    Type.Literal('scheduled'),
    Type.Literal('active'),
    Type.Literal('expired'),
    Type.Literal('voided'),
  ]),
  source: Type.String(),
  subscription: NullableString,
  invoice: NullableString,
  metadata: Type.Record(Type.String(), Type.String()),
  voided_at: NullableTimestamp,
  expired_at: NullableTimestamp,
  created_at: Timestamp,
};
export const CreditGrant = Obj(grantFields, {
  description: '`remaining` is what invoices left of it (usage not yet invoiced not counted).',
});

export const CreditBalance = Obj({
  object: Type.Literal('credit_balance'),
  customer: Type.String(),
  as_of: Timestamp,
  balances: Type.Array(Obj({ currency: Type.String(), available: Value, granted: Value, consumed: Value })),
  grants: Type.Array(
    Obj(
      { ...grantFields, available: AmountObject },
      { description: 'A usable grant and what is left of it once the usage so far is counted.' },
    ),
  ),
});

export const CreditTransaction = Obj({
  id: Type.String(),
  object: Type.Literal('credit_transaction'),
  credit_grant: Type.String(),
  customer: Type.String(),
  type: Type.Union([
    Type.Literal('granted'),
    Type.Literal('consumed'),
    Type.Literal('restored'),
    Type.Literal('expired'),
    Type.Literal('voided'),
  ]),
  amount: AmountObject,
  invoice: NullableString,
  invoice_line: NullableString,
  occurred_at: Timestamp,
});

export const TopUp = Obj({
  id: Type.String(),
  object: Type.Literal('top_up'),
  customer: Type.String(),
  amount: AmountObject,
  credit_grant: Type.String(),
  invoice: NullableString,
  status: Type.Union([Type.Literal('pending'), Type.Literal('paid'), Type.Literal('failed')]),
  automatic: Type.Boolean(),
  created_at: Timestamp,
});

export const AutoTopUp = Obj({
  object: Type.Literal('auto_top_up'),
  customer: Type.String(),
  enabled: Type.Boolean(),
  currency: Type.String(),
  threshold: Value,
  amount: Value,
  updated_at: Timestamp,
});
