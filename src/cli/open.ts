import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { migrateToLatest } from '../app/migrations.js';
import { bindKeyring } from '../app/secrets.js';
import { openStore, type Store } from '../db/store.js';
import { type LoadedKeyring, loadKeyring } from '../security/key-source.js';
import { type Progress, quietProgress, seconds } from './progress.js';

export interface StoreFlags {
  dataDir?: string;
}

export function dataDirOf(flags: StoreFlags): string {
  return flags.dataDir ?? process.env.TARIFF_DATA_DIR ?? './.tariff-data';
}

/**
 * The secret key for this installation: TARIFF_SECRET_KEY, else the key file (created on first
 * start) in the data directory, which PostgreSQL installations use for it too.
 */
export function loadConfiguredKeyring(flags: StoreFlags): LoadedKeyring {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const dataDir = dataDirOf(flags);
  return loadKeyring({ dataDir, inMemory: !databaseUrl && dataDir === 'memory://' });
}

/**
 * `DATABASE_URL=postgres://…` selects PostgreSQL; otherwise PGlite in `--data-dir` (default
 * ./.tariff-data). A PostgreSQL that cannot be reached or refuses the login stops the command
 * here, with one line naming the server (never the password) and what to check.
 */
export async function openConfiguredStore(
  flags: StoreFlags,
  migrate = true,
  progress: Progress = quietProgress,
): Promise<Store> {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  // Before opening: a bad key (malformed, readable by others) stops the command with its reason.
  const { keyring } = loadConfiguredKeyring(flags);
  const dataDir = dataDirOf(flags);
  progress.step(
    databaseUrl
      ? `connecting to PostgreSQL at ${serverOf(databaseUrl)}`
      : existsSync(join(dataDir, 'PG_VERSION')) || dataDir === 'memory://'
        ? `opening PGlite in ${dataDir}`
        : `creating the database in ${dataDir} (first start: initializing PGlite takes a few seconds)`,
  );
  let store: Store;
  try {
    store = await openStore({ databaseUrl, dataDir: dataDirOf(flags) });
    if (databaseUrl) await probe(store, databaseUrl);
  } catch (error) {
    progress.stop();
    throw error;
  }
  bindKeyring(store, keyring);
  if (migrate) {
    const started = performance.now();
    let applied = 0;
    try {
      await migrateToLatest(store.db, (name, n, total) => {
        applied = n;
        progress.step(`migrations ${n}/${total}: ${name}`);
      });
    } catch (error) {
      progress.fail(applied > 0 ? `migration ${applied} failed` : 'migrations failed');
      await store.close();
      throw error;
    }
    if (applied > 0) progress.done(`${applied} migration(s) applied (${seconds(started)})`);
  }
  progress.stop();
  return store;
}

/** `user@host:port/database` of a connection string: what to show, never the password. */
export function serverOf(databaseUrl: string): string {
  try {
    const u = new URL(databaseUrl);
    const user = u.username ? `${decodeURIComponent(u.username)}@` : '';
    return `${user}${u.hostname || 'localhost'}:${u.port || '5432'}${u.pathname === '/' ? '' : u.pathname}`;
  } catch {
    return 'DATABASE_URL (not a valid URL)';
  }
}

const PROBE_TIMEOUT_MS = 10_000;

/** One round trip before anything else, so a bad DATABASE_URL fails with a clear reason. */
async function probe(store: Store, databaseUrl: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error('timeout'), { code: 'PROBE_TIMEOUT' })),
      PROBE_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([sql`select 1`.execute(store.db), timeout]);
  } catch (error) {
    // Not awaited on a timeout: the pool may wait for the unreachable server a long while.
    const closing = store.close().catch(() => {});
    if ((error as { code?: string }).code !== 'PROBE_TIMEOUT') await closing;
    throw new Error(databaseError(error, databaseUrl), { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

/** A connection failure as one actionable line. */
export function databaseError(error: unknown, databaseUrl: string): string {
  const server = serverOf(databaseUrl);
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'ECONNREFUSED':
      return `cannot connect to PostgreSQL at ${server}: connection refused; is the server running, and are DATABASE_URL's host and port right?`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `cannot connect to PostgreSQL at ${server}: unknown host; check DATABASE_URL's host name`;
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'PROBE_TIMEOUT':
      return `cannot connect to PostgreSQL at ${server}: no answer within ${PROBE_TIMEOUT_MS / 1000} s; check DATABASE_URL's host and port, and firewalls`;
    case '28P01':
    case '28000':
      return `PostgreSQL at ${server} refused the login (${message}); check the user and password in DATABASE_URL`;
    case '3D000':
      return `PostgreSQL at ${server}: ${message}; create it (createdb) or fix DATABASE_URL's database name`;
    default:
      return `cannot use PostgreSQL at ${server}: ${message}`;
  }
}

export function describeStore(store: Store, flags: StoreFlags): string {
  return store.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${dataDirOf(flags)}`;
}
