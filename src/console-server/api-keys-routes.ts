import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { ApiKeyInfo, ApiKeyService } from '../auth/api-keys.js';
import { ListOf } from '../http/openapi/index.js';
import { IdParams, Obj } from '../http/schemas.js';
import { ApiError, notFound } from '../shared/errors/index.js';
import {
  FULL_ACCESS,
  PERMISSION_GROUPS,
  PERMISSION_LEVELS,
  type PermissionGroup,
  type PermissionLevel,
  permissionsFrom,
  within,
} from '../shared/permissions.js';
import { currentMode } from '../shared/request-context.js';
import { ApiKey, ApiKeyWithSecret } from './api-key-schema.js';

const tags = ['api keys'];
const Level = Type.Union(PERMISSION_LEVELS.map((l) => Type.Literal(l)));
const PermissionsBody = Obj(
  Object.fromEntries(PERMISSION_GROUPS.map((g) => [g, Type.Optional(Level)])) as Record<
    PermissionGroup,
    ReturnType<typeof Type.Optional<typeof Level>>
  >,
);
const ApiKeyCreate = Obj({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  mode: Type.Optional(Type.Union([Type.Literal('live'), Type.Literal('test')])),
  /** Omitted: a full-access secret key (`sk_…`). Given: a restricted key (`rk_…`) with only these. */
  permissions: Type.Optional(PermissionsBody),
});

/**
 * API keys over HTTP (the console's settings page). Only a key holding `keys: write` reaches
 * these writes (src/http/route-policy.ts), and it can never mint a key stronger than itself. The
 * secret is in the create answer only; keys are stored hashed; lists show `sk_live…wxyz`.
 */
export function apiKeyRoutes(keys: ApiKeyService): FastifyPluginAsyncTypebox {
  // A test-mode key sees and revokes test-mode keys only: a key handed to a developer for test
  // data must not list, revoke or out-mint the live ones. A live key manages both.
  const visible = (key: ApiKeyInfo) => currentMode() === 'live' || key.mode === 'test';
  async function visibleKey(id: string): Promise<ApiKeyInfo> {
    const key = await keys.get(id);
    if (!visible(key)) throw notFound('api_key_not_found', 'API key', id);
    return key;
  }
  return async (app) => {
    app.get(
      '/v1/api_keys',
      {
        schema: {
          operationId: 'api_keys.list',
          response: { 200: ListOf(ApiKey) },
          tags,
          summary: 'List API keys (never their secrets)',
        },
      },
      async () => ({
        object: 'list' as const,
        data: (await keys.list()).filter(visible),
        has_more: false,
      }),
    );
    app.get(
      '/v1/api_keys/:id',
      {
        schema: {
          operationId: 'api_keys.retrieve',
          response: { 200: ApiKey },
          tags,
          summary: 'Retrieve an API key (never its secret)',
          params: IdParams,
        },
      },
      async (req) => visibleKey(req.params.id),
    );
    app.post(
      '/v1/api_keys',
      {
        schema: {
          operationId: 'api_keys.create',
          response: { 200: ApiKeyWithSecret },
          tags,
          summary:
            'Create an API key (full access, or restricted with `permissions`); the answer holds its secret, shown once',
          body: ApiKeyCreate,
        },
      },
      async (req) => {
        const mode = req.body.mode ?? currentMode();
        if (mode === 'live' && currentMode() === 'test') {
          throw new ApiError('permission_denied', 'A test-mode key can only create test-mode keys.', {
            param: 'mode',
          });
        }
        const permissions = req.body.permissions
          ? permissionsFrom(req.body.permissions as Partial<Record<PermissionGroup, PermissionLevel>>)
          : FULL_ACCESS;
        const held = req.context?.permissions;
        if (!held || !within(permissions, held)) {
          throw new ApiError(
            'permission_denied',
            'A key can only create keys with permissions it holds itself.',
            {
              param: 'permissions',
            },
          );
        }
        const { key, secret } = await keys.create({ name: req.body.name, mode, permissions });
        return { ...key, secret };
      },
    );
    app.post(
      '/v1/api_keys/:id/revoke',
      {
        schema: {
          operationId: 'api_keys.revoke',
          response: { 200: ApiKey },
          tags,
          summary: 'Revoke an API key',
          params: IdParams,
        },
      },
      async (req) => {
        await visibleKey(req.params.id);
        return keys.revoke(req.params.id);
      },
    );
  };
}
