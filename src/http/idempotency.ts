import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/store.js';
import { isSealed, type Keyring } from '../security/secret-box.js';
import { ApiError } from '../shared/errors/index.js';
import { runWithContext } from '../shared/request-context.js';
import './tables.js';

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyKey?: string;
  }
}

/** How long a key is kept; the worker deletes older ones. */
export const IDEMPOTENCY_RETENTION_HOURS = 48;
/** A request still "in progress" after this long is presumed dead (its process crashed) and may be retried. */
const IN_PROGRESS_TIMEOUT_MS = 60_000;

/** The whole request: method, the path and query as sent, the content type and the body. */
function requestHash(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${request.headers['content-type'] ?? ''}\n`)
    .update(JSON.stringify(request.body ?? null))
    .digest('hex');
}

/** The key's owner: the API key that sent it. Requests without one (public routes) get no replay. */
function ownerOf(request: FastifyRequest): string | undefined {
  const actor = request.context?.actor;
  return actor?.type === 'api_key' ? actor.id : undefined;
}

/** Where a key lives: the same key on another path or method is another request. */
function scopeOf(request: FastifyRequest): { method: string; path: string } {
  return { method: request.method, path: request.url.split('?')[0] ?? request.url };
}

/**
 * `Idempotency-Key` on POST (Stripe's semantics), keyed on (API key, method, path, key): the first
 * request with a key runs and its answer is stored; the same request again (path, query, content
 * type and body) replays that answer without running anything; the same key on the same path with
 * anything else is 409 `idempotency_key_reused`. The same key on another path is another request:
 * a client reusing one key for two customers never gets the first customer's answer for the second. 5xx answers are not stored, so a retry
 * after a server failure runs again. Runs after validation: a rejected body stores nothing.
 */
export function registerIdempotency(app: FastifyInstance, db: Db, secrets: Keyring): void {
  // Hooks run outside the handler's request context (auth.ts enters it around the handler only):
  // without entering it here, keys of both modes would be stored in, and replayed from, live's
  // table, so a live key repeating a key with `Tariff-Mode: test` got its live answer back.
  const inContext = <T>(request: FastifyRequest, fn: () => Promise<T>): Promise<T> =>
    request.context ? runWithContext(request.context, fn) : fn();

  // Callback-style hooks that return at once for a request without a key (almost every request,
  // every meter event): no promise and no context switch on the hot path.
  // With a key, the hook returns its promise and does not call `done`: Fastify awaits it, and
  // whatever a later step throws is caught by Fastify as before, not left to an unhandled rejection.
  app.addHook('preHandler', (request: FastifyRequest, reply: FastifyReply, done: (e?: Error) => void) => {
    if (request.method !== 'POST' || request.headers['idempotency-key'] === undefined) return done();
    return inContext(request, () => claim(request, reply));
  });

  async function claim(request: FastifyRequest, reply: FastifyReply) {
    const key = request.headers['idempotency-key'];
    const owner = ownerOf(request);
    if (request.method !== 'POST' || typeof key !== 'string' || key === '' || !owner) return;
    if (key.length > 255) {
      throw new ApiError('parameter_invalid', 'Idempotency-Key must be at most 255 characters.', {
        param: 'Idempotency-Key',
      });
    }
    const hash = requestHash(request);
    const { method, path } = scopeOf(request);
    const inserted = await db
      .insertInto('idempotency_keys')
      .values({
        key,
        api_key_id: owner,
        method,
        path,
        body_hash: hash,
        status_code: null,
        response_body: null,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('key')
      .executeTakeFirst();
    if (inserted) {
      request.idempotencyKey = key;
      return;
    }
    const existing = await db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('api_key_id', '=', owner)
      .where('method', '=', method)
      .where('path', '=', path)
      .where('key', '=', key)
      .executeTakeFirstOrThrow();
    if (existing.body_hash !== hash) {
      throw new ApiError(
        'idempotency_key_reused',
        `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
        { param: 'Idempotency-Key' },
      );
    }
    if (existing.status_code === null || existing.response_body === null) {
      const stale = Date.now() - existing.created_at.getTime() > IN_PROGRESS_TIMEOUT_MS;
      if (!stale) {
        throw new ApiError(
          'idempotency_key_in_use',
          'A request with this Idempotency-Key is still being processed.',
          {
            param: 'Idempotency-Key',
          },
        );
      }
      await db
        .updateTable('idempotency_keys')
        .set({ created_at: new Date() } as never)
        .where('api_key_id', '=', owner)
        .where('method', '=', method)
        .where('path', '=', path)
        .where('key', '=', key)
        .execute();
      request.idempotencyKey = key;
      return;
    }
    reply.header('idempotent-replayed', 'true');
    // Stored answers are sealed: some hold a secret shown once (a new API key, a webhook
    // endpoint's signing secret), which must not sit readable in the database for 48 hours.
    const body = isSealed(existing.response_body)
      ? secrets.open(existing.response_body)
      : existing.response_body;
    return reply.code(existing.status_code).type('application/json; charset=utf-8').send(body);
  }

  app.addHook('onSend', (request, reply, payload, done) => {
    if (request.idempotencyKey === undefined) return done(null, payload);
    return inContext(request, () => store(request, reply, payload));
  });

  async function store(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
    const key = request.idempotencyKey;
    const owner = ownerOf(request);
    if (!key || !owner) return payload;
    const { method, path } = scopeOf(request);
    if (reply.statusCode >= 500 || typeof payload !== 'string') {
      await db
        .deleteFrom('idempotency_keys')
        .where('api_key_id', '=', owner)
        .where('method', '=', method)
        .where('path', '=', path)
        .where('key', '=', key)
        .execute();
    } else {
      await db
        .updateTable('idempotency_keys')
        .set({ status_code: reply.statusCode, response_body: secrets.seal(payload) })
        .where('api_key_id', '=', owner)
        .where('method', '=', method)
        .where('path', '=', path)
        .where('key', '=', key)
        .execute();
    }
    return payload;
  }
}

export async function purgeIdempotencyKeys(db: Db, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - IDEMPOTENCY_RETENTION_HOURS * 3_600_000);
  const result = await db.deleteFrom('idempotency_keys').where('created_at', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}
