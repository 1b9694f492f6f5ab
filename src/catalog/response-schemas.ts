import { Type } from 'typebox';
import { Nullable } from '../http/openapi/index.js';
import { Metadata, Timestamp } from '../http/schemas.js';
import { IntervalUnitSchema, VersionPinSchema } from './schemas.js';

/** The catalog's answers, as its `*Json` serialisers write them. */

const Id = (prefix: string) => Type.String({ description: `${prefix}…` });
const Amount = Type.String({ description: 'A decimal amount as a string.', examples: ['25000'] });
const Version = Type.Integer({ minimum: 1 });
const versioned = {
  lookup_key: Nullable(Type.String()),
  latest_version: Version,
  live_version: Version,
  metadata: Metadata,
  created_at: Timestamp,
  updated_at: Timestamp,
};
const interval = {
  service_interval: IntervalUnitSchema,
  service_interval_count: Type.Integer({ minimum: 1 }),
};

export const BillableItem = Type.Object(
  {
    id: Id('bi_'),
    object: Type.Literal('billable_item'),
    type: Type.Union([Type.Literal('metered'), Type.Literal('licensed')]),
    name: Type.String(),
    unit_label: Nullable(Type.String()),
    lookup_key: Nullable(Type.String()),
    meter: Nullable(Type.String({ description: 'The meter (mtr_…) of a metered item.' })),
    meter_filter: Nullable(Type.Record(Type.String(), Type.String())),
    metadata: Metadata,
    created_at: Timestamp,
    updated_at: Timestamp,
  },
  { title: 'BillableItem' },
);

const Tier = Type.Object({
  up_to: Nullable(Amount, { description: 'Inclusive upper bound; null for the last tier.' }),
  unit_amount: Amount,
  flat_amount: Amount,
});

export const Price = Type.Union(
  [
    Type.Object({ type: Type.Literal('per_unit'), unit_amount: Amount }),
    Type.Object({
      type: Type.Literal('package'),
      package_size: Amount,
      unit_amount: Amount,
      rounding: Type.Union([Type.Literal('up'), Type.Literal('down')]),
    }),
    Type.Object({
      type: Type.Literal('tiered'),
      tiers_mode: Type.Union([Type.Literal('graduated'), Type.Literal('volume')]),
      tiers: Type.Array(Tier),
    }),
    Type.Object({
      type: Type.Literal('matrix'),
      dimensions: Type.Array(Type.String(), { description: 'Dimension keys of the item’s meter.' }),
      entries: Type.Array(
        Type.Object({
          values: Type.Array(Type.String(), { description: 'One value per dimension, in order.' }),
          unit_amount: Amount,
        }),
      ),
      default_unit_amount: Nullable(Amount, {
        description: 'The unit price of usage no entry names; null: such usage is not billed.',
      }),
    }),
    Type.Object({
      type: Type.Literal('percentage'),
      percentage: Amount,
      fixed_amount_per_event: Nullable(Amount),
      min_per_event: Nullable(Amount),
      max_per_event: Nullable(Amount),
    }),
  ],
  { title: 'Price' },
);

export const RateCard = Type.Object(
  {
    id: Id('rc_'),
    object: Type.Literal('rate_card'),
    name: Type.String(),
    currency: Type.String(),
    ...interval,
    ...versioned,
  },
  { title: 'RateCard' },
);

export const Rate = Type.Object(
  {
    id: Id('rate_'),
    object: Type.Literal('rate'),
    rate_card: Type.String(),
    billable_item: Type.String(),
    price: Price,
    from_version: Version,
    to_version: Nullable(Version, {
      description: 'The first version without this price; null: still in the latest.',
    }),
    created_at: Timestamp,
  },
  { title: 'Rate' },
);

export const RateCardWithRates = Type.Object(
  { ...RateCard.properties, rates: Type.Array(Rate) },
  { title: 'RateCardWithRates' },
);

export const RateCardVersion = Type.Object(
  {
    object: Type.Literal('rate_card_version'),
    rate_card: Type.String(),
    version: Version,
    live: Type.Boolean(),
    latest: Type.Boolean(),
    rates: Type.Array(Rate),
    created_at: Timestamp,
  },
  { title: 'RateCardVersion' },
);

/** A rate after an edit, with the card's latest version. */
export const EditedRate = Type.Object(
  { ...Rate.properties, rate_card_version: Version },
  { title: 'EditedRate' },
);

export const DeletedRate = Type.Object(
  { ...Rate.properties, rate_card_version: Version, deleted: Type.Literal(true) },
  { title: 'DeletedRate' },
);

export const LicenseFee = Type.Object(
  {
    id: Id('lf_'),
    object: Type.Literal('license_fee'),
    name: Type.String(),
    licensed_item: Type.String(),
    currency: Type.String(),
    unit_amount: Amount,
    ...interval,
    ...versioned,
  },
  { title: 'LicenseFee' },
);

