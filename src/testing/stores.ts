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

/**
 * Creates a PostgreSQL database and returns its URL: empty, or (`migrated`) a copy of the
 * migrated template.
 */
export async function createTestDatabase(
  options: { migrated?: boolean } = {},
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `tariff_test_${randomBytes(6).toString('hex')}`;
  const template = options.migrated ? await postgresTemplate() : undefined;
  // WAL_LOG (the default) copies block by block without the checkpoint FILE_COPY forces.
  await withAdmin((admin) =>
    admin.query(`create database ${name}${template ? ` template ${template}` : ''}`),
  );
  return {
    url: databaseUrl(name),
    drop: () =>
      withAdmin((admin) => admin.query(`drop database if exists ${name} with (force)`)).then(() => {}),
  };
}

/** A hash of every migration's code: a template made by other migrations is never used. */
function migrationsHash(): string {
  const hash = createHash('sha256');
  for (const [name, m] of Object.entries(migrations).sort(([a], [b]) => a.localeCompare(b)))
    hash.update(`${name}\n${m.up.toString()}\n`);
  return hash.digest('hex').slice(0, 16);
}

async function withAdmin<T>(fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * The name of a migrated PostgreSQL template database, made once per set of migrations:
 * `CREATE DATABASE … TEMPLATE` copies it in a fraction of the time that migrating both modes'
 * schemas takes. Test processes that run at the same time (several vitest runs on one server)
 * serialize on an advisory lock; the template appears under its final name only once migrated
 * (built under another name, then renamed), so no one clones a half-migrated one.
 */
async function postgresTemplate(): Promise<string> {
  const name = `tariff_tpl_${migrationsHash()}`;
  return withAdmin(async (admin) => {
    const exists = async () =>
      (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
    if (await exists()) return name;
    await admin.query('select pg_advisory_lock(hashtext($1))', [name]);
    try {
      if (await exists()) return name;
      const building = `${name}_build_${randomBytes(4).toString('hex')}`;
      await admin.query(`create database ${building}`);
      const store = await openStore({ databaseUrl: databaseUrl(building), poolSize: 2 });
      try {
        await migrateToLatest(store.db);
      } finally {
        await store.close();
      }
      await admin.query(`alter database ${building} rename to ${name}`);
      return name;
    } finally {
      await admin.query('select pg_advisory_unlock(hashtext($1))', [name]);
    }
  });
}

/**
 * A migrated PGlite, dumped once and loaded by every later test file: migrating both modes'
 * schemas costs seconds per store on 2 cores, loading the dump a fraction of that. The file name
 * carries a hash of every migration's code, so a changed migration never loads a stale template.
 */
async function pgliteTemplate(): Promise<Blob> {
  const file = join(tmpdir(), `tariff-pglite-template-${migrationsHash()}.tar`);
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
  const database = await createTestDatabase({ migrated: true });
  const store = await openStore({ databaseUrl: database.url, poolSize: 5, defaultMode });
  // Nothing to do on a current template, as on PGlite.
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
