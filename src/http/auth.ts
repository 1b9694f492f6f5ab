import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import type { ApiKeyService, VerifiedKey } from '../auth/api-keys.js';
import { ApiError } from '../shared/errors/index.js';
import { allows, permissionsFrom } from '../shared/permissions.js';
import { type Mode, type RequestContext, runWithContext } from '../shared/request-context.js';
import { createFailureLimiter } from './failure-limiter.js';
import { policyFor, type RoutePolicy } from './route-policy.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by authentication on every protected route; absent on public ones. */
    context?: RequestContext;
  }
  interface FastifyContextConfig {
    /** `true` for routes anyone may call (health, docs, console files, signed Stripe webhooks). */
    public?: boolean;
    /** Filled in at registration from src/http/route-policy.ts. */
    policy?: RoutePolicy;
  }
}

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || undefined;
  // Stripe's clients may send the key as HTTP Basic user name (`sk_…:`).
  if (header?.startsWith('Basic ')) {
    const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
    return decoded.split(':')[0] || undefined;
  }
  return undefined;
}

const NO_ACCESS = permissionsFrom({});

export interface AuthOptions {
  keys: ApiKeyService;
  /** Wrong keys allowed per client address per window before 429 (brute force); null: no limit. */
  failures: { max: number; windowMs: number } | null;
}

/**
 * Default deny. Every route's policy is fixed when it is registered, from the route itself
 * (never from the URL text of a request, which the router decodes and normalises first); a
 * route without a permission group stops the server from starting. On each request the policy
 * of the route that will actually run decides: public, or a key holding the group's access.
 * Handlers then run inside the request context, which the database's audit trigger reads.
 */
export interface RegisteredRoute {
  readonly method: string;
  readonly url: string;
  readonly policy: RoutePolicy;
}

export function registerAuth(app: FastifyInstance, options: AuthOptions): readonly RegisteredRoute[] {
  const registered: RegisteredRoute[] = [];
  const failures = createFailureLimiter(
    options.failures ?? { max: Number.MAX_SAFE_INTEGER, windowMs: 60_000 },
  );

  app.addHook('onRoute', (route: RouteOptions) => {
    const config = (route.config ?? {}) as { public?: boolean; policy?: RoutePolicy };
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const policies = methods.map((m) => policyFor(m, route.url, config.public === true));
    // One route may answer several methods; the strictest decides.
    const policy =
      policies.find((p) => !p.public && p.access === 'write') ??
      policies[0] ??
      policyFor('GET', route.url, false);
    route.config = { ...config, policy } as NonNullable<typeof route.config>;
    for (const method of methods) registered.push({ method, url: route.url, policy });
    const handler = route.handler;
    route.handler = function (this: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
      const ctx = request.context;
      return ctx
        ? runWithContext(ctx, () => handler.call(this, request, reply))
        : handler.call(this, request, reply);
    };
  });

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const policy = request.routeOptions.config?.policy;
    // No route matched: the not-found handler answers without touching data.
    if (!policy && request.is404) return;
    if (policy?.public) {
      // Public routes act as Tariff itself (the Stripe webhook receiver updates invoices): their
      // writes are recorded with this request's id and route, and they hold no key's permissions.
      request.context = {
        actor: { type: 'system', name: `${request.method} ${request.routeOptions.url}` },
        mode: 'live',
        permissions: NO_ACCESS,
        requestId: request.id,
        route: `${request.method} ${request.routeOptions.url}`,
        path: request.url.split('?')[0] ?? request.url,
      };
      return;
    }
    if (!policy) {
      // A route registered where the policy hook could not see it: refused, never let through.
      return reply.code(401).send(new ApiError('unauthorized', 'This route is not available.').toBody());
    }
    const secret = bearer(request);
    if (!secret) {
      const error = new ApiError(
        'unauthorized',
        'No API key provided. Send `Authorization: Bearer <secret key>`.',
      );
      return reply.code(401).send(error.toBody());
    }
    const retryAfter = failures.blockedFor(request.ip);
    if (retryAfter > 0) {
      reply.header('retry-after', String(retryAfter));
      const error = new ApiError('rate_limited', 'Too many requests with invalid API keys; try again later.');
      return reply.code(429).send(error.toBody());
    }
    const key = await options.keys.verify(secret);
    if (!key) {
      failures.record(request.ip);
      return reply.code(401).send(new ApiError('unauthorized', 'Invalid API key provided.').toBody());
    }
    if (!allows(key.permissions, policy.group, policy.access)) {
      const error = new ApiError(
        'permission_denied',
        `This API key does not have ${policy.access} access to ${policy.group.replaceAll('_', ' ')} (needed by ${request.method} ${request.routeOptions.url}).`,
      );
      return reply.code(403).send(error.toBody());
    }
    // A live key may act on test data (the console's test-mode switch sends this header); a
    // test-mode key never reaches live data.
    const asked = request.headers['tariff-mode'];
    if (asked !== undefined && asked !== 'live' && asked !== 'test') {
      const error = new ApiError('parameter_invalid', 'Tariff-Mode is `live` or `test`.', {
        param: 'Tariff-Mode',
      });
      return reply.code(400).send(error.toBody());
    }
    if (asked === 'live' && key.mode === 'test') {
      const error = new ApiError('permission_denied', 'A test-mode key cannot act in live mode.', {
        param: 'Tariff-Mode',
      });
      return reply.code(403).send(error.toBody());
    }
    request.context = keyContext(request, key, asked === 'test' ? 'test' : key.mode);
    // Says which data the answer is from; without the header above, that is the key's own mode.
    reply.header('tariff-mode', request.context.mode);
  });
  return registered;
}

/** The context of a request made with a verified key (also for routes that verify a key themselves). */
export function keyContext(request: FastifyRequest, key: VerifiedKey, mode: Mode = key.mode): RequestContext {
  return {
    actor: { type: 'api_key', id: key.id, name: key.name },
    mode,
    keyMode: key.mode,
    permissions: key.permissions,
    requestId: request.id,
    route: `${request.method} ${request.routeOptions.url}`,
    path: request.url.split('?')[0] ?? request.url,
  };
}
