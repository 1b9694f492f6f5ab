import type { Selectable } from 'kysely';
import type { Db } from '../db/store.js';
import { notFound } from '../shared/errors/index.js';
import type { AuditAction, AuditEventsTable } from './tables.js';
import './tables.js';

export type AuditEventRow = Selectable<AuditEventsTable>;

export interface AuditQuery {
  readonly limit?: number | undefined;
  readonly starting_after?: string | undefined;
  readonly actor_id?: string | undefined;
  readonly actor_type?: string | undefined;
  /** A table name (`customers`); the routes translate the API object name. */
  readonly resource_type?: string | undefined;
  readonly resource_id?: string | undefined;
  readonly request_id?: string | undefined;
  readonly action?: AuditAction | undefined;
  readonly created_gte?: Date | undefined;
  readonly created_lt?: Date | undefined;
}

/** Reads the audit log. Nothing writes it but the database trigger (src/audit/migrations.ts). */
export interface AuditService {
  /** Newest first; `starting_after` is the last id of the previous page. Fetches `limit + 1`. */
  list(query: AuditQuery): Promise<AuditEventRow[]>;
  get(id: string): Promise<AuditEventRow>;
}

export function createAuditService(db: Db): AuditService {
  return {
    async list(query) {
      let q = db
        .selectFrom('audit_events')
        .selectAll()
        .orderBy('id', 'desc')
        .limit((query.limit ?? 10) + 1);
      if (query.starting_after) q = q.where('id', '<', query.starting_after);
      if (query.actor_id) q = q.where('actor_id', '=', query.actor_id);
      if (query.actor_type) q = q.where('actor_type', '=', query.actor_type);
      if (query.resource_type) q = q.where('resource_type', '=', query.resource_type);
      if (query.resource_id) q = q.where('resource_id', '=', query.resource_id);
      if (query.request_id) q = q.where('request_id', '=', query.request_id);
      if (query.action) q = q.where('action', '=', query.action);
      if (query.created_gte) q = q.where('created_at', '>=', query.created_gte);
      if (query.created_lt) q = q.where('created_at', '<', query.created_lt);
      return q.execute();
    },
    async get(id) {
      const row = await db.selectFrom('audit_events').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) throw notFound('resource_not_found', 'audit event', id);
      return row;
    },
  };
}
