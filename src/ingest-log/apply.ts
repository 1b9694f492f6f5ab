import { sql } from 'kysely';
import type { Db } from '../db/store.js';
import { eventKey, type NewEvent, storeEvents } from '../metering/rollup-store.js';
import type { LogMessage } from './message.js';
import { emitRefused } from './refusals.js';
import './tables.js';

/** A fetched message: its stream sequence and its content. */
export interface Fetched {
  readonly seq: number;
  readonly message: LogMessage;
}

export type ApplyOutcome =
  | {
      readonly kind: 'applied';
      /** The checkpoint after the commit: every message at or below it may be acked. */
      readonly checkpoint: number;
      readonly applied: number;
      readonly events: number;
    }
  /** Another worker holds the partition now: apply nothing, ack nothing, stop pulling it. */
  | { readonly kind: 'lost' };

/**
 * Applies one fetch of a partition in ONE transaction: locks the partition's row, re-applies
 * messages at or below its checkpoint as no-ops (applied before: a redelivery after a crash
 * between commit and ack, or a fetch that overlapped a lease move), stores the events of the next messages with ONE
 * statement of the metering store (the (meter, identifier) primary key of meter_event_keys is
 * the permanent dedup; a refused event is recorded in ingest_log_refusals, with one
 * `meter_event.refused` webhook event for the transaction's new refusals), and moves the checkpoint
 * to the last message.
 * The caller acks only after this resolves.
 *
 * Only a contiguous run from checkpoint + 1 is applied: a message after a gap (its predecessor is
 * still held by a consumer that died, and comes back after JetStream's ack wait) waits, so the
 * checkpoint never passes a message that was not applied. Together: each event is stored
 * exactly once, whatever crashes, redeliveries and lease moves happen.
 *
 * Rollups: the events become rollups through the fold (src/metering/fold.ts), which adds every
 * event committed below its horizon exactly once; reads count the unfolded ones from the raw
 * table, so an applied event is exact in reads from this commit on.
 */
export async function applyFetch(
  db: Db,
  partition: number,
  owner: string,
  fetched: readonly Fetched[],
): Promise<ApplyOutcome> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('ingest_partitions')
      .select(['checkpoint', 'owner'])
      .where('partition', '=', partition)
      .forUpdate()
      .executeTakeFirst();
    if (!row || row.owner !== owner) return { kind: 'lost' } as const;
    let checkpoint = Number(row.checkpoint);
    // The messages at or below the checkpoint and the contiguous run from checkpoint + 1, in
    // sequence order. One at or below is applied again rather than skipped: applying is
    // idempotent (an event stored before under its own id is not refused), and a stream that lost
    // its last messages (a nats-server killed before it wrote what it had acknowledged) hands out
    // those sequence numbers again, to new messages that must not be skipped.
    // A fetch can hold one message twice (a redelivery after the ack wait beside the first
    // delivery): it is applied once, or its events would be refused as copies of themselves.
    const run: Fetched[] = [];
    const taken = new Set<number>();
    for (const f of [...fetched].sort((a, b) => a.seq - b.seq)) {
      if (f.seq > checkpoint + 1) break;
      if (taken.has(f.seq)) continue;
      taken.add(f.seq);
      run.push(f);
      checkpoint = Math.max(checkpoint, f.seq);
    }
    // ONE statement for the whole run: each event keeps its own arrival time. A later copy of a
    // key inside the run is held back here (one statement cannot tell which copy came first), and
    // answered as its first copy is: a duplicate, or refused with it.
    const first = new Map<string, NewEvent>();
    const copies: { event: NewEvent; seq: number }[] = [];
    const sequence = new Map<string, number>();
    for (const f of run) {
      for (const e of f.message.events) {
        const key = eventKey(e.meterId, e.identifier);
        const prior = first.get(key);
        // The same event again (same id) is not a copy of itself.
        if (prior) {
          if (prior.id !== e.id) copies.push({ event: e, seq: f.seq });
        } else {
          first.set(key, { ...e, arrivedAt: f.message.arrivedAt });
          sequence.set(e.id, f.seq);
        }
      }
    }
    const stored = [...first.values()];
    const refusals = await storeEvents(trx, stored, run[0]?.message.arrivedAt ?? new Date());
    const refused = [
      ...stored.flatMap((e) => {
        const r = refusals.get(eventKey(e.meterId, e.identifier));
        return r ? [{ event: e, seq: sequence.get(e.id) ?? 0, refusal: r }] : [];
      }),
      ...copies.map((c) => ({
        ...c,
        refusal:
          refusals.get(eventKey(c.event.meterId, c.event.identifier)) === 'inactive'
            ? 'inactive'
            : 'duplicate',
      })),
    ];
    if (refused.length > 0) {
      const recorded = await trx
        .insertInto('ingest_log_refusals')
        .values(
          refused.map(({ event: e, seq, refusal }) => ({
            // An event id is unique, and each message is applied once: one refusal per event.
            event_id: e.id,
            partition,
            sequence: String(seq),
            meter_id: e.meterId,
            identifier: e.identifier,
            customer_id: e.customerId,
            code: refusal === 'duplicate' ? 'duplicate' : 'meter_inactive',
            value: e.value.toFixed(),
          })),
        )
        .onConflict((oc) => oc.column('event_id').doNothing())
        .returningAll()
        .execute();
      // Only what this transaction recorded: a re-applied message's refusals exist already, and
      // so does their webhook event.
      await emitRefused(trx, recorded, new Date());
    }
    const applied = run.length;
    const events = stored.length + copies.length;
    if (applied > 0) {
      await sql`update ingest_partitions set checkpoint = ${checkpoint}, applied_at = now()
        where partition = ${partition}`.execute(trx);
    }
    return { kind: 'applied', checkpoint, applied, events } as const;
  });
}
