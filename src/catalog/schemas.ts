import { Type } from 'typebox';
import {
  CurrencyCode,
  DecimalString,
  Id,
  ListQuery,
  Metadata,
  NonNegativeDecimalString,
  Obj,
  Timestamp,
} from '../http/schemas.js';

const Name = Type.String({ minLength: 1, maxLength: 250 });
const LookupKey = Type.String({
  minLength: 1,
  maxLength: 200,
  description: 'Your own unique key for this object; usable wherever its id is.',
});

export const IntervalUnitSchema = Type.Enum(['day', 'week', 'month', 'year']);
const IntervalCount = Type.Integer({ minimum: 1, maximum: 120, default: 1 });
const serviceInterval = {
  service_interval: IntervalUnitSchema,
  service_interval_count: Type.Optional(IntervalCount),
};

export const BillableItemCreate = Obj({
  type: Type.Enum(['metered', 'licensed']),
  name: Name,
  unit_label: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
  lookup_key: Type.Optional(LookupKey),
  meter: Type.Optional(
    Type.String({ minLength: 1, description: 'Metered items: the meter id or event_name.' }),
  ),
  meter_filter: Type.Optional(
    Type.Record(Type.String({ minLength: 1, maxLength: 100 }), Type.String({ maxLength: 255 }), {
      maxProperties: 10,
      description: 'Count only events whose dimensions have these values, e.g. {"model": "large"}.',
    }),
  ),
  metadata: Type.Optional(Metadata),
});

export const BillableItemUpdate = Obj({
  name: Type.Optional(Name),
  unit_label: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
  lookup_key: Type.Optional(LookupKey),
  metadata: Type.Optional(Metadata),
});

export const BillableItemListQuery = Obj({
  ...ListQuery,
  type: Type.Optional(Type.Enum(['metered', 'licensed'])),
  meter: Type.Optional(Type.String()),
  lookup_key: Type.Optional(Type.String()),
});

const TierInput = Obj({
  up_to: Type.Union([NonNegativeDecimalString, Type.Null()]),
  unit_amount: Type.Optional(NonNegativeDecimalString),
  flat_amount: Type.Optional(NonNegativeDecimalString),
});

const MatrixEntryInput = Obj({
  values: Type.Array(Type.String({ maxLength: 200 }), { minItems: 1, maxItems: 4 }),
  unit_amount: NonNegativeDecimalString,
});

/**
 * One closed object for every model so that a wrong field gets a precise param; which fields a
 * model needs is checked in price-input.ts, and the tier rules in src/core/pricing.
 */
export const PriceInput = Obj(
  {
    type: Type.Enum(['per_unit', 'package', 'tiered', 'matrix', 'percentage']),
    unit_amount: Type.Optional(NonNegativeDecimalString),
    package_size: Type.Optional(NonNegativeDecimalString),
    rounding: Type.Optional(Type.Enum(['up', 'down'])),
    tiers_mode: Type.Optional(Type.Enum(['graduated', 'volume'])),
    tiers: Type.Optional(Type.Array(TierInput, { maxItems: 100 })),
    dimensions: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 100 }), {
        maxItems: 4,
        description: 'matrix: the meter dimension keys the price depends on.',
      }),
    ),
    entries: Type.Optional(Type.Array(MatrixEntryInput, { maxItems: 1000 })),
    default_unit_amount: Type.Optional(
      Type.Union([NonNegativeDecimalString, Type.Null()], {
        description:
          'matrix: the unit price of usage no entry names (one line, "(other)"); null leaves it unbilled, with a warning on the upcoming invoice.',
      }),
    ),
    // percentage: the percent of each event's amount, "2.9" for 2.9 % (0 to 100).
    percentage: Type.Optional(NonNegativeDecimalString),
    fixed_amount_per_event: Type.Optional(
      Type.Union([NonNegativeDecimalString, Type.Null()], {
        description: 'percentage: added to every event’s fee.',
      }),
    ),
    min_per_event: Type.Optional(
      Type.Union([NonNegativeDecimalString, Type.Null()], {
        description: 'percentage: the least fee of one event.',
      }),
    ),
    max_per_event: Type.Optional(
      Type.Union([NonNegativeDecimalString, Type.Null()], {
        description: 'percentage: the most fee of one event.',
      }),
    ),
  },
  {
    description:
      'per_unit (unit_amount), package (package_size, unit_amount, rounding), tiered, matrix (dimensions, entries: one unit_amount per combination of dimension values), or percentage (percentage, fixed_amount_per_event, min_per_event, max_per_event: a fee per event of a summed amount).',
  },
);

export const RateCardCreate = Obj({
  name: Name,
  currency: CurrencyCode,
  ...serviceInterval,
  lookup_key: Type.Optional(LookupKey),
  metadata: Type.Optional(Metadata),
});

export const VersionedUpdate = Obj({
  name: Type.Optional(Name),
  live_version: Type.Optional(Type.Integer({ minimum: 1 })),
  lookup_key: Type.Optional(LookupKey),
  metadata: Type.Optional(Metadata),
});

