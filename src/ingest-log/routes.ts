import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ListOf } from '../http/openapi/index.js';
import { page } from '../http/pagination.js';
import { IdParams, ListQuery, Obj, Timestamp } from '../http/schemas.js';
import { MeterEventRefusal } from './refusal-schema.js';
import type { RefusalReads } from './refusals.js';
import { refusalJson } from './refusals.js';

const tags = ['metering'];
const Filter = Type.Optional(Type.String({ minLength: 1, maxLength: 255 }));

export const RefusalListQuery = Obj({
  ...ListQuery,
  customer: Filter,
  meter: Filter,
  'created[gte]': Type.Optional(Timestamp),
  'created[lt]': Type.Optional(Timestamp),
});

/**
 * Events the ingest log accepted and its apply worker then refused (docs/scaling.md,
 * "Refusals"). Direct mode refuses synchronously, in the answer to the request: its list is empty.
 */
export function refusalRoutes(refusals: RefusalReads): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/v1/meter_event_refusals',
      {
        schema: {
          tags,
          operationId: 'meter_event_refusals.list',
          summary: 'Accepted events the ingest log refused when applying them, newest accepted first',
          querystring: RefusalListQuery,
          response: { 200: ListOf(MeterEventRefusal) },
        },
      },
      async (req) => {
        const q = req.query;
        const limit = q.limit ?? 10;
        const rows = await refusals.list({
          limit,
          starting_after: q.starting_after,
          customer: q.customer,
          meter: q.meter,
          created_gte: q['created[gte]'] ? new Date(q['created[gte]']) : undefined,
          created_lt: q['created[lt]'] ? new Date(q['created[lt]']) : undefined,
        });
        return page(rows.map(refusalJson), limit);
      },
    );
    app.get(
      '/v1/meter_event_refusals/:id',
      {
        schema: {
          tags,
          operationId: 'meter_event_refusals.retrieve',
          summary: "Retrieve a refusal by the refused event's id",
          params: IdParams,
          response: { 200: MeterEventRefusal },
        },
      },
      async (req) => refusalJson(await refusals.get(req.params.id)),
    );
  };
}
