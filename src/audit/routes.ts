import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ListOf } from '../http/openapi/index.js';
import { page } from '../http/pagination.js';
import { IdParams, ListQuery, Obj, Timestamp } from '../http/schemas.js';
import { AuditEvent } from './audit-schema.js';
import { auditEventJson, tableOfObject } from './json.js';
import type { AuditService } from './service.js';

const tags = ['audit'];
const Filter = Type.Optional(Type.String({ minLength: 1, maxLength: 255 }));

export const AuditListQuery = Obj({
  ...ListQuery,
  actor_id: Filter,
  actor_type: Type.Optional(
    Type.Union(['api_key', 'cli', 'worker', 'system', 'anonymous'].map((t) => Type.Literal(t))),
  ),
  resource_type: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 100,
      description: 'An object name (`customer`) or a table name.',
    }),
  ),
  resource_id: Filter,
  request_id: Filter,
  action: Type.Optional(
    Type.Union([Type.Literal('created'), Type.Literal('updated'), Type.Literal('deleted')]),
  ),
  'created[gte]': Type.Optional(Timestamp),
  'created[lt]': Type.Optional(Timestamp),
});

export function auditRoutes(audit: AuditService): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/v1/audit_events',
      {
        schema: {
          operationId: 'audit_events.list',
          response: { 200: ListOf(AuditEvent) },
          tags,
          summary: 'List audit events, newest first (who wrote what, when, in which request)',
          querystring: AuditListQuery,
        },
      },
      async (req) => {
        const q = req.query;
        const rows = await audit.list({
          limit: q.limit,
          starting_after: q.starting_after,
          actor_id: q.actor_id,
          actor_type: q.actor_type,
          resource_type: q.resource_type && tableOfObject(q.resource_type),
          resource_id: q.resource_id,
          request_id: q.request_id,
          action: q.action,
          created_gte: q['created[gte]'] ? new Date(q['created[gte]']) : undefined,
          created_lt: q['created[lt]'] ? new Date(q['created[lt]']) : undefined,
        });
        return page(rows.map(auditEventJson), q.limit ?? 10);
      },
    );
    app.get(
      '/v1/audit_events/:id',
      {
        schema: {
          operationId: 'audit_events.retrieve',
          response: { 200: AuditEvent },
          tags,
          summary: 'Retrieve an audit event',
          params: IdParams,
        },
      },
      async (req) => auditEventJson(await audit.get(req.params.id)),
    );
  };
}
