import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshStore, TEST_STORES, type TestStore } from '../testing/stores.js';
import { readVersion } from './check-cache.js';
import { createVersionRider } from './version-rider.js';

describe.each(TEST_STORES)('version rider on %s', (kind) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await freshStore(kind);
  });
  afterAll(() => store.dispose());

  it('reads the version in the raw statement it rides on, as the separate read does', async () => {
    await sql`update entitlements_version set version = 41 where id = 1`.execute(store.db);
    const rider = createVersionRider();
    const rows = await sql<{
      value: string;
    }>`with p as (select 7 as v) select sum(v)::text as value from p`.execute(store.db.withPlugin(rider));
    // The statement's own columns come back unchanged beside the version.
    expect(rows.rows[0]?.value).toBe('7');
    expect(rider.version).toBe('41');
    expect(await readVersion(store.db)).toBe('41');
  });

  it('leaves the version unknown when no row carries it, and builder queries unchanged', async () => {
    const rider = createVersionRider();
    const db = store.db.withPlugin(rider);
    await sql`select 1 as one where false`.execute(db);
    const built = await db.selectFrom('entitlements_version').select('id').execute();
    expect(built).toEqual([{ id: 1 }]);
    expect(rider.version).toBeUndefined();
  });
});
