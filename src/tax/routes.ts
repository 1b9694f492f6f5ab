import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { CustomerService } from '../customers/service.js';
import { ListOf } from '../http/openapi/index.js';
import { page } from '../http/pagination.js';
import { Id, IdParams, ListQuery, Metadata, NonNegativeDecimalString, Obj } from '../http/schemas.js';
import { customerTaxJson, type TaxService, taxRateJson } from './service.js';
import { CustomerTaxSettings, TaxRate } from './tax-schema.js';

const tags = ['tax'];

const Country = Type.String({
  pattern: '^[A-Z]{2}$',
  description: "ISO 3166-1 alpha-2: the rate's jurisdiction, matched against the customer's billing address.",
});
const State = Type.String({
  minLength: 1,
  maxLength: 100,
  description: "A state or province within the country (e.g. CA), matched against the address's state.",
});

export function taxRoutes(tax: TaxService, customers: CustomerService): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/v1/tax_rates',
      {
        schema: {
          operationId: 'tax_rates.create',
          response: { 200: TaxRate },
          tags,
          summary: 'Create a tax rate (e.g. Japan consumption tax 10 %, exclusive)',
          body: Obj({
            display_name: Type.String({ minLength: 1, maxLength: 100 }),
            percentage: NonNegativeDecimalString,
            inclusive: Type.Boolean(),
            country: Country,
            state: Type.Optional(State),
            description: Type.Optional(Type.String({ maxLength: 500 })),
            default: Type.Optional(
              Type.Boolean({
                description:
                  'Apply to every customer without rates of their own whose billing address is in this jurisdiction.',
              }),
            ),
            metadata: Type.Optional(Metadata),
          }),
        },
      },
      async (req) => taxRateJson(await tax.create(req.body)),
    );
    app.get(
      '/v1/tax_rates',
      {
        schema: {
          operationId: 'tax_rates.list',
          response: { 200: ListOf(TaxRate) },
          tags,
          summary: 'List tax rates',
          querystring: Obj({ ...ListQuery, active: Type.Optional(Type.Boolean()) }),
        },
      },
      async (req) => page((await tax.list(req.query)).map(taxRateJson), req.query.limit ?? 10),
    );
    app.get(
      '/v1/tax_rates/:id',
      {
        schema: {
          operationId: 'tax_rates.retrieve',
          response: { 200: TaxRate },
          tags,
          summary: 'Retrieve a tax rate',
          params: IdParams,
        },
      },
      async (req) => taxRateJson(await tax.get(req.params.id)),
    );
    app.post(
      '/v1/tax_rates/:id',
      {
        schema: {
          operationId: 'tax_rates.update',
          response: { 200: TaxRate },
          tags,
          summary: 'Update a tax rate (its percentage never changes: create a new rate)',
          params: IdParams,
          body: Obj({
            display_name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
            country: Type.Optional(Country),
            state: Type.Optional(Type.Union([State, Type.Null()])),
            description: Type.Optional(Type.String({ maxLength: 500 })),
            active: Type.Optional(Type.Boolean()),
            default: Type.Optional(Type.Boolean()),
            metadata: Type.Optional(Metadata),
          }),
        },
      },
      async (req) => taxRateJson(await tax.update(req.params.id, req.body)),
    );
    app.get(
      '/v1/customers/:id/tax_settings',
      {
        schema: {
          operationId: 'customers.retrieve_tax_settings',
          response: { 200: CustomerTaxSettings },
          tags,
          summary: "A customer's tax rates and exemption",
          params: IdParams,
        },
      },
      async (req) => {
        const customer = await customers.get(req.params.id);
        return customerTaxJson(await tax.settingsFor(customer.id));
      },
    );
    app.post(
      '/v1/customers/:id/tax_settings',
      {
        schema: {
          operationId: 'customers.update_tax_settings',
          response: { 200: CustomerTaxSettings },
          tags,
          summary: "Set a customer's own tax rates (replacing the account default) or exempt them",
          params: IdParams,
          body: Obj({
            tax_rates: Type.Optional(Type.Array(Id, { maxItems: 10 })),
            exempt: Type.Optional(Type.Boolean()),
          }),
        },
      },
      async (req) => {
        const customer = await customers.get(req.params.id);
        return customerTaxJson(await tax.setCustomerSettings(customer.id, req.body));
      },
    );
  };
}
