import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ListOf } from '../http/openapi/index.js';
import { page } from '../http/pagination.js';
import { IdParams } from '../http/schemas.js';
import { licenseFeeJson, licenseFeeVersionJson } from './license-fee.js';
import { LicenseFee, LicenseFeeVersion, ServiceAction, ServiceActionVersion } from './response-schemas.js';
import {
  LicenseFeeCreate,
  LicenseFeeUpdate,
  ListOnly,
  ServiceActionCreate,
  ServiceActionUpdate,
} from './schemas.js';
import type { CatalogService } from './service.js';
import { serviceActionJson, serviceActionVersionJson } from './service-action.js';

/** License fees and service actions: both versioned by their terms, both plan components. */
export function feeRoutes(catalog: CatalogService): FastifyPluginAsyncTypebox {
  return async (app) => {
    const fees = catalog.licenseFees;
    const lf = ['license fees'];
    app.post(
      '/v1/license_fees',
      {
        schema: {
          operationId: 'license_fees.create',
          response: { 200: LicenseFee },
          tags: lf,
          summary: 'Create a license fee for a licensed item',
          body: LicenseFeeCreate,
        },
      },
      async (req) => {
        const { fee, version } = await fees.create(req.body);
        return licenseFeeJson(fee, version);
      },
    );
    app.get(
      '/v1/license_fees/:id',
      {
        schema: {
          operationId: 'license_fees.retrieve',
          response: { 200: LicenseFee },
          tags: lf,
          summary: 'Retrieve a license fee (terms of its latest version)',
          params: IdParams,
        },
      },
      async (req) => {
        const { fee, version } = await fees.version(req.params.id);
        return licenseFeeJson(fee, version);
      },
    );
    app.post(
      '/v1/license_fees/:id',
      {
        schema: {
          operationId: 'license_fees.update',
          response: { 200: LicenseFee },
          tags: lf,
          summary: 'Update a license fee: a new unit_amount or service interval makes a new version',
          params: IdParams,
          body: LicenseFeeUpdate,
        },
      },
      async (req) => {
        const { fee, version } = await fees.update(req.params.id, req.body);
        return licenseFeeJson(fee, version);
      },
    );
    app.get(
      '/v1/license_fees',
      {
        schema: {
          operationId: 'license_fees.list',
          response: { 200: ListOf(LicenseFee) },
          tags: lf,
          summary: 'List license fees',
          querystring: ListOnly,
        },
      },
      async (req) =>
        page(
          (await fees.list(req.query)).map((v) => licenseFeeJson(v.fee, v.version)),
          req.query.limit ?? 10,
        ),
    );
    app.get(
      '/v1/license_fees/:id/versions',
      {
        schema: {
          operationId: 'license_fees.list_versions',
          response: { 200: ListOf(LicenseFeeVersion) },
          tags: lf,
          summary: 'Every version of a license fee, newest first',
          params: IdParams,
        },
      },
      async (req) => {
        const { versions } = await fees.versions(req.params.id);
        return page(versions.map(licenseFeeVersionJson), versions.length);
      },
    );

    const actions = catalog.serviceActions;
    const sa = ['service actions'];
    app.post(
      '/v1/service_actions',
      {
        schema: {
          operationId: 'service_actions.create',
          response: { 200: ServiceAction },
          tags: sa,
          summary: 'Create a recurring credit grant',
          body: ServiceActionCreate,
        },
      },
      async (req) => {
        const { action, version } = await actions.create(req.body);
        return serviceActionJson(action, version);
      },
    );
    app.get(
      '/v1/service_actions/:id',
      {
        schema: {
          operationId: 'service_actions.retrieve',
          response: { 200: ServiceAction },
          tags: sa,
          summary: 'Retrieve a service action (terms of its latest version)',
          params: IdParams,
        },
      },
      async (req) => {
        const { action, version } = await actions.version(req.params.id);
        return serviceActionJson(action, version);
      },
    );
    app.post(
      '/v1/service_actions/:id',
      {
        schema: {
          operationId: 'service_actions.update',
          response: { 200: ServiceAction },
          tags: sa,
          summary: 'Update a service action: a new grant or service interval makes a new version',
          params: IdParams,
          body: ServiceActionUpdate,
        },
      },
      async (req) => {
        const { action, version } = await actions.update(req.params.id, req.body);
        return serviceActionJson(action, version);
      },
    );
    app.get(
      '/v1/service_actions',
      {
        schema: {
          operationId: 'service_actions.list',
          response: { 200: ListOf(ServiceAction) },
          tags: sa,
          summary: 'List service actions',
          querystring: ListOnly,
        },
      },
      async (req) =>
        page(
          (await actions.list(req.query)).map((v) => serviceActionJson(v.action, v.version)),
          req.query.limit ?? 10,
        ),
    );
    app.get(
      '/v1/service_actions/:id/versions',
      {
        schema: {
          operationId: 'service_actions.list_versions',
          response: { 200: ListOf(ServiceActionVersion) },
          tags: sa,
          summary: 'Every version of a service action, newest first',
          params: IdParams,
        },
      },
      async (req) => {
        const { versions } = await actions.versions(req.params.id);
        return page(versions.map(serviceActionVersionJson), versions.length);
      },
    );
  };
}