export const LicenseFeeVersion = Type.Object(
  {
    object: Type.Literal('license_fee_version'),
    license_fee: Type.String(),
    version: Version,
    unit_amount: Amount,
    ...interval,
    created_at: Timestamp,
  },
  { title: 'LicenseFeeVersion' },
);

export const CreditGrantTerms = Type.Object(
  {
    amount: Type.Object({ currency: Type.String(), value: Amount }),
    category: Type.Union([Type.Literal('paid'), Type.Literal('promotional')]),
    applicability: Type.Union([
      Type.Object({ scope: Type.Literal('metered') }),
      Type.Object({ billable_items: Type.Array(Type.String()) }),
    ]),
    priority: Type.Integer(),
    expires: Type.Object({ type: Type.Literal('end_of_service_interval') }),
  },
  { title: 'CreditGrantTerms' },
);

export const ServiceAction = Type.Object(
  {
    id: Id('sa_'),
    object: Type.Literal('service_action'),
    name: Type.String(),
    type: Type.Literal('credit_grant'),
    currency: Type.String(),
    credit_grant: CreditGrantTerms,
    ...interval,
    ...versioned,
  },
  { title: 'ServiceAction' },
);

export const ServiceActionVersion = Type.Object(
  {
    object: Type.Literal('service_action_version'),
    service_action: Type.String(),
    version: Version,
    credit_grant: CreditGrantTerms,
    ...interval,
    created_at: Timestamp,
  },
  { title: 'ServiceActionVersion' },
);

export const PlanComponent = Type.Object(
  {
    type: Type.Union([
      Type.Literal('rate_card'),
      Type.Literal('license_fee'),
      Type.Literal('service_action'),
    ]),
    rate_card: Type.Optional(Type.String()),
    license_fee: Type.Optional(Type.String()),
    service_action: Type.Optional(Type.String()),
    version: VersionPinSchema,
  },
  { title: 'PlanComponent' },
);

export const PricingPlan = Type.Object(
  {
    id: Id('plan_'),
    object: Type.Literal('pricing_plan'),
    name: Type.String(),
    currency: Type.String(),
    lookup_key: Nullable(Type.String()),
    status: Type.Union([Type.Literal('active'), Type.Literal('archived')]),
    latest_version: Version,
    live_version: Version,
    components: Type.Array(PlanComponent),
    metadata: Metadata,
    created_at: Timestamp,
    updated_at: Timestamp,
  },
  { title: 'PricingPlan' },
);

export const PricingPlanVersion = Type.Object(
  {
    object: Type.Literal('pricing_plan_version'),
    pricing_plan: Type.String(),
    version: Version,
    live: Type.Boolean(),
    latest: Type.Boolean(),
    components: Type.Array(PlanComponent),
    created_at: Timestamp,
  },
  { title: 'PricingPlanVersion' },
);

/** A priced line: `amount` rounded once, `amount_precise` exact. */
export const PricedLine = Type.Object(
  {
    type: Type.Union([Type.Literal('usage'), Type.Literal('license_fee')]),
    description: Type.String(),
    billable_item: Type.String(),
    rate_card: Type.Optional(Type.String()),
    rate: Type.Optional(Nullable(Type.String())),
    license_fee: Type.Optional(Type.String()),
    quantity: Amount,
    unit_amount: Nullable(Amount, {
      description: 'Per-unit prices and license fees; null for package and tiers.',
    }),
    amount: Amount,
    amount_precise: Amount,
    period_start: Type.Optional(Timestamp),
    period_end: Type.Optional(Timestamp),
  },
  { title: 'PricedLine' },
);

const Credit = {
  service_action: Type.String(),
  amount: Amount,
  currency: Type.String(),
  category: Type.Union([Type.Literal('paid'), Type.Literal('promotional')]),
  ...interval,
};

const planRef = { pricing_plan: Type.String(), version: Version, currency: Type.String() };

export const PlanPreview = Type.Object(
  {
    object: Type.Literal('pricing_plan_preview'),
    ...planRef,
    lines: Type.Array(PricedLine),
    credits: Type.Array(Type.Object(Credit)),
    total: Amount,
  },
  { title: 'PlanPreview' },
);

export const Simulation = Type.Object(
  {
    object: Type.Literal('simulation'),
    customer: Type.String(),
    ...planRef,
    start_time: Timestamp,
    end_time: Timestamp,
    lines: Type.Array(PricedLine),
    minimum_commitment_true_up: Type.Optional(
      Nullable(Type.Object({ description: Type.String(), amount: Amount })),
    ),
    discounts: Type.Array(
      Type.Object({ discount: Type.String(), description: Type.String(), amount: Amount }),
      { description: 'The discount lines the invoice would carry (negative), counted in the total.' },
    ),
    credits: Type.Array(Type.Object({ ...Credit, period_start: Timestamp, period_end: Timestamp })),
    total: Amount,
  },
  { title: 'Simulation' },
);
