import { describe, expect, it } from 'vitest';
import { latestMigration, migrateToLatest } from '../app/migrations.js';
import { createTestDatabase, TEST_STORES } from '../testing/stores.js';
import { schemaVersion } from './migrate.js';
import { openStore } from './store.js';

describe.runIf(TEST_STORES.includes('postgres'))('migrations on PostgreSQL', () => {
  it('are safe when several processes start at once', async () => {
    const database = await createTestDatabase();
    const stores = await Promise.all(
      [1, 2, 3].map(() => openStore({ databaseUrl: database.url, poolSize: 2 })),
    );
    try {
      const results = await Promise.all(stores.map((s) => migrateToLatest(s.db)));
      const applied = results.map((r) => r.results?.filter((x) => x.status === 'Success').length ?? 0);
      // exactly one process applied everything; the others found nothing to do
      expect(applied.filter((n) => n > 0)).toHaveLength(1);
      expect(await schemaVersion(stores[0]!.db)).toBe(latestMigration);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
      await database.drop();
    }
  });
});

describe('migrations on PGlite', () => {
  it('are idempotent', async () => {
    const store = await openStore({ dataDir: 'memory://' });
    await migrateToLatest(store.db);
    const again = await migrateToLatest(store.db);
    expect(again.results).toEqual([]);
    expect(await schemaVersion(store.db)).toBe(latestMigration);
    await store.close();
  });
});
