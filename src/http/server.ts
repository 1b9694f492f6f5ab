import { randomUUID } from 'node:crypto';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyPluginAsyncTypebox, TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { ApiKeyService } from '../auth/api-keys.js';
import { schemaVersion } from '../db/migrate.js';
import type { Store } from '../db/store.js';
import { authHook } from './auth.js';
import { errorHandler, notFoundHandler } from './error-handler.js';
import { registerIdempotency } from './idempotency.js';
import { validatorCompiler } from './validation.js';

export interface HttpOptions {
  store: Store;
  keys: ApiKeyService;
  routes: FastifyPluginAsyncTypebox[];
  logger?: FastifyBaseLogger;
  /** Largest accepted body; a 10,000-event batch fits comfortably. */
  bodyLimit?: number;
  version: string;
}

export async function buildHttpServer(options: HttpOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    bodyLimit: options.bodyLimit ?? 16 * 1024 * 1024,
    // randomUUID draws from Node's cached entropy: no system call per request.
    genReqId: () => `req_${randomUUID().replaceAll('-', '').slice(0, 16)}`,
    requestIdHeader: 'x-request-id',
    ajv: { customOptions: { removeAdditional: false } },
    return503OnClosing: true,
    forceCloseConnections: false,
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('request-id', request.id);
    return payload;
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tariff API',
        version: options.version,
        description: 'Usage-based billing: meters, pricing plans, subscriptions, invoices, credits, revenue.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  app.addHook('onRequest', authHook(options.keys));
  registerIdempotency(app, options.store.db);

  app.get('/health', { config: { auth: false }, schema: { hide: true } }, async () => ({
    status: 'ok',
    storage: options.store.kind,
    schema_version: await schemaVersion(options.store.db),
    version: options.version,
  }));
  app.get('/openapi.json', { config: { auth: false }, schema: { hide: true } }, async () => app.swagger());

  for (const routes of options.routes) await app.register(routes);
  return app;
}
