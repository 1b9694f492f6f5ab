import { type Static, Type } from 'typebox';
import { DecimalOut } from '../http/openapi/decimal-out.js';
import { Nullable } from '../http/openapi/index.js';
import { Obj, Timestamp } from '../http/schemas.js';

/** What the metering API writes: the schemas of meter.ts, event.ts and batch-json.ts answers. */

export const Formula = Type.Union(
  [
    Type.Literal('sum'),
    Type.Literal('count'),
    Type.Literal('max'),
    Type.Literal('last'),
    Type.Literal('unique_count'),
  ],
  { description: 'How the events of a period are aggregated.' },
);
export const MeterStatus = Type.Union([Type.Literal('active'), Type.Literal('inactive')]);
const NullableTimestamp = Nullable(Timestamp);

export const Meter = Obj(
  {
    id: Type.String(),
    object: Type.Literal('meter'),
    event_name: Type.String(),
    display_name: Type.String(),
    status: MeterStatus,
    default_aggregation: Obj({ formula: Formula }),
    customer_mapping: Obj({ event_payload_key: Type.String() }),
    value_settings: Obj({ event_payload_key: Type.String() }),
    dimension_payload_keys: Type.Array(Type.String()),
    deactivated_at: NullableTimestamp,
    created_at: Timestamp,
    updated_at: Timestamp,
  },
  { description: 'A meter: how events named `event_name` become usage.' },
);
export type MeterJson = Static<typeof Meter>;

const meterEventFields = {
  object: Type.Literal('meter_event'),
  id: Type.String(),
  event_name: Type.String(),
  meter: Type.String(),
  customer: Type.String(),
  identifier: Type.String(),
  timestamp: Timestamp,
  value: DecimalOut,
  distinct_value: Nullable(Type.String()),
  dimensions: Type.Record(Type.String(), Type.String()),
  created_at: Timestamp,
  cancelled_at: NullableTimestamp,
};
export const MeterEvent = Obj(meterEventFields, { description: 'A stored usage event.' });
export type MeterEventJson = Static<typeof MeterEvent>;

/** The answer to a single event: `duplicate` when its identifier was already recorded (nothing changed). */
export const RecordedMeterEvent = Obj(
  { ...meterEventFields, status: Type.Union([Type.Literal('accepted'), Type.Literal('duplicate')]) },
  { description: 'The stored event and whether this request stored it or found it already recorded.' },
);

const EventStatus = Type.Union([
  Type.Literal('accepted'),
  Type.Literal('duplicate'),
  Type.Literal('rejected'),
]);
export const MeterEventResult = Obj({
  index: Type.Integer({ minimum: 0 }),
  identifier: Nullable(Type.String()),
  status: EventStatus,
  error: Type.Optional(Obj({ code: Type.String(), message: Type.String(), param: Nullable(Type.String()) })),
});

export const MeterEventBatchResult = Obj(
  {
    object: Type.Literal('meter_event_batch'),
    results: Type.Array(MeterEventResult),
    accepted: Type.Integer({ minimum: 0 }),
    duplicates: Type.Integer({ minimum: 0 }),
    rejected: Type.Integer({ minimum: 0 }),
  },
  { description: 'One result per event sent, in order; a rejected event does not stop the others.' },
);

export const MeterEventAdjustment = Obj({
  object: Type.Literal('meter_event_adjustment'),
  id: Type.String(),
  type: Type.Literal('cancel'),
  meter: Type.String(),
  cancel: Obj({ identifier: Type.String() }),
  created_at: Timestamp,
});

export const MeterUsage = Obj({
  object: Type.Literal('meter_usage'),
  meter: Type.String(),
  formula: Formula,
  customer: Nullable(Type.String()),
  time_zone: Type.String(),
  data: Type.Array(
    Obj({
      start_time: Timestamp,
      end_time: Timestamp,
      value: DecimalOut,
      dimensions: Type.Record(Type.String(), Nullable(Type.String()), {
        description: 'With `group_by`, the group: null for the events without that dimension.',
      }),
    }),
  ),
});

export const CustomerUsage = Obj({
  object: Type.Literal('customer_usage'),
  customer: Type.String(),
  start_time: Timestamp,
  end_time: Timestamp,
  data: Type.Array(
    Obj({
      meter: Type.String(),
      event_name: Type.String(),
      display_name: Type.String(),
      formula: Formula,
      value: DecimalOut,
    }),
  ),
});
