import { randomUUID } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyPluginAsyncTypebox, TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyRequest } from 'fastify';
import type { Static } from 'typebox';
import type { ApiKeyService } from '../auth/api-keys.js';
import { schemaVersion } from '../db/migrate.js';
import type { Store } from '../db/store.js';
import type { Keyring } from '../security/secret-box.js';
import { ApiError } from '../shared/errors/index.js';
import { type RegisteredRoute, registerAuth } from './auth.js';
import { lazySerializers } from './lazy-serializers.js';

declare module 'fastify' {
  interface FastifyInstance {
    readonly registeredRoutes: readonly RegisteredRoute[];
  }
}

import { errorHandler, notFoundHandler } from './error-handler.js';
import { frameworkErrors, registerInputHygiene } from './hygiene.js';
import { registerIdempotency } from './idempotency.js';
import { openapiOptions } from './openapi/document.js';
import { ErrorBodySchema } from './openapi/error-body.js';
import { Health, OpenApiDocument } from './openapi/platform-schemas.js';
import { registerResponseValidation, responseValidationFromEnv } from './openapi/response-validation.js';
import { addStandardErrors } from './openapi/standard-errors.js';
import { registerSecurityHeaders, securityHeaderSetter } from './security-headers.js';
import { validatorCompiler } from './validation.js';

export interface HttpOptions {
  store: Store;
  keys: ApiKeyService;
  routes: FastifyPluginAsyncTypebox[];
  logger?: FastifyBaseLogger;
  /** Largest accepted body; a 10,000-event batch fits comfortably. */
  bodyLimit?: number;
  version: string;
  limits?: HttpLimits;
  /** Seals the answers kept for idempotent replays. */
  secrets: Keyring;
  /** Fastify's `trustProxy`: whose X-Forwarded-For to believe for client addresses. */
  trustProxy?: boolean | number | string;
  /** Check every JSON answer against its route's declared schema (default: TARIFF_VALIDATE_RESPONSES). */
  validateResponses?: boolean;
}

/** Request limits; 0 turns one off. Defaults suit one busy application server per key. */
export interface HttpLimits {
  /** Requests per second per API key (a 10,000-event batch counts as one request). */
  perKey?: number;
  /** Requests per second per client address on public routes (health, docs, console, webhooks). */
  perAddress?: number;
  /** Wrong API keys per client address per minute before that address gets 429. */
  authFailuresPerMinute?: number;
}

export const DEFAULT_LIMITS: Required<HttpLimits> = {
  perKey: 1_000,
  perAddress: 100,
  authFailuresPerMinute: 20,
};

/** A hop count becomes the function Fastify takes for it. */
function fastifyTrustProxy(
  value: boolean | number | string,
): boolean | string | ((address: string, hop: number) => boolean) {
  return typeof value === 'number' ? (_address, hop) => hop < value : value;
}

/** TARIFF_TRUST_PROXY: `true`, a hop count, or addresses/CIDRs (comma-separated) of the proxies. */
export function trustProxyFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): boolean | number | string | undefined {
  const raw = env.TARIFF_TRUST_PROXY?.trim();
  if (!raw) return undefined;
  if (raw === 'true' || raw === 'false') return raw === 'true';
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw;
}

/** Reads TARIFF_RATE_LIMIT_PER_KEY, TARIFF_RATE_LIMIT_PER_ADDRESS and TARIFF_AUTH_FAILURE_LIMIT. */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): Required<HttpLimits> {
  const read = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0)
      throw new Error(`${name} must be a whole number ≥ 0 (0 turns the limit off).`);
    return n;
  };
  return {
    perKey: read('TARIFF_RATE_LIMIT_PER_KEY', DEFAULT_LIMITS.perKey),
    perAddress: read('TARIFF_RATE_LIMIT_PER_ADDRESS', DEFAULT_LIMITS.perAddress),
    authFailuresPerMinute: read('TARIFF_AUTH_FAILURE_LIMIT', DEFAULT_LIMITS.authFailuresPerMinute),
  };
}

/**
 * The console and the API reference are same-origin single pages: scripts and styles from this
 * server only (inline style attributes are used by the charts), never framed by another site.
 */
const CONTENT_SECURITY_POLICY = {
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    // Not helmet's default upgrade-insecure-requests: a console served over plain HTTP (the quick
    // start, a LAN install) would have its own API calls rewritten to https and fail.
    upgradeInsecureRequests: null,
  },
};

