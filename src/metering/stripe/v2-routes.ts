import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { ApiKeyInfo, ApiKeyService } from '../../auth/api-keys.js';
import { keyContext } from '../../http/auth.js';
import { ErrorBodyRef } from '../../http/openapi/error-body.js';
import { page } from '../../http/pagination.js';
import { ListOf, ListQuery, Obj } from '../../http/schemas.js';
import { ApiError } from '../../shared/errors/index.js';
import { allows } from '../../shared/permissions.js';
import type { MeteringService } from '../service.js';
import type { StreamErrorRow } from '../stream.js';
import {
  StripeMeterEventSession,
  StripeMeterEventStreamError,
  StripeSessionExpired,
  StripeStreamAccepted,
} from './shape-schemas.js';

const tags = ['Stripe-compatible meters'];
/** Stripe's limit per stream request. */
const MAX_STREAM_EVENTS = 100;
const KEY_TTL_MS = 5_000;

/** Events are checked one by one, as a batch's are: a bad event is reported, the others stored. */
const StreamBody = Obj({
  events: Type.Array(Type.Unknown(), { minItems: 1, maxItems: MAX_STREAM_EVENTS }),
});
const SessionBody = Type.Optional(Obj({}));

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() || undefined : undefined;
}

/** Stripe's v2 error for an expired session: the client raises TemporarySessionExpiredError. */
function expired(reply: FastifyReply) {
  return reply.code(401).send({
    error: {
      type: 'temporary_session_expired',
      code: 'billing_meter_event_session_expired',
      message:
        'The meter event session has expired: create a new one (POST /v2/billing/meter_event_session).',
    },
  });
}

function errorJson(row: StreamErrorRow) {
  return {
    object: 'v2.billing.meter_event_stream_error' as const,
    id: row.id,
    session: row.session_id,
    event_name: row.event_name,
    identifier: row.identifier,
    error: { code: row.code, message: row.message, param: row.param },
    event: row.event,
    created: row.created_at.toISOString(),
  };
}

/**
 * Stripe's v2 high-throughput meter event stream: `POST /v2/billing/meter_event_session` (an API
 * key with events write) returns a token valid 15 minutes; `POST /v2/billing/meter_event_stream`
 * authenticates with that token, not with an API key, so the route is public to the app's key
 * authentication and verifies the token itself (before anything else runs): the session's hash
 * compared in constant time, its expiry, and the API key that created it still active and
 * allowed to write events. The request then runs in that key's context (attributed to it, and
 * rate-limited per key). Events are stored before the 202 answer (acknowledged means durable);
 * the refused ones are Stripe's "asynchronous errors": kept and listed at
 * `GET /v2/billing/meter_event_stream/errors`.
 */
export function stripeV2MeterRoutes(
  metering: MeteringService,
  keys: ApiKeyService,
): FastifyPluginAsyncTypebox {
  const known = new Map<string, { key: ApiKeyInfo | undefined; until: number }>();
  async function activeKey(id: string): Promise<ApiKeyInfo | undefined> {
    const hit = known.get(id);
    if (hit && hit.until > Date.now()) return hit.key;
    const key = await keys.get(id).catch(() => undefined);
    if (known.size >= 1_000) known.clear();
    known.set(id, { key, until: Date.now() + KEY_TTL_MS });
    return key;
  }

  return async (app) => {
    app.post(
      '/v2/billing/meter_event_session',
      {
        schema: {
          tags,
          operationId: 'v2.billing.meter_event_session.create',
          summary: 'Create a meter event stream session (Stripe v2)',
          body: SessionBody,
          response: { 200: StripeMeterEventSession },
        },
      },
      async (req) => {
        const actor = req.context?.actor;
        if (actor?.type !== 'api_key') throw new ApiError('unauthorized', 'A session needs an API key.');
        const session = await metering.stream.createSession(actor.id);
        return {
          object: 'v2.billing.meter_event_session' as const,
          id: session.id,
          authentication_token: session.token,
          created: session.createdAt.toISOString(),
          expires_at: session.expiresAt.toISOString(),
          livemode: req.context?.mode === 'live',
        };
      },
    );

    app.post(
      '/v2/billing/meter_event_stream',
      {
        // The app's authentication knows API keys only; this route checks its session token in
        // onRequest below. The per-key rate limit then runs at preHandler, once the key is known.
        config: { public: true, rateLimit: { hook: 'preHandler' } },
        schema: {
          tags,
          operationId: 'v2.billing.meter_event_stream.create',
          summary: 'Send up to 100 meter events on a session (Stripe v2)',
          description:
            'Authenticated with a session token (`Authorization: Bearer <authentication_token>`), not an API key. Refused events are listed at GET /v2/billing/meter_event_stream/errors.',
          body: StreamBody,
          response: {
            202: { ...StripeStreamAccepted, description: 'Stored (refused events are kept as errors).' },
            401: Type.Union([ErrorBodyRef, StripeSessionExpired], {
              description: 'No valid session token, or its session expired (`temporary_session_expired`).',
            }),
            403: {
              ...ErrorBodyRef,
              description: 'The API key that created the session may no longer write events.',
            },
          },
        },
        onRequest: async (req, reply) => {
          const token = bearer(req);
          const check = token ? await metering.stream.checkToken(token) : undefined;
          if (check && !check.ok && check.reason === 'expired') return expired(reply);
          const key = check?.ok ? await activeKey(check.apiKeyId) : undefined;
          if (!check?.ok || !key || key.revoked_at !== null) {
            const error = new ApiError(
              'unauthorized',
              'Invalid meter event session token: send `Authorization: Bearer <authentication_token>` of a session created with POST /v2/billing/meter_event_session.',
            );
            return reply.code(401).send(error.toBody());
          }
          if (!allows(key.permissions, 'events', 'write')) {
            const error = new ApiError(
              'permission_denied',
              'The API key that created this session no longer has write access to events.',
            );
            return reply.code(403).send(error.toBody());
          }
          req.streamSession = { sessionId: check.sessionId, apiKeyId: key.id };
          req.context = keyContext(req, key);
        },
      },
      async (req, reply) => {
        const session = req.streamSession;
        if (!session) throw new ApiError('unauthorized', 'No meter event session.');
        const batch = await metering.ingest(req.body.events);
        if (batch.rejected > 0) await metering.stream.recordErrors(session, req.body.events, batch.results);
        return reply.code(202).send({});
      },
    );

    app.get(
      '/v2/billing/meter_event_stream/errors',
      {
        schema: {
          tags,
          operationId: 'v2.billing.meter_event_stream.list_errors',
          summary: 'Events the meter event stream refused (its asynchronous errors), newest first',
          querystring: Obj(ListQuery),
          response: { 200: ListOf(StripeMeterEventStreamError) },
        },
      },
      async (req) => {
        const limit = req.query.limit ?? 10;
        const rows = await metering.stream.listErrors({ limit, starting_after: req.query.starting_after });
        return page(rows.map(errorJson), limit);
      },
    );
  };
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The v2 stream session that authenticated this request. */
    streamSession?: { sessionId: string; apiKeyId: string };
  }
}
