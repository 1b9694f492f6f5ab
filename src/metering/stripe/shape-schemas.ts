import { Type } from 'typebox';
import { Nullable } from '../../http/openapi/index.js';
import { Obj, Timestamp, UnixSeconds } from '../../http/schemas.js';
import { Formula, MeterStatus } from '../meter-schema.js';

/**
 * Stripe's object shapes as shapes.ts and v2-routes.ts write them (times in Unix seconds on v1,
 * RFC 3339 on v2, as Stripe has them). They describe the answers; they never change them.
 */

export const StripeMeter = Obj({
  id: Type.String(),
  object: Type.Literal('billing.meter'),
  created: UnixSeconds,
  customer_mapping: Obj({ event_payload_key: Type.String(), type: Type.Literal('by_id') }),
  default_aggregation: Obj({ formula: Formula }),
  dimension_payload_keys: Type.Array(Type.String()),
  display_name: Type.String(),
  event_name: Type.String(),
  event_time_window: Type.Null(),
  livemode: Type.Boolean(),
  status: MeterStatus,
  status_transitions: Obj({ deactivated_at: Nullable(UnixSeconds) }),
  updated: UnixSeconds,
  value_settings: Obj({ event_payload_key: Type.String() }),
});

export const StripeMeterEvent = Obj({
  object: Type.Literal('billing.meter_event'),
  created: UnixSeconds,
  event_name: Type.String(),
  identifier: Type.String(),
  livemode: Type.Boolean(),
  payload: Type.Record(Type.String(), Type.String()),
  timestamp: UnixSeconds,
});

export const StripeMeterEventAdjustment = Obj({
  object: Type.Literal('billing.meter_event_adjustment'),
  cancel: Obj({ identifier: Type.String() }),
  event_name: Type.String(),
  livemode: Type.Boolean(),
  status: Type.Literal('complete'),
  type: Type.Literal('cancel'),
});

export const StripeMeterEventSummary = Obj({
  id: Type.String(),
  object: Type.Literal('billing.meter_event_summary'),
  aggregated_value: Type.Number(),
  end_time: UnixSeconds,
  livemode: Type.Boolean(),
  meter: Type.String(),
  start_time: UnixSeconds,
});

/** Stripe's v1 list: the envelope with the list's own `url`. */
export function StripeList<T extends Parameters<typeof Type.Array>[0]>(item: T) {
  return Obj({
    object: Type.Literal('list'),
    data: Type.Array(item),
    has_more: Type.Boolean(),
    url: Type.String(),
  });
}

export const StripeMeterEventSession = Obj({
  object: Type.Literal('v2.billing.meter_event_session'),
  id: Type.String(),
  authentication_token: Type.String({ description: 'Send as `Authorization: Bearer …` to the stream.' }),
  created: Timestamp,
  expires_at: Timestamp,
  livemode: Type.Boolean(),
});

/** An event the stream refused, kept to be listed (Stripe's asynchronous errors). */
export const StripeMeterEventStreamError = Obj({
  object: Type.Literal('v2.billing.meter_event_stream_error'),
  id: Type.String(),
  session: Type.String(),
  event_name: Nullable(Type.String()),
  identifier: Nullable(Type.String()),
  error: Obj({
    code: Type.String(),
    message: Type.String(),
    param: Nullable(Type.String()),
  }),
  event: Type.Unknown({ description: 'The event as it was sent.' }),
  created: Timestamp,
});

/** Stripe v2's error for an expired session (no `param`, unlike Tariff's errors). */
export const StripeSessionExpired = Obj({
  error: Obj({
    type: Type.Literal('temporary_session_expired'),
    code: Type.Literal('billing_meter_event_session_expired'),
    message: Type.String(),
  }),
});

/** The stream's 202 answer: an empty object, as Stripe's. */
export const StripeStreamAccepted = Obj({});
