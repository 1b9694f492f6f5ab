import { Type } from 'typebox';
import { DecimalString, Timestamp } from '../http/schemas.js';

/** An accepted event the apply worker did not store (`refusalJson`). */
export const MeterEventRefusal = Type.Object(
  {
    object: Type.Literal('meter_event_refusal'),
    id: Type.String({
      description:
        "The refused event's id (`evt_…`, as `POST /v1/meter_events` answered it): one refusal per event.",
    }),
    meter: Type.String(),
    customer: Type.String(),
    identifier: Type.String(),
    value: DecimalString,
    reason: Type.Union([Type.Literal('duplicate'), Type.Literal('meter_inactive')], {
      description:
        '`duplicate`: an event with the same identifier was stored before (the API could not know); `meter_inactive`: the meter was deactivated between acceptance and apply.',
    }),
    message: Type.String(),
    partition: Type.Integer({ description: 'The log partition the event was published to.' }),
    sequence: Type.Integer({ description: "The message's stream sequence in JetStream." }),
    created_at: Timestamp,
  },
  { title: 'MeterEventRefusal' },
);
