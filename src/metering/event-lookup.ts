import type { Executor } from '../db/store.js';
import './tables.js';

/**
 * The stored event under (meter, identifier), or undefined. `meter_events` is partitioned by
 * customer and has no key of its own (0106): meter_event_keys says which customer and time the
 * identifier was stored under, so the read touches one partition, through
 * `meter_events_customer_ts`. `lock` takes the event's row lock (not the key's).
 */
export function findEvent(db: Executor, meterId: string, identifier: string, lock = false) {
  const query = db
    .selectFrom('meter_event_keys as k')
    .innerJoin('meter_events as e', (join) =>
      join
        .onRef('e.meter_id', '=', 'k.meter_id')
        .onRef('e.customer_id', '=', 'k.customer_id')
        .onRef('e.ts', '=', 'k.ts')
        .onRef('e.identifier', '=', 'k.identifier'),
    )
    .selectAll('e')
    .where('k.meter_id', '=', meterId)
    .where('k.identifier', '=', identifier);
  return (lock ? query.forUpdate('e') : query).executeTakeFirst();
}