export async function buildHttpServer(options: HttpOptions): Promise<FastifyInstance> {
  const serializers = lazySerializers();
  const securityHeaders = securityHeaderSetter({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    // The API is called from other origins' servers, not their pages; documents open in new tabs.
    crossOriginResourcePolicy: { policy: 'same-origin' },
    // Plain HTTP on localhost is the quick start; TLS is the reverse proxy's job (docs/security.md).
    hsts: false,
  });
  const app = Fastify({
    schemaController: { compilersFactory: { buildSerializer: serializers.builder } },
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    bodyLimit: options.bodyLimit ?? 16 * 1024 * 1024,
    // randomUUID draws from Node's cached entropy: no system call per request.
    genReqId: () => `req_${randomUUID().replaceAll('-', '').slice(0, 16)}`,
    requestIdHeader: 'x-request-id',
    ajv: { customOptions: { removeAdditional: false } },
    return503OnClosing: true,
    // A path the router cannot percent-decode is refused before any hook runs: in our error
    // shape, with the headers every other answer gets from the hooks.
    frameworkErrors: (error, request, reply) => {
      securityHeaders(reply);
      reply.header('request-id', request.id);
      return frameworkErrors(error, request, reply);
    },
    ...(options.trustProxy === undefined ? {} : { trustProxy: fastifyTrustProxy(options.trustProxy) }),
    forceCloseConnections: false,
  }).withTypeProvider<TypeBoxTypeProvider>();
  serializers.attach(app);

  app.setValidatorCompiler(validatorCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);
  // The first onRequest hook: every answer carries the headers, a refusal by the hooks after it too.
  registerSecurityHeaders(app, securityHeaders);
  registerInputHygiene(app); // NUL, lone surrogates, bad %-encoding → 400
  (await import('./empty-body.js')).registerEmptyBodies(app); // an empty POST or DELETE body is {}
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('request-id', request.id);
    done(null, payload);
  });

  await app.register(swagger, openapiOptions(options.version));
  app.addSchema(ErrorBodySchema);
  app.addHook('onRoute', addStandardErrors);
  if (options.validateResponses ?? responseValidationFromEnv()) registerResponseValidation(app);

  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  // Before any route is registered: authentication fixes each route's policy as it is added.
  // Before the rate limiter, so limits count per key; wrong keys are counted per address by
  // authentication itself.
  const routes = registerAuth(app, {
    keys: options.keys,
    failures:
      limits.authFailuresPerMinute > 0 ? { max: limits.authFailuresPerMinute, windowMs: 60_000 } : null,
  });
  if (limits.perKey > 0 || limits.perAddress > 0) {
    const off = Number.MAX_SAFE_INTEGER;
    await app.register(rateLimit, {
      global: true,
      timeWindow: 1_000,
      max: (request: FastifyRequest) =>
        request.context?.actor.type === 'api_key' ? limits.perKey || off : limits.perAddress || off,
      keyGenerator: (request: FastifyRequest) =>
        request.context?.actor.type === 'api_key' ? `key:${request.context.actor.id}` : `ip:${request.ip}`,
      errorResponseBuilder: (_request, context) =>
        new ApiError(
          'rate_limited',
          `Too many requests: at most ${context.max} per second; retry after ${context.after}.`,
        ),
    });
  }
  // Every registered route with its policy: the route-enumeration test walks this list.
  app.decorate('registeredRoutes', routes);
  await app.register(swaggerUi, { routePrefix: '/docs' });
  registerIdempotency(app, options.store.db, options.secrets);

  // Documented (not hidden): deploy scripts and load balancers call /health, and client generators
  // fetch /openapi.json, so both are part of the contract.
  app.get(
    '/health',
    {
      config: { public: true },
      schema: {
        operationId: 'health.retrieve',
        tags: ['platform'],
        summary: 'Whether the server is up, on which storage and schema version',
        response: { 200: Health },
      },
    },
    async () => ({
      status: 'ok' as const,
      storage: options.store.kind,
      schema_version: await schemaVersion(options.store.db),
      version: options.version,
    }),
  );
  app.get(
    '/openapi.json',
    {
      config: { public: true },
      schema: {
        operationId: 'openapi.retrieve',
        tags: ['platform'],
        summary: 'This OpenAPI 3.1 document',
        response: { 200: OpenApiDocument },
      },
    },
    async () => app.swagger() as Static<typeof OpenApiDocument>,
  );

  for (const routes of options.routes) await app.register(routes);
  return app;
}
