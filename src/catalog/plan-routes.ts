import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { page } from '../http/pagination.js';
import { IdParams } from '../http/schemas.js';
import { planVersionJson, pricingPlanJson } from './pricing-plan.js';
import type { PlanView } from './pricing-plans.js';
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
      { schema: { tags, summary: 'Create a pricing plan (version 1, live)', body: PricingPlanCreate } },
      async (req) => json(await plans.create(req.body)),
    );
    app.get(
      '/v1/pricing_plans/:id',
      { schema: { tags, summary: 'Retrieve a pricing plan with its latest components', params: IdParams } },
      async (req) => json(await plans.view(req.params.id)),
    );
    app.post(
      '/v1/pricing_plans/:id',
      {
        schema: {
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
      { schema: { tags, summary: 'List pricing plans', querystring: PlanListQuery } },
      async (req) => page((await plans.list(req.query)).map(json), req.query.limit ?? 10),
    );
    app.post(
      '/v1/pricing_plans/:id/archive',
      {
        schema: { tags, summary: 'Archive a plan (subscribers keep it; no new versions)', params: IdParams },
      },
      async (req) => json(await plans.archive(req.params.id)),
    );
    app.get(
      '/v1/pricing_plans/:id/versions',
      { schema: { tags, summary: 'Every version of a plan, newest first', params: IdParams } },
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
      { schema: { tags, summary: 'One plan version', params: PlanVersionParams } },
      async (req) => {
        const v = await plans.version(req.params.id, req.params.version);
        return planVersionJson(v.plan, v.version, v.components);
      },
    );
    app.post(
      '/v1/pricing_plans/:id/components',
      {
        schema: {
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
      { schema: { tags, summary: 'Remove a component (a new version)', params: ComponentParams } },
      async (req) => json(await planEdits.removeComponent(req.params.id, req.params.component)),
    );
    app.post(
      '/v1/pricing_plans/:id/preview',
      {
        schema: {
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
          tags,
          summary: "What the customer's recorded usage in a window would cost under a plan version",
          params: IdParams,
          body: SimulateRequest,
        },
      },
      async (req) => catalog.simulate(req.params.id, req.body),
    );
  };
}
