import { Type } from 'typebox';
import { Nullable } from '../http/openapi/index.js';
import { Id, ListQuery, NonNegativeDecimalString, Obj, Timestamp } from '../http/schemas.js';

const FeatureTypeSchema = Type.Union([
  Type.Literal('boolean'),
  Type.Literal('static'),
  Type.Literal('metered'),
]);
const OverageSchema = Type.Union([Type.Literal('block'), Type.Literal('allow'), Type.Literal('notify')], {
  description:
    'What happens past the limit: `block` (a hard limit: checks answer not allowed), `allow` (usage goes on and is billed at the rate card), `notify` (allowed; only the webhook).',
});
const IntervalSchema = Type.Union([
  Type.Literal('day'),
  Type.Literal('week'),
  Type.Literal('month'),
  Type.Literal('year'),
]);
const FeatureKey = Type.String({ pattern: '^[A-Za-z0-9_.:-]{1,100}$', examples: ['api_calls'] });
const DimensionFilter = Type.Record(Type.String({ maxLength: 100 }), Type.String({ maxLength: 200 }), {
  maxProperties: 20,
});

export const FeatureCreate = Obj({
  key: FeatureKey,
  name: Type.String({ minLength: 1, maxLength: 200 }),
  type: FeatureTypeSchema,
  meter: Type.Optional(Id),
  meter_filter: Type.Optional(DimensionFilter),
});
export const FeatureListQuery = Obj({ ...ListQuery });

export const Feature = Type.Object(
  {
    id: Type.String(),
    object: Type.Literal('feature'),
    key: Type.String(),
    name: Type.String(),
    type: FeatureTypeSchema,
    meter: Nullable(Type.String()),
    meter_filter: Nullable(DimensionFilter),
    status: Type.Union([Type.Literal('active'), Type.Literal('archived')]),
    created_at: Timestamp,
  },
  { title: 'Feature' },
);

export const PlanEntitlementCreate = Obj({
  feature: Type.String({ minLength: 1, description: 'Feature id or key.' }),
  version: Type.Optional(
    Type.Integer({
      minimum: 1,
      description: 'One plan version; omitted: every version without its own entry.',
    }),
  ),
  enabled: Type.Optional(Type.Boolean({ default: true })),
  value: Type.Optional(
    Type.Unknown({ description: 'Static features: the JSON value your application reads.' }),
  ),
  limit: Type.Optional(NonNegativeDecimalString),
  soft_limit: Type.Optional(NonNegativeDecimalString),
  overage: Type.Optional(OverageSchema),
  interval: Type.Optional(IntervalSchema),
  interval_count: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
});
export const PlanEntitlementQuery = Obj({ version: Type.Optional(Type.Integer({ minimum: 1 })) });
export const PlanFeatureParams = Obj({ id: Id, feature: Type.String({ minLength: 1 }) });

export const PlanEntitlement = Type.Object(
  {
    id: Type.String(),
    object: Type.Literal('plan_entitlement'),
    pricing_plan: Type.String(),
    version: Nullable(Type.Integer()),
    feature: Feature,
    enabled: Type.Boolean(),
    value: Type.Unknown(),
    limit: Nullable(Type.String()),
    soft_limit: Nullable(Type.String()),
    overage: OverageSchema,
    interval: Nullable(IntervalSchema),
    interval_count: Type.Integer(),
    created_at: Timestamp,
  },
  { title: 'PlanEntitlement' },
);

export const CheckRequest = Obj({
  customer: Type.String({ minLength: 1, description: 'Customer id or external_id.' }),
  feature: Type.String({ minLength: 1, description: 'Feature id or key.' }),
});

const stateFields = {
  feature: Type.String({ description: 'The feature key.' }),
  type: FeatureTypeSchema,
  allowed: Type.Boolean(),
  reason: Type.Union([
    Type.Literal('ok'),
    Type.Literal('disabled'),
    Type.Literal('limit_reached'),
    Type.Literal('overage'),
    Type.Literal('no_entitlement'),
  ]),
  value: Type.Unknown({ description: 'Static features: the configured value; otherwise null.' }),
  usage: Nullable(Type.String()),
  limit: Nullable(
    Type.String({ description: "The plan's limit plus effective grants; null when unlimited." }),
  ),
  soft_limit: Nullable(Type.String()),
  balance: Nullable(Type.String()),
  overage: Nullable(OverageSchema),
  period_start: Nullable(Timestamp),
  resets_at: Nullable(Timestamp),
  subscription: Nullable(Type.String()),
};

export const EntitlementCheck = Type.Object(
  { object: Type.Literal('entitlement_check'), customer: Type.String(), ...stateFields },
  { title: 'EntitlementCheck' },
);
export const CustomerEntitlement = Type.Object(
  { object: Type.Literal('entitlement'), ...stateFields },
  { title: 'CustomerEntitlement' },
);
export const CustomerEntitlements = Type.Object(
  {
    object: Type.Literal('list'),
    customer: Type.String(),
    data: Type.Array(CustomerEntitlement),
    has_more: Type.Boolean(),
  },
  { title: 'CustomerEntitlements' },
);

export const GrantCreate = Obj({
  feature: Type.String({ minLength: 1 }),
  amount: NonNegativeDecimalString,
  effective_at: Type.Optional(Timestamp),
  expires_at: Type.Optional(Timestamp),
});
export const EntitlementGrant = Type.Object(
  {
    id: Type.String(),
    object: Type.Literal('entitlement_grant'),
    customer: Type.String(),
    feature: Type.String(),
    amount: Type.String(),
    effective_at: Timestamp,
    expires_at: Timestamp,
    created_at: Timestamp,
  },
  { title: 'EntitlementGrant' },
);
