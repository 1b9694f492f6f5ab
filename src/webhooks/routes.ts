import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { page } from '../http/pagination.js';
import { IdParams, ListQuery, Obj } from '../http/schemas.js';
import { deliveryJson, endpointJson, eventJson } from './json.js';
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
          summary: 'Create a webhook endpoint (its secret is shown only here)',
          body: EndpointCreate,
        },
      },
      async (req) => endpointJson(await webhooks.createEndpoint(req.body), { withSecret: true }),
    );
    app.get(
      '/v1/webhook_endpoints',
      { schema: { tags, summary: 'List webhook endpoints', querystring: Obj(ListQuery) } },
      async (req) =>
        page(
          (await webhooks.listEndpoints(req.query)).map((r) => endpointJson(r)),
          req.query.limit ?? 10,
        ),
    );
    app.get(
      '/v1/webhook_endpoints/:id',
      { schema: { tags, summary: 'Retrieve a webhook endpoint', params: IdParams } },
      async (req) => endpointJson(await webhooks.getEndpoint(req.params.id)),
    );
    app.post(
      '/v1/webhook_endpoints/:id',
      {
        schema: {
          tags,
          summary: 'Update, disable or enable a webhook endpoint',
          params: IdParams,
          body: EndpointUpdate,
        },
      },
      async (req) => endpointJson(await webhooks.updateEndpoint(req.params.id, req.body)),
    );
    app.delete(
      '/v1/webhook_endpoints/:id',
      { schema: { tags, summary: 'Delete a webhook endpoint and its delivery log', params: IdParams } },
      async (req) => ({
        id: (await webhooks.deleteEndpoint(req.params.id)).id,
        object: 'webhook_endpoint',
        deleted: true,
      }),
    );
    app.get(
      '/v1/webhook_endpoints/:id/deliveries',
      {
        schema: {
          tags,
          summary: "An endpoint's delivery log",
          params: IdParams,
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
      { schema: { tags, summary: 'Replay a delivery now', params: DeliveryParams } },
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
          summary: 'List events (filter by `type`, or `invoice.*`)',
          querystring: EventListQuery,
        },
      },
      async (req) => page((await webhooks.listEvents(req.query)).map(eventJson), req.query.limit ?? 10),
    );
    app.get(
      '/v1/events/:id',
      { schema: { tags, summary: 'Retrieve an event', params: IdParams } },
      async (req) => eventJson(await webhooks.getEvent(req.params.id)),
    );
  };
}
