import { bindKeyring } from '../app/secrets.js';
import { migrateToLatest } from '../db/migrate.js';
import { openStore, type Store } from '../db/store.js';
import { type LoadedKeyring, loadKeyring } from '../security/key-source.js';

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

/** `DATABASE_URL=postgres://…` selects PostgreSQL; otherwise PGlite in `--data-dir` (default ./.tariff-data). */
export async function openConfiguredStore(flags: StoreFlags, migrate = true): Promise<Store> {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  // Before opening: a bad key (malformed, readable by others) stops the command with its reason.
  const { keyring } = loadConfiguredKeyring(flags);
  const store = await openStore({ databaseUrl, dataDir: dataDirOf(flags) });
  bindKeyring(store, keyring);
  if (migrate) await migrateToLatest(store.db);
  return store;
}

export function describeStore(store: Store, flags: StoreFlags): string {
  return store.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${dataDirOf(flags)}`;
}
