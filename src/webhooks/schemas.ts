import { Type } from 'typebox';
import { Id, ListQuery, Metadata, Obj } from '../http/schemas.js';
import { EVENT_TYPES } from './emit.js';

const EnabledEvent = Type.Union([Type.Literal('*'), ...EVENT_TYPES.map((t) => Type.Literal(t))], {
  description: 'An event type, or `*` for every type.',
});

const Url = Type.String({
  pattern: '^https?://[^\\s]+$',
  maxLength: 2048,
  description: 'Where Tariff POSTs events (http or https).',
});

export const EndpointCreate = Obj({
  url: Url,
  enabled_events: Type.Array(EnabledEvent, { minItems: 1, maxItems: EVENT_TYPES.length + 1 }),
  description: Type.Optional(Type.String({ maxLength: 500 })),
  metadata: Type.Optional(Metadata),
});

export const EndpointUpdate = Obj({
  url: Type.Optional(Url),
  enabled_events: Type.Optional(Type.Array(EnabledEvent, { minItems: 1, maxItems: EVENT_TYPES.length + 1 })),
  description: Type.Optional(Type.String({ maxLength: 500 })),
  disabled: Type.Optional(Type.Boolean({ description: 'A disabled endpoint receives nothing new.' })),
  metadata: Type.Optional(Metadata),
});

export const EventListQuery = Obj({
  ...ListQuery,
  type: Type.Optional(Type.String({ maxLength: 100 })),
});

export const DeliveryListQuery = Obj({
  ...ListQuery,
  status: Type.Optional(
    Type.Union([Type.Literal('pending'), Type.Literal('succeeded'), Type.Literal('failed')]),
  ),
});

export const DeliveryParams = Obj({ id: Id, delivery: Id });
