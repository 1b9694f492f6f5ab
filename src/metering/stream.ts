import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Selectable } from 'kysely';
import { SHARED_SCHEMA } from '../db/modes.js';
import type { ServiceContext } from '../shared/context.js';
import { newId } from '../shared/ids.js';
import type { EventResult } from './ingest.js';
import type { MeterEventStreamErrorsTable } from './tables.js';
import './tables.js';

/** Stripe's meter event sessions last 15 minutes; so do Tariff's. */
export const SESSION_TTL_MS = 15 * 60_000;
/** How long a verified session is trusted from memory before its key is checked again. */
const VERIFIED_TTL_MS = 5_000;

export interface StreamSession {
  readonly id: string;
  /** Shown once, when the session is created; only its SHA-256 is stored. */
  readonly token: string;
  readonly apiKeyId: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

export type SessionCheck =
  | { readonly ok: true; readonly sessionId: string; readonly apiKeyId: string }
  | { readonly ok: false; readonly reason: 'invalid' | 'expired' };

export type StreamErrorRow = Selectable<MeterEventStreamErrorsTable>;

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/** Ids shaped like Stripe's (`mtrses_…`), a ULID after the prefix so they sort by creation. */
const sessionId = () => `mtrses_${newId('mtr').slice(4)}`;
const errorId = () => `mtrerr_${newId('mtr').slice(4)}`;

/**
 * Sessions of the v2 meter event stream and the errors it reports. A token is
 * `<session id>.<32 random bytes, base64url>`: the id finds the session, and the SHA-256 of the
 * whole token is compared in constant time with the stored one. A token is valid until its
 * session expires; the route checks, in addition, that the API key that created it is still
 * active and may write events (stripe/v2-routes.ts).
 */
export function createStreamStore(ctx: ServiceContext) {
  const verified = new Map<string, { hash: Buffer; apiKeyId: string; expiresAt: number; until: number }>();

  return {
    async createSession(apiKeyId: string): Promise<StreamSession> {
      const id = sessionId();
      const token = `${id}.${randomBytes(32).toString('base64url')}`;
      const createdAt = ctx.clock.now();
      const expiresAt = new Date(createdAt.getTime() + SESSION_TTL_MS);
      // Sessions are credentials, like the keys that make them: shared by both modes, so the
      // stream route finds one before it knows the mode (src/db/modes.ts).
      await ctx.db
        .withSchema(SHARED_SCHEMA)
        .insertInto('meter_event_sessions')
        .values({
          id,
          hash: sha256(token).toString('hex'),
          api_key_id: apiKeyId,
          created_at: createdAt,
          expires_at: expiresAt,
        })
        .execute();
      return { id, token, apiKeyId, createdAt, expiresAt };
    },

    async checkToken(token: string): Promise<SessionCheck> {
      const dot = token.indexOf('.');
      if (!token.startsWith('mtrses_') || dot < 0 || token.length > 200)
        return { ok: false, reason: 'invalid' };
      const id = token.slice(0, dot);
      const now = ctx.clock.now().getTime();
      let known = verified.get(id);
      if (!known || known.until <= Date.now()) {
        const row = await ctx.db
          .withSchema(SHARED_SCHEMA)
          .selectFrom('meter_event_sessions')
          .select(['hash', 'api_key_id', 'expires_at'])
          .where('id', '=', id)
          .executeTakeFirst();
        if (!row) return { ok: false, reason: 'invalid' };
        known = {
          hash: Buffer.from(row.hash, 'hex'),
          apiKeyId: row.api_key_id,
          expiresAt: row.expires_at.getTime(),
          until: Date.now() + VERIFIED_TTL_MS,
        };
        if (verified.size >= 10_000) verified.clear();
        verified.set(id, known);
      }
      const hash = sha256(token);
      if (hash.length !== known.hash.length || !timingSafeEqual(hash, known.hash))
        return { ok: false, reason: 'invalid' };
      if (now >= known.expiresAt) return { ok: false, reason: 'expired' };
      return { ok: true, sessionId: id, apiKeyId: known.apiKeyId };
    },

    /** Keeps the refused events of one stream request, to be listed. */
    async recordErrors(
      session: { sessionId: string; apiKeyId: string },
      sent: readonly unknown[],
      results: readonly EventResult[],
    ): Promise<number> {
      const createdAt = ctx.clock.now();
      const rows = results
        .filter((r) => r.status === 'rejected' && r.error)
        .map((r) => {
          const event = sent[r.index];
          const e = (typeof event === 'object' && event !== null ? event : {}) as Record<string, unknown>;
          return {
            id: errorId(),
            session_id: session.sessionId,
            api_key_id: session.apiKeyId,
            event_name: typeof e.event_name === 'string' ? e.event_name : null,
            identifier: typeof e.identifier === 'string' ? e.identifier : null,
            code: r.error?.code ?? 'internal_error',
            message: r.error?.message ?? '',
            param: r.error?.param ?? null,
            event: JSON.stringify(event ?? null),
            created_at: createdAt,
          };
        });
      if (rows.length > 0) await ctx.db.insertInto('meter_event_stream_errors').values(rows).execute();
      return rows.length;
    },

    /** Newest first, `limit + 1` rows (the caller pages). */
    listErrors(query: { limit: number; starting_after?: string | undefined }): Promise<StreamErrorRow[]> {
      let q = ctx.db
        .selectFrom('meter_event_stream_errors')
        .selectAll()
        .orderBy('id', 'desc')
        .limit(query.limit + 1);
      if (query.starting_after) q = q.where('id', '<', query.starting_after);
      return q.execute();
    },
  };
}

export type StreamStore = ReturnType<typeof createStreamStore>;
