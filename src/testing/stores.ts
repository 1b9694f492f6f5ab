import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateToLatest } from '../app/migrations.js';
import { openStore, type Store, type StoreKind } from '../db/store.js';
import type { Mode } from '../shared/request-context.js';

/**
 * The stores every storage and API test runs on. `TEST_STORES=pglite` narrows it while
 * developing; CI runs both. PostgreSQL is the real server at 127.0.0.1:5432 (or
 * TEST_POSTGRES_URL), with a fresh database for each test file.
 */
export const TEST_STORES: StoreKind[] = (process.env.TEST_STORES ?? 'pglite,postgres')
  .split(',')
  .map((s) => s.trim())
  .filter((s): s is StoreKind => s === 'pglite' || s === 'postgres');

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestStore extends Store {
  /** Drops the database (PostgreSQL) or the in-memory instance (PGlite). */
  dispose(): Promise<void>;
  readonly url?: string;
}

/** Creates an empty PostgreSQL database and returns its URL. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `tariff_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export async function freshStore(kind: StoreKind, defaultMode: Mode = 'live'): Promise<TestStore> {
  if (kind === 'pglite') {
    const store = await openStore({ dataDir: 'memory://', defaultMode });
    await migrateToLatest(store.db);
    return { ...store, dispose: () => store.close() };
  }
  const database = await createTestDatabase();
  const store = await openStore({ databaseUrl: database.url, poolSize: 5, defaultMode });
  await migrateToLatest(store.db);
  return {
    ...store,
    url: database.url,
    async dispose() {
      await store.close();
      await database.drop();
    },
  };
}
