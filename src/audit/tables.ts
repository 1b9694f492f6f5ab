import type { ColumnType, Generated } from 'kysely';

export type AuditAction = 'created' | 'updated' | 'deleted';

/**
 * One recorded write, inserted only by the `tariff_audit()` trigger (src/audit/migrations.ts);
 * the application reads this table and never writes it.
 */
export interface AuditEventsTable {
  /** `aud_` and a zero-padded sequence, so ids sort in recording order. */
  id: Generated<string>;
  created_at: Generated<Date>;
  /** `api_key`, `cli`, `worker`, `system` (no context: a write outside any unit of work). */
  actor_type: string;
  actor_id: string | null;
  actor_name: string | null;
  mode: string | null;
  request_id: string | null;
  route: string | null;
  path: string | null;
  /** The table written. */
  resource_type: string;
  resource_id: string | null;
  action: AuditAction;
  /** INSERT and DELETE: the row; UPDATE: `{ column: { from, to } }` for the changed columns. Secrets read "[redacted]". */
  changes: ColumnType<Record<string, unknown>, never, never>;
}

declare module '../db/database.js' {
  interface Database {
    audit_events: AuditEventsTable;
  }
}
