import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { page } from '../http/pagination.js';
import { IdParams, ListOf, ListQuery, Obj } from '../http/schemas.js';
import { createdEndpointJson, deliveryJson, endpointJson, eventJson } from './json.js';
import {
  CreatedWebhookEndpoint,
  DeletedWebhookEndpoint,
  Event,
  WebhookDelivery,
  WebhookEndpoint,
} from './json-schemas.js';
import {
  DeliveryListQuery,
  DeliveryParams,
  EndpointCreate,
  EndpointUpdate,
  EventListQuery,
} from './schemas.js';
import type { WebhookService } from './service.js';

const tags = ['webhooks'];

export function webhookRoutes(webhooks: WebhookService): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/v1/webhook_endpoints',
      {
        schema: {
          tags,
          operationId: 'webhook_endpoints.create',
          summary: 'Create a webhook endpoint (its secret is shown only here)',
          body: EndpointCreate,
          response: { 200: CreatedWebhookEndpoint },
        },
      },
      async (req) => createdEndpointJson(await webhooks.createEndpoint(req.body)),
    );
    app.get(
      '/v1/webhook_endpoints',
      {
        schema: {
          tags,
          operationId: 'webhook_endpoints.list',
          summary: 'List webhook endpoints',
          querystring: Obj(ListQuery),
          response: { 200: ListOf(WebhookEndpoint) },
        },
      },
      async (req) =>
        page(
          (await webhooks.listEndpoints(req.query)).map((r) => endpointJson(r)),
          req.query.limit ?? 10,
        ),
    );
    app.get(
      '/v1/webhook_endpoints/:id',
      {
        schema: {
          tags,
          operationId: 'webhook_endpoints.retrieve',
          summary: 'Retrieve a webhook endpoint',
          params: IdParams,
          response: { 200: WebhookEndpoint },
        },
      },
      async (req) => endpointJson(await webhooks.getEndpoint(req.params.id)),
    );
    app.post(
      '/v1/webhook_endpoints/:id',
      {
        schema: {
          tags,
          operationId: 'webhook_endpoints.update',
          summary: 'Update, disable or enable a webhook endpoint',
          params: IdParams,
          response: { 200: WebhookEndpoint },
          body: EndpointUpdate,
        },
      },
      async (req) => endpointJson(await webhooks.updateEndpoint(req.params.id, req.body)),
    );
    app.delete(
      '/v1/webhook_endpoints/:id',
      {
        schema: {
          tags,
          operationId: 'webhook_endpoints.delete',
          summary: 'Delete a webhook endpoint and its delivery log',
          params: IdParams,
          response: { 200: DeletedWebhookEndpoint },
        },
      },
      async (req) => ({
        id: (await webhooks.deleteEndpoint(req.params.id)).id,
        object: 'webhook_endpoint' as const,
        deleted: true as const,
      }),
    );
    app.get(
      '/v1/webhook_endpoints/:id/deliveries',
      {
        schema: {
          tags,
          operationId: 'webhook_deliveries.list',
          summary: "An endpoint's delivery log",
          params: IdParams,
          response: { 200: ListOf(WebhookDelivery) },
          querystring: DeliveryListQuery,
        },
      },
      async (req) => {
        const rows = await webhooks.listDeliveries(req.params.id, req.query);
        return page(
          rows.map((r) => deliveryJson(r.delivery, r.attempts)),
          req.query.limit ?? 10,
        );
      },
    );
    app.post(
      '/v1/webhook_endpoints/:id/deliveries/:delivery/retry',
      {
        schema: {
          tags,
          operationId: 'webhook_deliveries.retry',
          summary: 'Replay a delivery now',
          params: DeliveryParams,
          response: { 200: WebhookDelivery },
        },
      },
      async (req) => {
        const { delivery, attempts } = await webhooks.retryDelivery(req.params.id, req.params.delivery);
        return deliveryJson(delivery, attempts);
      },
    );
    app.get(
      '/v1/events',
      {
        schema: {
          tags,
          operationId: 'events.list',
          summary: 'List events (filter by `type`, or `invoice.*`)',
          querystring: EventListQuery,
          response: { 200: ListOf(Event) },
        },
      },
      async (req) => page((await webhooks.listEvents(req.query)).map(eventJson), req.query.limit ?? 10),
    );
    app.get(
      '/v1/events/:id',
      {
        schema: {
          tags,
          operationId: 'events.retrieve',
          summary: 'Retrieve an event',
          params: IdParams,
          response: { 200: Event },
        },
      },
      async (req) => eventJson(await webhooks.getEvent(req.params.id)),
    );
  };
}
