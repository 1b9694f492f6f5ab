import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ListOf } from '../http/openapi/index.js';
import { page } from '../http/pagination.js';
import { IdParams } from '../http/schemas.js';
import { customerJson } from './customer.js';
import { Customer } from './customer-schema.js';
import { CustomerCreate, CustomerListQuery, CustomerUpdate } from './schemas.js';
import type { CustomerService } from './service.js';

const tags = ['customers'];

export function customerRoutes(customers: CustomerService): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/v1/customers',
      {
        schema: {
          operationId: 'customers.create',
          tags,
          summary: 'Create a customer',
          body: CustomerCreate,
          response: { 200: Customer },
        },
      },
      async (req) => customerJson(await customers.create(req.body)),
    );
    app.get(
      '/v1/customers/:id',
      {
        schema: {
          operationId: 'customers.retrieve',
          tags,
          summary: 'Retrieve a customer by id or external_id',
          params: IdParams,
          response: { 200: Customer },
        },
      },
      async (req) => customerJson(await customers.get(req.params.id)),
    );
    app.post(
      '/v1/customers/:id',
      {
        schema: {
          operationId: 'customers.update',
          tags,
          summary: 'Update a customer',
          params: IdParams,
          body: CustomerUpdate,
          response: { 200: Customer },
        },
      },
      async (req) => customerJson(await customers.update(req.params.id, req.body)),
    );
    app.get(
      '/v1/customers',
      {
        schema: {
          operationId: 'customers.list',
          tags,
          summary: 'List customers',
          querystring: CustomerListQuery,
          response: { 200: ListOf(Customer) },
        },
      },
      async (req) => {
        const rows = await customers.list(req.query);
        return page(rows.map(customerJson), req.query.limit ?? 10);
      },
    );
  };
}
