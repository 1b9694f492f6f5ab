import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWithContext, systemContext } from '../shared/request-context.js';
import { freshStore, type TestStore } from '../testing/stores.js';
import { SqlText } from './sql-text.js';

/**
 * Marked statements (`SqlText.build({ prepared: true })`) become named prepared statements on
 * PostgreSQL; the `hotReads` pool plans them once (generic) and the same text keeps reading the
 * schema of each call's mode: a cached plan never reads the other mode's table.
 */
describe('prepared statements on postgres', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await freshStore('postgres');
  });
  afterAll(async () => {
    await store?.dispose();
  });

  const countOf = (id: string) =>
    new SqlText()
      .text('select count(*)::int as n from customers where id <> ')
      .value(id)
      .build<{ n: number }>({ prepared: true });

  it('runs a marked statement under one name, with a generic plan on hotReads', async () => {
    await store.hotReads.connection().execute(async (db) => {
      for (let i = 0; i < 7; i++) await countOf(`cus_${i}`).execute(db);
      const { rows } = await sql<{ generic_plans: number; custom_plans: number; statement: string }>`
        select generic_plans::int, custom_plans::int, statement from pg_prepared_statements`.execute(db);
      const mine = rows.filter((r) => r.statement.includes('from customers where id <>'));
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ generic_plans: 7, custom_plans: 0 });
    });
  });

  it('keeps each mode on its own schema when the same connection switches modes', async () => {
    await runWithContext({ ...systemContext('system', 'test'), mode: 'test' }, () =>
      sql`insert into customers (id, name, currency, created_at, updated_at)
          values ('cus_prepared_test_mode', 'T', 'USD', now(), now())`.execute(store.db),
    );
    const count = (mode: 'live' | 'test') =>
      runWithContext({ ...systemContext('system', 'test'), mode }, () =>
        store.hotReads.connection().execute(async (db) => (await countOf('none').execute(db)).rows[0]?.n),
      );
    // Alternate on a pool that may hand back the same session: each answer is its mode's.
    const live = await count('live');
    for (let i = 0; i < 4; i++) {
      expect(await count('test')).toBe((live ?? 0) + 1);
      expect(await count('live')).toBe(live);
    }
  });

  it('runs unmarked statements unnamed', async () => {
    await store.db.connection().execute(async (db) => {
      await sql`select 1 as one`.execute(db);
      const { rows } = await sql<{
        n: number;
      }>`select count(*)::int as n from pg_prepared_statements`.execute(db);
      expect(rows[0]?.n).toBe(0);
    });
  });
});
