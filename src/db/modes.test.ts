import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { runInMode } from '../shared/request-context.js';
import { freshStore, TEST_STORES } from '../testing/stores.js';

describe.each(TEST_STORES)('modes are schemas (%s)', (kind) => {
  it('puts every table in both schemas, and a query reaches only its mode', async () => {
    const t0 = performance.now();
    const store = await freshStore(kind);
    const migrateMs = performance.now() - t0;
    try {
      const tables = await sql<{ schema: string; n: number }>`
        select table_schema as schema, count(*)::int as n from information_schema.tables
         where table_schema in ('public', 'tariff_test') group by 1 order by 1`.execute(store.db);
      const [pub, test] = tables.rows;
      expect(pub?.n).toBeGreaterThan(40);
      expect(test?.n).toBe(pub?.n);
      const insert = (name: string) =>
        sql`insert into test_clocks (id, name, frozen_time, status, created_at) values (${name}, ${name}, now(), 'ready', now())`.execute(
          store.db,
        );
      await runInMode('test', () => insert('clock_t'));
      await insert('clock_l');
      const names = async () =>
        (await sql<{ id: string }>`select id from test_clocks order by id`.execute(store.db)).rows.map(
          (r) => r.id,
        );
      expect(await names()).toEqual(['clock_l']);
      expect(await runInMode('test', names)).toEqual(['clock_t']);
      console.log(`${kind}: migrate both schemas ${Math.round(migrateMs)} ms`);
    } finally {
      await store.dispose();
    }
  });
});
