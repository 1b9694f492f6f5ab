import type { Executor } from '../db/store.js';
import type { EventType } from './emit.js';
import './tables.js';

/**
 * The outbox as other slices may read it: the query this slice publishes, aliased `e`, that a
 * reader (the Stripe push) narrows and joins with its own tables. Readers never name the events
 * table; its columns `e.id`, `e.type`, `e.data` are the published contract.
 */
export function outbox(executor: Executor) {
  return executor.selectFrom('events as e');
}

/** The data of every outbox event of one type, oldest first. */
export async function outboxDataOfType(executor: Executor, type: EventType): Promise<unknown[]> {
  const rows = await outbox(executor).select('e.data').where('e.type', '=', type).orderBy('e.id').execute();
  return rows.map((r) => r.data);
}
