import { createHash, randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrateToLatest, migrations } from '../app/migrations.js';
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

/**
 * A migrated PGlite, dumped once and loaded by every later test file: migrating both modes'
 * schemas costs seconds per store on 2 cores, loading the dump a fraction of that. The file name
 * carries a hash of every migration's code, so a changed migration never loads a stale template.
 */
async function pgliteTemplate(): Promise<Blob> {
  const hash = createHash('sha256');
  for (const [name, m] of Object.entries(migrations).sort(([a], [b]) => a.localeCompare(b)))
    hash.update(`${name}\n${m.up.toString()}\n`);
  const file = join(tmpdir(), `tariff-pglite-template-${hash.digest('hex').slice(0, 16)}.tar`);
  try {
    return new Blob([await readFile(file)]);
  } catch {
    const store = await openStore({ dataDir: 'memory://' });
    try {
      await migrateToLatest(store.db);
      const dump = await store.dumpDataDir?.();
      if (!dump) throw new Error('PGlite store without dumpDataDir');
      const partial = `${file}.${process.pid}.tmp`;
      await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
      await rename(partial, file);
      return dump;
    } finally {
      await store.close();
    }
  }
}

export async function freshStore(kind: StoreKind, defaultMode: Mode = 'live'): Promise<TestStore> {
  if (kind === 'pglite') {
    const store = await openStore({ dataDir: 'memory://', loadDataDir: await pgliteTemplate(), defaultMode });
    // Nothing to do on a current template; it also proves the template is current.
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
