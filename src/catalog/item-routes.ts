import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ListOf } from '../http/openapi/index.js';
import { page } from '../http/pagination.js';
import { IdParams } from '../http/schemas.js';
import { billableItemJson } from './billable-item.js';
import { BillableItem } from './response-schemas.js';
import { BillableItemCreate, BillableItemListQuery, BillableItemUpdate } from './schemas.js';
import type { CatalogService } from './service.js';

const tags = ['billable items'];

export function billableItemRoutes(catalog: CatalogService): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/v1/billable_items',
      {
        schema: {
          operationId: 'billable_items.create',
          response: { 200: BillableItem },
          tags,
          summary: 'Create a metered or licensed billable item',
          body: BillableItemCreate,
        },
      },
      async (req) => billableItemJson(await catalog.items.create(req.body)),
    );
    app.get(
      '/v1/billable_items/:id',
      {
        schema: {
          operationId: 'billable_items.retrieve',
          response: { 200: BillableItem },
          tags,
          summary: 'Retrieve a billable item by id or lookup_key',
          params: IdParams,
        },
      },
      async (req) => billableItemJson(await catalog.items.get(req.params.id, undefined, 'id')),
    );
    app.post(
      '/v1/billable_items/:id',
      {
        schema: {
          operationId: 'billable_items.update',
          response: { 200: BillableItem },
          tags,
          summary: 'Update a billable item (its type, meter and filter never change)',
          params: IdParams,
          body: BillableItemUpdate,
        },
      },
      async (req) => billableItemJson(await catalog.items.update(req.params.id, req.body)),
    );
    app.get(
      '/v1/billable_items',
      {
        schema: {
          operationId: 'billable_items.list',
          response: { 200: ListOf(BillableItem) },
          tags,
          summary: 'List billable items',
          querystring: BillableItemListQuery,
        },
      },
      async (req) => page((await catalog.items.list(req.query)).map(billableItemJson), req.query.limit ?? 10),
    );
  };
}
