import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ListOf } from '../http/openapi/index.js';
import { page } from '../http/pagination.js';
import { IdParams } from '../http/schemas.js';
import { ApiError } from '../shared/errors/index.js';
import type { PlanMigrationService } from './plan-migration.js';
import {
  PlanMigration,
  PlanMigrationCreate,
  PlanMigrationListQuery,
  PlanMigrationPreview,
  PlanMigrationPreviewRequest,
} from './plan-migration-schema.js';

const tags = ['plan migrations'];

/** Moving every subscription of a pricing-plan version at once (docs/billing.md "Plan migration"). */
export function planMigrationRoutes(migrations: PlanMigrationService): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/v1/plan_migrations',
      {
        schema: {
          operationId: 'plan_migrations.create',
          response: { 200: Type.Union([PlanMigration, PlanMigrationPreview]) },
          tags,
          summary:
            'Move every subscription on a pricing-plan version to another version (dry_run: true answers the preview)',
          body: PlanMigrationCreate,
        },
      },
      async (req) => {
        const { dry_run, limit, ...input } = req.body;
        if (dry_run === true) return migrations.preview({ ...input, ...(limit !== undefined && { limit }) });
        if (limit !== undefined)
          throw new ApiError('parameter_invalid', 'limit is for a dry run (dry_run: true).', {
            param: 'limit',
          });
        return migrations.create(input);
      },
    );
    app.post(
      '/v1/plan_migrations/preview',
      {
        schema: {
          operationId: 'plan_migrations.preview',
          response: { 200: PlanMigrationPreview },
          tags,
          summary: "Dry run of a plan migration: each subscription's upcoming total before and after",
          body: PlanMigrationPreviewRequest,
        },
      },
      async (req) => migrations.preview(req.body),
    );
    app.get(
      '/v1/plan_migrations',
      {
        schema: {
          operationId: 'plan_migrations.list',
          response: { 200: ListOf(PlanMigration) },
          tags,
          summary: 'List plan migrations, newest first',
          querystring: PlanMigrationListQuery,
        },
      },
      async (req) => page(await migrations.list(req.query), req.query.limit ?? 10),
    );
    app.get(
      '/v1/plan_migrations/:id',
      {
        schema: {
          operationId: 'plan_migrations.retrieve',
          response: { 200: PlanMigration },
          tags,
          summary: 'Retrieve a plan migration: its status and counts',
          params: IdParams,
        },
      },
      async (req) => migrations.get(req.params.id),
    );
  };
}
