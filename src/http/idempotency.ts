import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/store.js';
import { ApiError } from '../shared/errors/index.js';
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

function bodyHash(request: FastifyRequest): string {
  return createHash('sha256')
    .update(
      `${request.method} ${request.routeOptions.url ?? request.url}\n${JSON.stringify(request.body ?? null)}`,
    )
    .digest('hex');
}

/**
 * `Idempotency-Key` on POST (Stripe's semantics): the first request with a key runs and its answer
 * is stored; the same key and body again replays that answer without running anything; the same
 * key with another body is 409 `idempotency_key_reused`. 5xx answers are not stored, so a retry
 * after a server failure runs again. Runs after validation: a rejected body stores nothing.
 */
export function registerIdempotency(app: FastifyInstance, db: Db): void {
  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || typeof key !== 'string' || key === '' || !request.apiKeyId) return;
    if (key.length > 255) {
      throw new ApiError('parameter_invalid', 'Idempotency-Key must be at most 255 characters.', {
        param: 'Idempotency-Key',
      });
    }
    const hash = bodyHash(request);
    const path = request.url;
    const inserted = await db
      .insertInto('idempotency_keys')
      .values({
        key,
        api_key_id: request.apiKeyId,
        method: request.method,
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
      .where('api_key_id', '=', request.apiKeyId)
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
        .where('api_key_id', '=', request.apiKeyId)
        .where('key', '=', key)
        .execute();
      request.idempotencyKey = key;
      return;
    }
    reply.header('idempotent-replayed', 'true');
    return reply
      .code(existing.status_code)
      .type('application/json; charset=utf-8')
      .send(existing.response_body);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const key = request.idempotencyKey;
    if (!key || !request.apiKeyId) return payload;
    if (reply.statusCode >= 500 || typeof payload !== 'string') {
      await db
        .deleteFrom('idempotency_keys')
        .where('api_key_id', '=', request.apiKeyId)
        .where('key', '=', key)
        .execute();
    } else {
      await db
        .updateTable('idempotency_keys')
        .set({ status_code: reply.statusCode, response_body: payload })
        .where('api_key_id', '=', request.apiKeyId)
        .where('key', '=', key)
        .execute();
    }
    return payload;
  });
}

export async function purgeIdempotencyKeys(db: Db, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - IDEMPOTENCY_RETENTION_HOURS * 3_600_000);
  const result = await db.deleteFrom('idempotency_keys').where('created_at', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}
