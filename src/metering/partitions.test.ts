import { type KyselyPlugin, RawNode, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest, migrations } from '../app/migrations.js';
import { Decimal } from '../core/money/decimal.js';
import { applyMigrations } from '../db/migrate.js';
import { openStore, type Store, type StoreKind } from '../db/store.js';
import { createTestDatabase, TEST_STORES } from '../testing/stores.js';
import { findEvent } from './event-lookup.js';
import { CUSTOMER_PARTITIONS } from './migrations.js';
import { eventKey, storeEvents } from './rollup-store.js';

const PARTITIONED = [
  'meter_events',
  'meter_rollups',
  'meter_rollups_day',
  'meter_uniques',
  'meter_uniques_day',
];

async function emptyStore(kind: StoreKind): Promise<Store & { dispose(): Promise<void> }> {
  if (kind === 'pglite') {
    const store = await openStore({ dataDir: 'memory://' });
    return { ...store, dispose: () => store.close() };
  }
  const database = await createTestDatabase();
  const store = await openStore({ databaseUrl: database.url, poolSize: 2 });
  return {
    ...store,
    async dispose() {
      await store.close();
      await database.drop();
    },
  };
}

/** The tables an EXPLAIN (FORMAT JSON) plan reads. */
function relations(plan: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (typeof n['Relation Name'] === 'string') out.push(n['Relation Name']);
      for (const v of Object.values(n)) walk(v);
    }
  };
  walk(plan);
  return out;
}

/**
 * Migration 0106 on a store that already holds events and rollups (as an installation made before
 * it does): every row survives, each event's identifier lands in meter_event_keys, the five
 * metering tables become 8 hash partitions of the customer, dedup keeps working, and a read of
 * one customer's usage touches one partition.
 */
