import { Type } from 'typebox';
import { Nullable } from '../http/openapi/index.js';
import { Obj, Timestamp } from '../http/schemas.js';

/** What the webhooks API writes: the schemas of json.ts's answers. */

const NullableString = Nullable(Type.String());
const NullableTimestamp = Nullable(Timestamp);

export const Event = Obj({
  id: Type.String(),
  object: Type.Literal('event'),
  type: Type.String({ examples: ['invoice.finalized'] }),
  created: Timestamp,
  livemode: Type.Boolean({
    description: 'False for an event of test mode (docs/security.md#live-and-test-mode), as in Stripe.',
  }),
  data: Obj({
    object: Type.Record(Type.String(), Type.Unknown(), {
      description: 'The object the event is about, as the API wrote it then.',
    }),
  }),
});

const endpointFields = {
  id: Type.String(),
  object: Type.Literal('webhook_endpoint'),
  url: Type.String(),
  description: NullableString,
  enabled_events: Type.Array(Type.String()),
  status: Type.Union([Type.Literal('enabled'), Type.Literal('disabled')]),
  metadata: Type.Record(Type.String(), Type.String()),
  created_at: Timestamp,
  updated_at: Timestamp,
};
export const WebhookEndpoint = Obj(endpointFields);
/** Only the answer to the creation carries the signing secret. */
export const CreatedWebhookEndpoint = Obj({
  ...endpointFields,
  secret: Type.String({ description: 'The signing secret (`whsec_…`): shown only here.' }),
});

export const DeletedWebhookEndpoint = Obj({
  id: Type.String(),
  object: Type.Literal('webhook_endpoint'),
  deleted: Type.Literal(true),
});

const Attempt = Obj({
  id: Type.String(),
  object: Type.Literal('webhook_attempt'),
  attempted_at: Timestamp,
  status_code: Nullable(Type.Integer()),
  error: NullableString,
  response_body: NullableString,
  duration_ms: Type.Integer({ minimum: 0 }),
  manual: Type.Boolean(),
});

export const WebhookDelivery = Obj({
  id: Type.String(),
  object: Type.Literal('webhook_delivery'),
  webhook_endpoint: Type.String(),
  event: Type.String(),
  status: Type.Union([Type.Literal('pending'), Type.Literal('succeeded'), Type.Literal('failed')]),
  attempt_count: Type.Integer({ minimum: 0 }),
  next_attempt_at: NullableTimestamp,
  retry_until: Timestamp,
  last_status_code: Nullable(Type.Integer()),
  last_error: NullableString,
  delivered_at: NullableTimestamp,
  created_at: Timestamp,
  attempts: Type.Array(Attempt),
});
