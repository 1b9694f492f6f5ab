import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { Mode } from '../shared/request-context.js';
import { withRequestContext } from './context-driver.js';
import { acquireDataDirLock } from './data-dir-lock.js';
import type { Database } from './database.js';
import { preparedStatements } from './prepared.js';

export type StoreKind = 'pglite' | 'postgres';
export type Db = Kysely<Database>;
/** Either the database or a transaction: store functions take this so callers choose the scope. */
export type Executor = Kysely<Database> | Transaction<Database>;

export interface Store {
  readonly kind: StoreKind;
  readonly db: Db;
  /**
   * For the latency-critical reads an application makes on every request (the entitlement check):
   * on PostgreSQL a small pool of its own whose sessions run prepared statements with a generic
   * plan (src/db/prepared.ts), planned once per connection instead of on every call; on PGlite,
   * `db` itself.
   */
  readonly hotReads: Db;
  /** PGlite only: its data directory as a tarball, to start another instance from. */
  dumpDataDir?(): Promise<Blob>;
  close(): Promise<void>;
}

// pg returns int8 as a string to protect values above 2^53; Tariff keeps counts in int8 and
// money in numeric (returned as strings by both drivers), so int8 is parsed to a number, which
// is what PGlite does too. Both stores then hand the same shapes to the code above them.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

export interface StoreOptions {
  /** `postgres://…` selects PostgreSQL; otherwise PGlite. */
  databaseUrl?: string | undefined;
  /** PGlite data directory; `memory://` (or undefined) keeps everything in memory. */
  dataDir?: string | undefined;
  poolSize?: number | undefined;
  /** An in-memory PGlite starts from this dump (`dumpDataDir`), e.g. a migrated template in tests. */
  loadDataDir?: Blob | undefined;
  /** The mode of work done outside any request context: live (tests may choose test). */
  defaultMode?: Mode | undefined;
}

export async function openStore(options: StoreOptions): Promise<Store> {
  if (options.databaseUrl) {
    const kysely = (settings: Partial<pg.PoolConfig>) => {
      const pool = new pg.Pool({ connectionString: options.databaseUrl, ...settings });
      // An idle connection that the server closes (restart, failover) must not crash the process;
      // the pool replaces it on the next checkout.
      pool.on('error', () => {});
      preparedStatements(pool);
      return new Kysely<Database>({
        dialect: withRequestContext(new PostgresDialect({ pool }), options.defaultMode),
      });
    };
    const db = kysely({ max: options.poolSize ?? 10 });
    // Generic plans for this pool's sessions only: elsewhere a statement keeps PostgreSQL's
    // per-call choice, which matters for the billing and reporting queries. Connections open on
    // first use and close when idle, so a process that never checks holds none.
    const hotReads = kysely({
      max: 4,
      idleTimeoutMillis: 30_000,
      options: '-c plan_cache_mode=force_generic_plan',
    });
    return {
      kind: 'postgres',
      db,
      hotReads,
      close: async () => {
        await Promise.all([db.destroy(), hotReads.destroy()]);
      },
    };
  }
  const dataDir = options.dataDir && options.dataDir !== 'memory://' ? options.dataDir : undefined;
  // Before PGlite touches the files: a second process fails here, with the owner's pid.
  const lock = dataDir ? acquireDataDirLock(dataDir) : undefined;
  let client: PGlite;
  try {
    client = dataDir
      ? await PGlite.create(dataDir)
      : await PGlite.create(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  } catch (error) {
    lock?.release();
    throw error;
  }
  const db = new Kysely<Database>({
    dialect: withRequestContext(new PGliteDialect(client), options.defaultMode),
  });
  return {
    kind: 'pglite',
    db,
    hotReads: db,
    dumpDataDir: () => client.dumpDataDir('none'),
    async close() {
      await db.destroy();
      lock?.release();
    },
  };
}