describe.each(TEST_STORES)('partitioned metering tables on %s', (kind) => {
  let store: Store & { dispose(): Promise<void> };
  const at = new Date('2026-03-10T10:00:00Z');

  beforeAll(async () => {
    store = await emptyStore(kind);
    const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0106'));
    await applyMigrations(store.db, before);
    await sql`insert into meters (id, event_name, display_name, formula, customer_key, value_key, status)
      values ('mtr_a', 'calls', 'Calls', 'sum', 'customer', 'value', 'active')`.execute(store.db);
    await sql`
      insert into meter_events (meter_id, identifier, id, customer_id, ts, value, dim_key, dimensions, created_at)
      select 'mtr_a', 'i' || g, 'evt_' || g, 'cus_' || (g % 30), ${at}::timestamptz + g * interval '1 second',
        g, '[]', '{}', ${at}
      from generate_series(1, 300) g`.execute(store.db);
    await sql`
      insert into meter_rollups (meter_id, customer_id, bucket, dim_key, dimensions, event_count, value_sum)
      select 'mtr_a', customer_id, date_trunc('hour', ts), '[]', '{}', count(*), sum(value)
      from meter_events group by customer_id, date_trunc('hour', ts)`.execute(store.db);
    await migrateToLatest(store.db);
  });
  afterAll(() => store?.dispose());

  it('partitions the five tables by a hash of the customer, in both modes', async () => {
    const rows = await sql<{ schema: string; parent: string; n: number }>`
      select n.nspname as schema, p.relname as parent, count(*)::int as n
        from pg_inherits i join pg_class p on p.oid = i.inhparent join pg_namespace n on n.oid = p.relnamespace
       where p.relkind = 'p' and p.relname = any(${PARTITIONED}::text[])
       group by 1, 2 order by 1, 2`.execute(store.db);
    expect(rows.rows).toHaveLength(PARTITIONED.length * 2);
    for (const r of rows.rows) expect(r.n, `${r.schema}.${r.parent}`).toBe(CUSTOMER_PARTITIONS);
  });

  it('keeps every event and rollup, and records every identifier', async () => {
    const [counts] = (
      await sql<{ events: number; keys: number; matched: number; rollups: string; spread: number }>`
        select (select count(*)::int from meter_events) as events,
               (select count(*)::int from meter_event_keys) as keys,
               (select count(*)::int from meter_event_keys k join meter_events e
                  on e.id = k.id and e.customer_id = k.customer_id and e.ts = k.ts
                 and e.meter_id = k.meter_id and e.identifier = k.identifier) as matched,
               (select sum(value_sum)::text from meter_rollups) as rollups,
               (select count(distinct tableoid)::int from meter_events) as spread`.execute(store.db)
    ).rows;
    expect(counts).toEqual({ events: 300, keys: 300, matched: 300, rollups: '45150', spread: 8 });
  });

  it('refuses an identifier stored before the migration, and stores a new one once', async () => {
    const event = (identifier: string, id: string) => ({
      id,
      meterId: 'mtr_a',
      identifier,
      customerId: 'cus_7',
      ts: at,
      value: new Decimal(1),
      distinctValue: null,
      dimKey: '[]',
      dimensions: {},
    });
    const refused = await storeEvents(store.db, [event('i7', 'evt_again'), event('fresh', 'evt_fresh')], at);
    expect([...refused]).toEqual([[eventKey('mtr_a', 'i7'), 'duplicate']]);
    const again = await storeEvents(store.db, [event('fresh', 'evt_fresh2')], at);
    expect([...again.values()]).toEqual(['duplicate']);
    expect((await findEvent(store.db, 'mtr_a', 'fresh'))?.id).toBe('evt_fresh');
    expect((await findEvent(store.db, 'mtr_a', 'i7'))?.id).toBe('evt_7');
  });

  it("reads one customer's events from one partition", async () => {
    await sql`analyze meter_events`.execute(store.db);
    const plan = await sql<{ 'QUERY PLAN': unknown }>`explain (format json)
      select sum(value) from meter_events
       where meter_id = 'mtr_a' and customer_id = 'cus_7' and ts >= ${at} and ts < ${at}::timestamptz + interval '1 day'`.execute(
      store.db,
    );
    const read = relations(plan.rows[0]?.['QUERY PLAN']);
    expect(read).toHaveLength(1);
    expect(read[0]).toMatch(/^meter_events_p[0-7]$/);
  });

  it('stores a 1,000-event batch without comparing its events pairwise (the plan, run in a rolled-back transaction)', async () => {
    // EXPLAIN ANALYZE of the very statement storeEvents sends: a plugin prefixes it and keeps the
    // plan. The claimed ids were once joined back to the batch by a nested loop: 999,000 rows
    // removed by its join filter for 1,000 events.
    let plan: unknown;
    const explain: KyselyPlugin = {
      transformQuery: ({ node }) =>
        RawNode.is(node) ? RawNode.create(['explain (analyze, format json) ', ''], [node]) : node,
      transformResult: async ({ result }) => {
        plan ??= (result.rows[0] as Record<string, unknown> | undefined)?.['QUERY PLAN'];
        return result;
      },
    };
    const batch = Array.from({ length: 1000 }, (_, k) => ({
      meterId: 'mtr_a',
      customerId: `cus_${k % 30}`,
      identifier: `plan-${k}`,
      id: `evt_plan_${k}`,
      ts: at,
      value: new Decimal(1),
      distinctValue: null,
      dimKey: '[]',
      dimensions: {},
    }));
    await store.db
      .transaction()
      .execute(async (trx) => {
        await storeEvents(trx.withPlugin(explain), batch, at);
        throw new Error('rollback');
      })
      .catch((e: Error) => expect(e.message).toBe('rollback'));
    const removed: number[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        const n = node as Record<string, unknown>;
        if (typeof n['Rows Removed by Join Filter'] === 'number')
          removed.push(n['Rows Removed by Join Filter']);
        for (const v of Object.values(n)) walk(v);
      }
    };
    walk(plan);
    expect(plan).toBeDefined();
    expect(Math.max(0, ...removed)).toBeLessThan(1000);
    expect(
      await sql`select 1 from meter_event_keys where identifier = 'plan-0'`.execute(store.db),
    ).toMatchObject({
      rows: [],
    });
  });
});
