import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { ApiKeyService } from '../auth/api-keys.js';
import { IdParams, Obj } from '../http/schemas.js';
import { ApiError, notFound } from '../shared/errors/index.js';

const tags = ['api keys'];
const ApiKeyCreate = Obj({ name: Type.String({ minLength: 1, maxLength: 100 }) });

/**
 * API keys over HTTP, for the console's settings page. The secret is in the create answer only;
 * keys are stored hashed. The last active key cannot be revoked: that would lock everyone out
 * (the CLI can still make and revoke keys).
 */
export function apiKeyRoutes(keys: ApiKeyService): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/v1/api_keys',
      { schema: { tags, summary: 'List API keys (never their secrets)' } },
      async () => ({
        object: 'list',
        data: await keys.list(),
        has_more: false,
      }),
    );
    app.post(
      '/v1/api_keys',
      {
        schema: {
          tags,
          summary: 'Create an API key; the answer holds its secret, shown once',
          body: ApiKeyCreate,
        },
      },
      async (req) => {
        const { key, secret } = await keys.create(req.body.name);
        return { ...key, secret };
      },
    );
    app.post(
      '/v1/api_keys/:id/revoke',
      { schema: { tags, summary: 'Revoke an API key', params: IdParams } },
      async (req) => {
        const all = await keys.list();
        const target = all.find((k) => k.id === req.params.id);
        if (!target) throw notFound('api_key_not_found', 'API key', req.params.id);
        if (target.revoked_at) return target;
        if (all.filter((k) => !k.revoked_at).length <= 1) {
          throw new ApiError('api_key_last_active', 'This is the last active API key; create another first.');
        }
        return (await keys.revoke(target.id)) ?? target;
      },
    );
  };
}
