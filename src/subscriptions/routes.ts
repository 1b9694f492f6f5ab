import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ListOf } from '../http/openapi/index.js';
import { page } from '../http/pagination.js';
import { IdParams } from '../http/schemas.js';
import {
  Cancel,
  ChangePlan,
  SubscriptionCreate,
  SubscriptionListQuery,
  SubscriptionUpdate,
} from './schemas.js';
import type { SubscriptionService } from './service.js';
import { subscriptionJson } from './subscription.js';
import { Subscription, SubscriptionChangePreview } from './subscription-schema.js';

const tags = ['subscriptions'];

export function subscriptionRoutes(subscriptions: SubscriptionService): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/v1/subscriptions',
      {
        schema: {
          operationId: 'subscriptions.create',
          response: { 200: Subscription },
          tags,
          summary: 'Subscribe a customer to a pricing plan version',
          body: SubscriptionCreate,
        },
      },
      async (req) => subscriptionJson(await subscriptions.create(req.body)),
    );
    app.get(
      '/v1/subscriptions',
      {
        schema: {
          operationId: 'subscriptions.list',
          response: { 200: ListOf(Subscription) },
          tags,
          summary: 'List subscriptions',
          querystring: SubscriptionListQuery,
        },
      },
      async (req) =>
        page(
          (await subscriptions.list(req.query)).map((r) => subscriptionJson(r)),
          req.query.limit ?? 10,
        ),
    );
    app.get(
      '/v1/subscriptions/:id',
      {
        schema: {
          operationId: 'subscriptions.retrieve',
          response: { 200: Subscription },
          tags,
          summary: 'Retrieve a subscription with its plan history',
          params: IdParams,
        },
      },
      async (req) =>
        subscriptionJson(await subscriptions.get(req.params.id), await subscriptions.phases(req.params.id)),
    );
    app.post(
      '/v1/subscriptions/:id',
      {
        schema: {
          operationId: 'subscriptions.update',
          response: { 200: Subscription },
          tags,
          summary: 'Update license-fee quantities (prorated) or metadata',
          params: IdParams,
          body: SubscriptionUpdate,
        },
      },
      async (req) => subscriptionJson(await subscriptions.update(req.params.id, req.body)),
    );
    app.post(
      '/v1/subscriptions/:id/change_plan',
      {
        schema: {
          operationId: 'subscriptions.change_plan',
          response: { 200: Subscription },
          tags,
          summary: 'Change the pricing plan now, at a future time, or at period end',
          params: IdParams,
          body: ChangePlan,
        },
      },
      async (req) => subscriptionJson(await subscriptions.changePlan(req.params.id, req.body)),
    );
    app.post(
      '/v1/subscriptions/:id/change_plan/preview',
      {
        schema: {
          operationId: 'subscriptions.preview_change_plan',
          response: { 200: SubscriptionChangePreview },
          tags,
          summary: 'Preview a plan change: its prorations and invoice, nothing stored',
          params: IdParams,
          body: ChangePlan,
        },
      },
      async (req) => subscriptions.previewChangePlan(req.params.id, req.body),
    );
    app.post(
      '/v1/subscriptions/:id/preview',
      {
        schema: {
          operationId: 'subscriptions.preview_update',
          response: { 200: SubscriptionChangePreview },
          tags,
          summary: 'Preview a quantity change: its prorations and invoice, nothing stored',
          params: IdParams,
          body: SubscriptionUpdate,
        },
      },
      async (req) => subscriptions.previewUpdate(req.params.id, req.body),
    );
    app.post(
      '/v1/subscriptions/:id/cancel',
      {
        schema: {
          operationId: 'subscriptions.cancel',
          response: { 200: Subscription },
          tags,
          summary: 'Cancel now (final invoice, prorated) or at period end',
          params: IdParams,
          body: Cancel,
        },
      },
      async (req) => subscriptionJson(await subscriptions.cancel(req.params.id, req.body)),
    );
  };
}
