import type { Selectable } from 'kysely';
import type { Static } from 'typebox';
import { currentMode } from '../shared/request-context.js';
import type { CreatedWebhookEndpoint, Event, WebhookDelivery, WebhookEndpoint } from './json-schemas.js';
import type {
  EventsTable,
  WebhookAttemptsTable,
  WebhookDeliveriesTable,
  WebhookEndpointsTable,
} from './tables.js';

export type EventRow = Selectable<EventsTable>;
export type EndpointRow = Selectable<WebhookEndpointsTable>;
export type DeliveryRow = Selectable<WebhookDeliveriesTable>;
export type AttemptRow = Selectable<WebhookAttemptsTable>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The event as listed by `GET /v1/events` and as POSTed to endpoints (the signed body). */
export function eventJson(row: EventRow): Static<typeof Event> {
  return {
    id: row.id,
    object: 'event' as const,
    type: row.type,
    created: row.occurred_at.toISOString(),
    // Read and delivered in the mode the event was made in: each mode has its own events table.
    livemode: currentMode() === 'live',
    data: { object: row.data },
  };
}

/** The endpoint, without its secret. */
export function endpointJson(row: EndpointRow): Static<typeof WebhookEndpoint> {
  return {
    id: row.id,
    object: 'webhook_endpoint' as const,
    url: row.url,
    description: row.description,
    enabled_events: row.enabled_events,
    status: row.status,
    metadata: row.metadata,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

/** The answer to the endpoint's creation: the only one that shows its signing secret. */
export function createdEndpointJson(row: EndpointRow): Static<typeof CreatedWebhookEndpoint> {
  return { ...endpointJson(row), secret: row.secret };
}

export function attemptJson(row: AttemptRow) {
  return {
    id: row.id,
    object: 'webhook_attempt' as const,
    attempted_at: row.attempted_at.toISOString(),
    status_code: row.status_code,
    error: row.error,
    response_body: row.response_body,
    duration_ms: row.duration_ms,
    manual: row.manual,
  };
}

export function deliveryJson(
  row: DeliveryRow,
  attempts: readonly AttemptRow[] = [],
): Static<typeof WebhookDelivery> {
  return {
    id: row.id,
    object: 'webhook_delivery' as const,
    webhook_endpoint: row.endpoint_id,
    event: row.event_id,
    status: row.status,
    attempt_count: row.attempts,
    next_attempt_at: iso(row.next_attempt_at),
    retry_until: row.retry_until.toISOString(),
    last_status_code: row.last_status_code,
    last_error: row.last_error,
    delivered_at: iso(row.delivered_at),
    created_at: row.created_at.toISOString(),
    attempts: attempts.map(attemptJson),
  };
}
