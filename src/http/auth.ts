import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ApiKeyService } from '../auth/api-keys.js';
import { ApiError } from '../shared/errors/index.js';

declare module 'fastify' {
  interface FastifyRequest {
    apiKeyId?: string;
  }
  interface FastifyContextConfig {
    /** `false` for routes that authenticate otherwise (health, docs, signed webhooks). */
    auth?: boolean;
  }
}

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  // Stripe's clients may send the key as HTTP Basic user name (`sk_…:`).
  if (header?.startsWith('Basic ')) {
    const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
    return decoded.split(':')[0];
  }
  return undefined;
}

/** Every `/v1` route needs a valid secret key unless its config says `auth: false`. */
export function authHook(keys: ApiKeyService) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.url.startsWith('/v1/')) return;
    if (request.routeOptions.config?.auth === false) return;
    const secret = bearer(request);
    const id = secret ? await keys.verify(secret) : undefined;
    if (!id) {
      const error = new ApiError(
        'unauthorized',
        secret
          ? 'Invalid API key provided.'
          : 'No API key provided. Send `Authorization: Bearer <secret key>`.',
      );
      return reply.code(401).send(error.toBody());
    }
    request.apiKeyId = id;
  };
}
