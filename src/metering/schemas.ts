import { Type } from 'typebox';
import { ListQuery, Obj, Timestamp, UnixSeconds } from '../http/schemas.js';

const PayloadKey = Type.String({ minLength: 1, maxLength: 100 });
const EventName = Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9_.:-]+$' });

export const FormulaSchema = Type.Union(
  [
    Type.Literal('sum'),
    Type.Literal('count'),
    Type.Literal('max'),
    Type.Literal('last'),
    Type.Literal('unique_count'),
  ],
  { description: 'How events aggregate over a window.' },
);

export const MeterCreate = Obj({
  event_name: EventName,
  display_name: Type.Optional(Type.String({ minLength: 1, maxLength: 250 })),
  default_aggregation: Obj({ formula: FormulaSchema }),
  customer_mapping: Type.Optional(Obj({ event_payload_key: PayloadKey })),
  value_settings: Type.Optional(Obj({ event_payload_key: PayloadKey })),
  dimension_payload_keys: Type.Optional(Type.Array(PayloadKey, { maxItems: 10, uniqueItems: true })),
});

export const MeterUpdate = Obj({ display_name: Type.String({ minLength: 1, maxLength: 250 }) });

export const MeterListQuery = Obj({
  ...ListQuery,
  status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('inactive')])),
});

/** An event's time: ISO 8601 or Unix seconds. */
export const EventTime = Type.Union([Timestamp, UnixSeconds]);
const Scalar = Type.Union([Type.String({ maxLength: 255 }), Type.Number(), Type.Boolean()]);

export const MeterEventCreate = Obj({
  event_name: EventName,
  payload: Type.Record(Type.String({ maxLength: 100 }), Scalar, { maxProperties: 50 }),
  identifier: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })),
  timestamp: Type.Optional(EventTime),
});

/** Items are checked one by one (a bad event is rejected alone, the others are stored). */
export const MeterEventBatch = Obj({
  events: Type.Array(Type.Unknown(), { minItems: 1, maxItems: 10_000 }),
});

export const MeterEventCancel = Obj({ event_name: EventName, identifier: Type.String({ minLength: 1 }) });

export const UsageQuerySchema = Obj({
  customer: Type.Optional(Type.String({ minLength: 1 })),
  start_time: Timestamp,
  end_time: Timestamp,
  granularity: Type.Optional(
    Type.Union([Type.Literal('hour'), Type.Literal('day'), Type.Literal('month'), Type.Literal('none')]),
  ),
  group_by: Type.Optional(PayloadKey),
  filter: Type.Optional(
    Type.Array(Type.String({ pattern: '^[^:]+:.*$' }), {
      description: 'Dimension filters as `key:value`, repeated: `filter=model:tiny&filter=region:eu`.',
    }),
  ),
});

export const CustomerUsageQuery = Obj({ start_time: Timestamp, end_time: Timestamp });
