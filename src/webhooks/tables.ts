import type { ColumnType, Generated } from 'kysely';

/** The outbox: one row per event, written in the same transaction as the change that caused it. */
export interface EventsTable {
  id: string;
  type: string;
  data: ColumnType<Record<string, unknown>, string, string>;
  /** Business time of the event (a test clock's time for its customers). */
  occurred_at: Date;
  created_at: Generated<Date>;
  /** Set once the dispatcher has created a delivery per matching endpoint. */
  dispatched_at: Date | null;
}

declare module '../db/database.js' {
  interface Database {
    events: EventsTable;
  }
}
