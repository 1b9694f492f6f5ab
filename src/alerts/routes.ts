import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ListOf } from '../http/openapi/index.js';
import { page } from '../http/pagination.js';
import { IdParams } from '../http/schemas.js';
import { Alert } from './alert-schema.js';
import { AlertCreate, AlertListQuery, type AlertService, alertJson } from './service.js';

const tags = ['alerts'];

export function alertRoutes(alerts: AlertService): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/v1/alerts',
      {
        schema: {
          operationId: 'alerts.create',
          response: { 200: Alert },
          tags,
          summary: 'Create a usage, spend or credit balance alert',
          body: AlertCreate,
        },
      },
      async (req) => alertJson(await alerts.create(req.body)),
    );
    app.get(
      '/v1/alerts/:id',
      {
        schema: {
          operationId: 'alerts.retrieve',
          response: { 200: Alert },
          tags,
          summary: 'Retrieve an alert',
          params: IdParams,
        },
      },
      async (req) => alertJson(await alerts.get(req.params.id)),
    );
    app.get(
      '/v1/alerts',
      {
        schema: {
          operationId: 'alerts.list',
          response: { 200: ListOf(Alert) },
          tags,
          summary: 'List alerts',
          querystring: AlertListQuery,
        },
      },
      async (req) => page((await alerts.list(req.query)).map(alertJson), req.query.limit ?? 10),
    );
    app.post(
      '/v1/alerts/:id/archive',
      {
        schema: {
          operationId: 'alerts.archive',
          response: { 200: Alert },
          tags,
          summary: 'Archive an alert (it stops firing)',
          params: IdParams,
        },
      },
      async (req) => alertJson(await alerts.archive(req.params.id)),
    );
  };
}
