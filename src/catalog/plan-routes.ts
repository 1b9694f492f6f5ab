import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Static } from 'typebox';
import { ListOf } from '../http/openapi/index.js';
import { page } from '../http/pagination.js';
import { IdParams } from '../http/schemas.js';
import { planVersionJson, pricingPlanJson } from './pricing-plan.js';
import type { PlanView } from './pricing-plans.js';
import { PlanPreview, PricingPlan, PricingPlanVersion, Simulation } from './response-schemas.js';
import {
  ComponentChange,
  ComponentInput,
  ComponentParams,
  PlanListQuery,
  PlanVersionParams,
  PreviewRequest,
  PricingPlanCreate,
  SimulateRequest,
  VersionedUpdate,
} from './schemas.js';
import type { CatalogService } from './service.js';

const tags = ['pricing plans'];
const json = (v: PlanView) => pricingPlanJson(v.plan, v.components);

export function pricingPlanRoutes(catalog: CatalogService): FastifyPluginAsyncTypebox {
  return async (app) => {
    const { plans, planEdits } = catalog;
    app.post(
      '/v1/pricing_plans',
      {
        schema: {
          operationId: 'pricing_plans.create',
          response: { 200: PricingPlan },
          tags,
          summary: 'Create a pricing plan (version 1, live)',
          body: PricingPlanCreate,
        },
      },
      async (req) => json(await plans.create(req.body)),
    );
    app.get(
      '/v1/pricing_plans/:id',
      {
        schema: {
          operationId: 'pricing_plans.retrieve',
          response: { 200: PricingPlan },
          tags,
          summary: 'Retrieve a pricing plan with its latest components',
          params: IdParams,
        },
      },
      async (req) => json(await plans.view(req.params.id)),
    );
    app.post(
      '/v1/pricing_plans/:id',
      {
        schema: {
          operationId: 'pricing_plans.update',
          response: { 200: PricingPlan },
          tags,
          summary: 'Rename a plan or make a version live',
          params: IdParams,
          body: VersionedUpdate,
        },
      },
      async (req) => json(await plans.update(req.params.id, req.body)),
    );
    app.get(
      '/v1/pricing_plans',
      {
        schema: {
          operationId: 'pricing_plans.list',
          response: { 200: ListOf(PricingPlan) },
          tags,
          summary: 'List pricing plans',
          querystring: PlanListQuery,
        },
      },
      async (req) => page((await plans.list(req.query)).map(json), req.query.limit ?? 10),
    );
    app.post(
      '/v1/pricing_plans/:id/archive',
      {
        schema: {
          operationId: 'pricing_plans.archive',
          response: { 200: PricingPlan },
          tags,
          summary: 'Archive a plan (subscribers keep it; no new versions)',
          params: IdParams,
        },
      },
      async (req) => json(await plans.archive(req.params.id)),
    );
    app.get(
      '/v1/pricing_plans/:id/versions',
      {
        schema: {
          operationId: 'pricing_plans.list_versions',
          response: { 200: ListOf(PricingPlanVersion) },
          tags,
          summary: 'Every version of a plan, newest first',
          params: IdParams,
        },
      },
      async (req) => {
        const versions = await plans.versions(req.params.id);
        return page(
          versions.map((v) => planVersionJson(v.plan, v.version, v.components)),
          versions.length,
        );
      },
    );
    app.get(
      '/v1/pricing_plans/:id/versions/:version',
      {
        schema: {
          operationId: 'pricing_plans.retrieve_version',
          response: { 200: PricingPlanVersion },
          tags,
          summary: 'One plan version',
          params: PlanVersionParams,
        },
      },
      async (req) => {
        const v = await plans.version(req.params.id, req.params.version);
        return planVersionJson(v.plan, v.version, v.components);
      },
    );
    app.post(
      '/v1/pricing_plans/:id/components',
      {
        schema: {
          operationId: 'pricing_plans.add_component',
          response: { 200: PricingPlan },
          tags,
          summary: 'Add a component: a rate card joins the latest version, a fee or action makes a version',
          params: IdParams,
          body: ComponentInput,
        },
      },
      async (req) => json(await planEdits.addComponent(req.params.id, req.body)),
    );
    app.post(
      '/v1/pricing_plans/:id/components/:component',
      {
        schema: {
          operationId: 'pricing_plans.update_component',
          response: { 200: PricingPlan },
          tags,
          summary: 'Re-pin a component (a new version)',
          params: ComponentParams,
          body: ComponentChange,
        },
      },
      async (req) =>
        json(await planEdits.changeComponent(req.params.id, req.params.component, req.body.version)),
    );
    app.delete(
      '/v1/pricing_plans/:id/components/:component',
      {
        schema: {
          operationId: 'pricing_plans.remove_component',
          response: { 200: PricingPlan },
          tags,
          summary: 'Remove a component (a new version)',
          params: ComponentParams,
        },
      },
      async (req) => json(await planEdits.removeComponent(req.params.id, req.params.component)),
    );
    app.post(
      '/v1/pricing_plans/:id/preview',
      {
        schema: {
          operationId: 'pricing_plans.preview',
          response: { 200: PlanPreview },
          tags,
          summary: 'Price one service interval at given quantities, each line rounded once',
          params: IdParams,
          body: PreviewRequest,
        },
      },
      async (req) => catalog.preview(req.params.id, req.body),
    );
    app.post(
      '/v1/customers/:id/simulate',
      {
        schema: {
          operationId: 'customers.simulate',
          response: { 200: Simulation },
          tags,
          summary: "What the customer's recorded usage in a window would cost under a plan version",
          params: IdParams,
          body: SimulateRequest,
        },
      },
      // The simulator's type is loose (Record<string, unknown>); response validation checks the shape.
      async (req) => (await catalog.simulate(req.params.id, req.body)) as Static<typeof Simulation>,
    );
  };
}
