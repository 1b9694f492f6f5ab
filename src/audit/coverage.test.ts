import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshStore, TEST_STORES, type TestStore } from '../testing/stores.js';
import { NOT_AUDITED } from './migrations.js';

/**
 * The guarantee that no write escapes the log: every table of the migrated database either has
 * the audit trigger on insert, update and delete, or is in NOT_AUDITED with a reason. A new table
 * whose migration forgets `attachAudit` fails here. A partition (meter_events_p0, …) is its
 * partitioned table's: only the partitioned table is listed.
 */
describe.each(TEST_STORES)('audit coverage on %s', (kind) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await freshStore(kind);
  });
  afterAll(() => store?.dispose());

  it('audits every table that is not excluded with a reason', async () => {
    const tables = (
      await sql<{
        name: string;
      }>`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition`.execute(
        store.db,
      )
    ).rows.map((r) => r.name);
    // tgtype bits: 1 row, 2 before, 4 insert, 8 delete, 16 update.
    const audited = new Set(
      (
        await sql<{ name: string }>`
          select c.relname as name
            from pg_trigger t
            join pg_class c on c.oid = t.tgrelid
            join pg_proc p on p.oid = t.tgfoid
           where p.proname = 'tariff_audit' and t.tgenabled <> 'D'
             and (t.tgtype & 29) = 29 and (t.tgtype & 2) = 0`.execute(store.db)
      ).rows.map((r) => r.name),
    );

    const forgotten = tables.filter((t) => !audited.has(t) && !(t in NOT_AUDITED)).sort();
    expect(
      forgotten,
      'tables without the audit trigger: call attachAudit(db, table) in their migration, or add them to NOT_AUDITED in src/audit/migrations.ts with a reason',
    ).toEqual([]);
    const contradictory = tables.filter((t) => audited.has(t) && t in NOT_AUDITED);
    expect(contradictory, 'audited and excluded at once').toEqual([]);
    const stale = Object.keys(NOT_AUDITED).filter((t) => !tables.includes(t));
    expect(stale, 'excluded tables that no longer exist').toEqual([]);
    for (const [table, reason] of Object.entries(NOT_AUDITED))
      expect(reason.length, table).toBeGreaterThan(10);
    expect(audited.size).toBeGreaterThan(25);
  });
});