export const RateSet = Obj({ billable_item: Id, price: PriceInput, metadata: Type.Optional(Metadata) });
export const RateChange = Obj({ price: PriceInput });
export const RateParams = Obj({ id: Id, rate: Id });
export const VersionQuery = Obj({ version: Type.Optional(Type.Integer({ minimum: 1 })) });

export const LicenseFeeCreate = Obj({
  name: Type.Optional(Name),
  licensed_item: Id,
  currency: CurrencyCode,
  unit_amount: NonNegativeDecimalString,
  ...serviceInterval,
  lookup_key: Type.Optional(LookupKey),
  metadata: Type.Optional(Metadata),
});

/** A change of price or interval makes a new version; the rest edits the fee itself. */
export const LicenseFeeUpdate = Obj({
  name: Type.Optional(Name),
  unit_amount: Type.Optional(NonNegativeDecimalString),
  service_interval: Type.Optional(IntervalUnitSchema),
  service_interval_count: Type.Optional(IntervalCount),
  live_version: Type.Optional(Type.Integer({ minimum: 1 })),
  lookup_key: Type.Optional(LookupKey),
  metadata: Type.Optional(Metadata),
});

const Applicability = Type.Union([
  Obj({ scope: Type.Literal('metered') }),
  Obj({ billable_items: Type.Array(Id, { minItems: 1, maxItems: 100 }) }),
]);

export const CreditGrantInput = Obj({
  amount: Obj({ currency: CurrencyCode, value: NonNegativeDecimalString }),
  category: Type.Optional(Type.Enum(['paid', 'promotional'])),
  applicability: Type.Optional(Applicability),
  priority: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
  expires: Type.Optional(
    Obj(
      { type: Type.Literal('end_of_service_interval') },
      { description: 'The only expiry: the interval end.' },
    ),
  ),
});

export const ServiceActionCreate = Obj({
  name: Type.Optional(Name),
  type: Type.Literal('credit_grant'),
  credit_grant: CreditGrantInput,
  ...serviceInterval,
  lookup_key: Type.Optional(LookupKey),
  metadata: Type.Optional(Metadata),
});

export const ServiceActionUpdate = Obj({
  name: Type.Optional(Name),
  credit_grant: Type.Optional(CreditGrantInput),
  service_interval: Type.Optional(IntervalUnitSchema),
  service_interval_count: Type.Optional(IntervalCount),
  live_version: Type.Optional(Type.Integer({ minimum: 1 })),
  lookup_key: Type.Optional(LookupKey),
  metadata: Type.Optional(Metadata),
});

export const VersionPinSchema = Type.Union([Type.Integer({ minimum: 1 }), Type.Enum(['latest', 'live'])], {
  description: 'A version number to pin, "latest" (default) to follow every new version, or "live".',
});

export const ComponentInput = Obj({
  type: Type.Enum(['rate_card', 'license_fee', 'service_action']),
  rate_card: Type.Optional(Id),
  license_fee: Type.Optional(Id),
  service_action: Type.Optional(Id),
  version: Type.Optional(VersionPinSchema),
});

export const PricingPlanCreate = Obj({
  name: Name,
  currency: CurrencyCode,
  lookup_key: Type.Optional(LookupKey),
  components: Type.Optional(Type.Array(ComponentInput, { maxItems: 50 })),
  metadata: Type.Optional(Metadata),
});

export const ComponentParams = Obj({ id: Id, component: Id });
export const ComponentChange = Obj({ version: VersionPinSchema });

export const PlanListQuery = Obj({
  ...ListQuery,
  status: Type.Optional(Type.Enum(['active', 'archived'])),
  currency: Type.Optional(Type.String()),
});

export const PlanVersionParams = Obj({ id: Id, version: Type.Integer({ minimum: 1 }) });

export const PreviewRequest = Obj({
  version: Type.Optional(Type.Integer({ minimum: 1 })),
  quantities: Type.Optional(
    Type.Record(Type.String({ minLength: 1 }), DecimalString, {
      maxProperties: 500,
      description: 'Quantity per billable item (id or lookup_key) for one service interval.',
    }),
  ),
});

export const SimulateRequest = Obj({
  pricing_plan: Id,
  pricing_plan_version: Type.Optional(Type.Integer({ minimum: 1 })),
  start_time: Timestamp,
  end_time: Timestamp,
  quantities: Type.Optional(
    Type.Record(Type.String({ minLength: 1 }), DecimalString, {
      maxProperties: 100,
      description: 'License fee quantities per licensed item (id or lookup_key); default 1.',
    }),
  ),
  minimum: Type.Optional(
    Obj(
      { amount: NonNegativeDecimalString, currency: CurrencyCode },
      {
        description:
          'A minimum spend for the window taken as one billing period: a shortfall is shown as the ' +
          'true-up the invoice would carry, and counted in the total.',
      },
    ),
  ),
  coupon: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 255,
      description:
        'A coupon to preview, as if redeemed at start_time (checked, not counted); it stands in for the customer’s own discount.',
    }),
  ),
  promotion_code: Type.Optional(
    Type.String({ minLength: 1, maxLength: 255, description: 'A promotion code (id or code) to preview.' }),
  ),
});

export const ListOnly = Obj({ ...ListQuery });
