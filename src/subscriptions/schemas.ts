import { Type } from 'typebox';
import { Nullable } from '../http/openapi/index.js';
import {
  CurrencyCode,
  Id,
  ListQuery,
  Metadata,
  NonNegativeDecimalString,
  Obj,
  Timestamp,
} from '../http/schemas.js';

const Cadence = Obj({
  interval: Type.Union([
    Type.Literal('day'),
    Type.Literal('week'),
    Type.Literal('month'),
    Type.Literal('year'),
  ]),
  interval_count: Type.Optional(Type.Integer({ minimum: 1, maximum: 120, default: 1 })),
  anchor: Type.Optional(Timestamp),
});

export const ComponentConfigurations = Type.Record(
  Type.String({ maxLength: 255 }),
  Obj({ quantity: NonNegativeDecimalString }),
  {
    description: 'License-fee quantities by license fee id: { "lf_…": { "quantity": "3" } }.',
    maxProperties: 100,
  },
);

export const ProrationBehavior = Type.Union(
  [Type.Literal('always_invoice'), Type.Literal('create_prorations'), Type.Literal('none')],
  {
    description:
      'always_invoice: invoice the difference now; create_prorations: on the next invoice; none: no proration.',
  },
);

const EffectiveAt = Type.Union([Type.Literal('now'), Type.Literal('period_end'), Timestamp], {
  description: '"now" (default), "period_end", or a future timestamp.',
});

/** A minimum spend per billing period (docs/billing.md, "Commitments"); null removes it. */
export const MinimumInput = Nullable(Obj({ amount: NonNegativeDecimalString, currency: CurrencyCode }), {
  description:
    'Minimum spend per billing period, in the subscription currency: a shortfall is billed as a ' +
    '`minimum_commitment_true_up` line on the invoice closing the period, prorated for a partial period.',
});

/** A prepaid commitment: invoiced up front, burned down by usage as a paid credit grant. */
export const PrepaidCommitmentInput = Obj({
  amount: NonNegativeDecimalString,
  currency: CurrencyCode,
  term_months: Type.Optional(Type.Integer({ minimum: 1, maximum: 60, default: 12 })),
});

/** A coupon or a promotion code redeemed on the subscription (at most one of them). */
const DiscountRef = {
  coupon: Type.Optional(Id),
  promotion_code: Type.Optional(
    Type.String({ minLength: 1, maxLength: 255, description: 'Its id or the code itself.' }),
  ),
};

export const SubscriptionCreate = Obj({
  customer: Id,
  pricing_plan: Id,
  pricing_plan_version: Type.Optional(Type.Integer({ minimum: 1 })),
  billing_cadence: Type.Optional(Cadence),
  start_date: Type.Optional(Timestamp),
  backfill: Type.Optional(
    Type.Boolean({
      description:
        "Allows a start_date before the account's event window (at most 2 years back); every period since is billed at once.",
    }),
  ),
  trial_end: Type.Optional(Timestamp),
  component_configurations: Type.Optional(ComponentConfigurations),
  minimum: Type.Optional(MinimumInput),
  prepaid_commitment: Type.Optional(PrepaidCommitmentInput),
  ...DiscountRef,
  metadata: Type.Optional(Metadata),
});

export const SubscriptionUpdate = Obj({
  component_configurations: Type.Optional(ComponentConfigurations),
  minimum: Type.Optional(MinimumInput),
  proration_behavior: Type.Optional(ProrationBehavior),
  effective_at: Type.Optional(EffectiveAt),
  ...DiscountRef,
  metadata: Type.Optional(Metadata),
});

export const ChangePlan = Obj({
  pricing_plan: Id,
  pricing_plan_version: Type.Optional(Type.Integer({ minimum: 1 })),
  component_configurations: Type.Optional(ComponentConfigurations),
  effective_at: Type.Optional(EffectiveAt),
  proration_behavior: Type.Optional(ProrationBehavior),
});

export const Cancel = Obj({
  at: Type.Optional(Type.Union([Type.Literal('now'), Type.Literal('period_end')])),
  proration_behavior: Type.Optional(ProrationBehavior),
});

export const SubscriptionListQuery = Obj({
  ...ListQuery,
  customer: Type.Optional(Type.String()),
  status: Type.Optional(Type.String()),
});
