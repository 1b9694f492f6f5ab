import { sql } from 'kysely';
import type { Executor } from '../src/db/store.js';
import { CUSTOMER_PARTITIONS } from '../src/metering/migrations.js';
import type { EventTables } from '../src/metering/rollup-store.js';

/**
 * A copy of meter_events (partitioned by customer, same columns and indexes) and of its keys
 * table, meter_event_keys, named `<name>` and `<name>_keys`: a baseline that pays exactly what
 * storing an event pays, without the service around it.
 */
export async function copyEventTables(db: Executor, name: string): Promise<EventTables> {
  const keys = `${name}_keys`;
  await sql`create table ${sql.table(name)} (like meter_events including all)
    partition by hash (customer_id)`.execute(db);
  for (let n = 0; n < CUSTOMER_PARTITIONS; n++)
    await sql`create table ${sql.id(`${name}_p${n}`)} partition of ${sql.table(name)}
      for values with (modulus ${sql.lit(CUSTOMER_PARTITIONS)}, remainder ${sql.lit(n)})`.execute(db);
  await sql`create table ${sql.table(keys)} (like meter_event_keys including all)`.execute(db);
  return { events: name, keys };
}
