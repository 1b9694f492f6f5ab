import { Type } from 'typebox';
import { Obj, UnixSeconds } from '../../http/schemas.js';

// Form-encoded bodies arrive as strings (qs turns `a[b]=c` into nested objects).
const Text = Type.String({ minLength: 1, maxLength: 255 });
const Digits = Type.String({ pattern: '^[0-9]{1,12}$' });

export const StripeMeterCreate = Obj({
  display_name: Text,
  event_name: Text,
  default_aggregation: Obj({
    formula: Type.Union([
      Type.Literal('sum'),
      Type.Literal('count'),
      Type.Literal('last'),
      Type.Literal('max'),
      Type.Literal('unique_count'),
    ]),
  }),
  customer_mapping: Type.Optional(
    Obj({ event_payload_key: Text, type: Type.Optional(Type.Literal('by_id')) }),
  ),
  value_settings: Type.Optional(Obj({ event_payload_key: Text })),
  dimension_payload_keys: Type.Optional(Type.Array(Text, { maxItems: 10 })),
  event_time_window: Type.Optional(Type.Union([Type.Literal('day'), Type.Literal('hour')])),
});

export const StripeMeterUpdate = Obj({ display_name: Text });

export const StripeListQuery = Obj({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  starting_after: Type.Optional(Type.String()),
  status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('inactive')])),
});

export const StripeMeterEventCreate = Obj({
  event_name: Text,
  payload: Type.Record(Type.String({ maxLength: 100 }), Type.String({ maxLength: 255 })),
  identifier: Type.Optional(Text),
  timestamp: Type.Optional(Digits),
});

export const StripeAdjustmentCreate = Obj({
  event_name: Text,
  type: Type.Optional(Type.Literal('cancel')),
  cancel: Obj({ identifier: Text }),
});

export const StripeSummaryQuery = Obj({
  customer: Text,
  start_time: UnixSeconds,
  end_time: UnixSeconds,
  value_grouping_window: Type.Optional(Type.Union([Type.Literal('hour'), Type.Literal('day')])),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  starting_after: Type.Optional(Type.String()),
});
