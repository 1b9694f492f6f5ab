import type { Db, Executor } from '../db/store.js';
import { notFound } from '../shared/errors/index.js';
import { emitEvent } from '../webhooks/emit.js';
import type { IngestLogRefusalsTable } from './tables.js';
import './tables.js';

export type RefusalRow = Omit<IngestLogRefusalsTable, 'created_at'> & { created_at: Date };

/** Why the apply worker did not store an accepted event. */
export type RefusalReason = 'duplicate' | 'meter_inactive';

const MESSAGE: Readonly<Record<RefusalReason, string>> = {
  duplicate: 'An event with this identifier was stored before; this one was not counted.',
  meter_inactive: 'The meter was deactivated after the event was accepted; it was not counted.',
};

function reasonOf(code: string): RefusalReason {
  return code === 'duplicate' ? 'duplicate' : 'meter_inactive';
}

/** A refusal as the API answers it; its id is the refused event's (one refusal per event). */
export function refusalJson(r: RefusalRow) {
  const reason = reasonOf(r.code);
  return {
    object: 'meter_event_refusal' as const,
    id: r.event_id,
    meter: r.meter_id,
    customer: r.customer_id,
    identifier: r.identifier,
    value: r.value,
    reason,
    message: MESSAGE[reason],
    partition: r.partition,
    sequence: Number(r.sequence),
    created_at: r.created_at.toISOString(),
  };
}

/** How many refusals a `meter_event.refused` webhook event carries; the rest are in the list. */
export const REFUSALS_PER_EVENT = 20;

/**
 * `meter_event.refused` for the refusals one apply transaction recorded, in that transaction
 * (the outbox): one event per transaction with the count and the first REFUSALS_PER_EVENT.
 */
export async function emitRefused(trx: Executor, rows: readonly RefusalRow[], at: Date): Promise<void> {
  if (rows.length === 0) return;
  const sorted = [...rows].sort((a, b) => (a.event_id < b.event_id ? -1 : 1));
  await emitEvent(
    trx,
    'meter_event.refused',
    {
      object: 'meter_event_refusal_report',
      count: sorted.length,
      refusals: sorted.slice(0, REFUSALS_PER_EVENT).map(refusalJson),
      has_more: sorted.length > REFUSALS_PER_EVENT,
    },
    at,
  );
}

export interface RefusalQuery {
  limit: number;
  starting_after?: string | undefined;
  customer?: string | undefined;
  meter?: string | undefined;
  created_gte?: Date | undefined;
  created_lt?: Date | undefined;
}

/** Reads of `ingest_log_refusals` in the request's mode (its schema). */
export function createRefusalReads(db: Db) {
  return {
    /** Newest accepted first (event ids sort by acceptance), `limit + 1` rows: the caller pages. */
    list(q: RefusalQuery): Promise<RefusalRow[]> {
      let s = db
        .selectFrom('ingest_log_refusals')
        .selectAll()
        .orderBy('event_id', 'desc')
        .limit(q.limit + 1);
      if (q.starting_after) s = s.where('event_id', '<', q.starting_after);
      if (q.customer) s = s.where('customer_id', '=', q.customer);
      if (q.meter) s = s.where('meter_id', '=', q.meter);
      if (q.created_gte) s = s.where('created_at', '>=', q.created_gte);
      if (q.created_lt) s = s.where('created_at', '<', q.created_lt);
      return s.execute();
    },
    async get(id: string): Promise<RefusalRow> {
      const row = await db
        .selectFrom('ingest_log_refusals')
        .selectAll()
        .where('event_id', '=', id)
        .executeTakeFirst();
      if (!row) throw notFound('resource_not_found', 'meter event refusal', id, 'id');
      return row;
    },
  };
}

export type RefusalReads = ReturnType<typeof createRefusalReads>;
