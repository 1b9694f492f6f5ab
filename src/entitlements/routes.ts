import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ListOf } from '../http/openapi/index.js';
import { page } from '../http/pagination.js';
import { IdParams } from '../http/schemas.js';
import { featureJson } from './features.js';
import {
  CheckRequest,
  CustomerEntitlements,
  EntitlementCheck,
  EntitlementGrant,
  Feature,
  FeatureCreate,
  FeatureListQuery,
  GrantCreate,
  PlanEntitlement,
  PlanEntitlementCreate,
  PlanEntitlementQuery,
  PlanFeatureParams,
} from './schemas.js';
import type { EntitlementService } from './service.js';

const tags = ['entitlements'];
const Deleted = Type.Object({
  id: Type.String(),
  object: Type.Literal('plan_entitlement'),
  deleted: Type.Literal(true),
});

export function entitlementRoutes(svc: EntitlementService): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/v1/features',
      {
        schema: {
          operationId: 'features.create',
          response: { 200: Feature },
          tags,
          summary: 'Create a feature (boolean, static value or metered)',
          body: FeatureCreate,
        },
      },
      async (req) => featureJson(await svc.features.create(req.body)),
    );
    app.get(
      '/v1/features/:id',
      {
        schema: {
          operationId: 'features.retrieve',
          response: { 200: Feature },
          tags,
          summary: 'Retrieve a feature by id or key',
          params: IdParams,
        },
      },
      async (req) => featureJson(await svc.features.get(req.params.id)),
    );
    app.get(
      '/v1/features',
      {
        schema: {
          operationId: 'features.list',
          response: { 200: ListOf(Feature) },
          tags,
          summary: 'List features',
          querystring: FeatureListQuery,
        },
      },
      async (req) => page((await svc.features.list(req.query)).map(featureJson), req.query.limit ?? 10),
    );
    app.post(
      '/v1/features/:id/archive',
      {
        schema: {
          operationId: 'features.archive',
          response: { 200: Feature },
          tags,
          summary: 'Archive a feature (no plan grants it any more)',
          params: IdParams,
        },
      },
      async (req) => featureJson(await svc.features.archive(req.params.id)),
    );
    app.post(
      '/v1/pricing_plans/:id/entitlements',
      {
        schema: {
          operationId: 'plan_entitlements.create',
          response: { 200: PlanEntitlement },
          tags,
          summary: 'Attach a feature to a pricing plan (one version or every version)',
          params: IdParams,
          body: PlanEntitlementCreate,
        },
      },
      async (req) => svc.plans.attach(req.params.id, req.body),
    );
    app.get(
      '/v1/pricing_plans/:id/entitlements',
      {
        schema: {
          operationId: 'plan_entitlements.list',
          response: {
            200: Type.Object({
              object: Type.Literal('list'),
              data: Type.Array(PlanEntitlement),
              has_more: Type.Boolean(),
            }),
          },
          tags,
          summary: "List a pricing plan's features",
          params: IdParams,
          querystring: PlanEntitlementQuery,
        },
      },
      async (req) => ({
        object: 'list' as const,
        data: await svc.plans.list(req.params.id, req.query.version),
        has_more: false,
      }),
    );
    app.delete(
      '/v1/pricing_plans/:id/entitlements/:feature',
      {
        schema: {
          operationId: 'plan_entitlements.delete',
          response: { 200: Deleted },
          tags,
          summary: 'Detach a feature from a pricing plan',
          params: PlanFeatureParams,
          querystring: PlanEntitlementQuery,
        },
      },
      async (req) => svc.plans.detach(req.params.id, req.params.feature, req.query.version),
    );
    app.get(
      '/v1/customers/:id/entitlements',
      {
        schema: {
          operationId: 'customer_entitlements.list',
          response: { 200: CustomerEntitlements },
          tags,
          summary: "A customer's features now: values, limits, usage, balances and reset times",
          params: IdParams,
        },
      },
      async (req) => svc.ofCustomer(req.params.id),
    );
    app.post(
      '/v1/customers/:id/entitlement_grants',
      {
        schema: {
          operationId: 'entitlement_grants.create',
          response: { 200: EntitlementGrant },
          tags,
          summary: 'Grant a customer extra usage of a metered feature',
          params: IdParams,
          body: GrantCreate,
        },
      },
      async (req) => svc.grant(req.params.id, req.body),
    );
    app.post(
      '/v1/entitlements/check',
      {
        schema: {
          operationId: 'entitlements.check',
          response: { 200: EntitlementCheck },
          tags,
          summary: 'Whether a customer may use a feature now (exact, from the rollups and the unfolded tail)',
          body: CheckRequest,
        },
      },
      async (req) => svc.check(req.body.customer, req.body.feature),
    );
  };
}
