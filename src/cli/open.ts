import { migrateToLatest } from '../db/migrate.js';
import { openStore, type Store } from '../db/store.js';

export interface StoreFlags {
  dataDir?: string;
}

/** `DATABASE_URL=postgres://…` selects PostgreSQL; otherwise PGlite in `--data-dir` (default ./.tariff-data). */
export async function openConfiguredStore(flags: StoreFlags, migrate = true): Promise<Store> {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const dataDir = flags.dataDir ?? process.env.TARIFF_DATA_DIR ?? './.tariff-data';
  const store = await openStore({ databaseUrl, dataDir });
  if (migrate) await migrateToLatest(store.db);
  return store;
}

export function describeStore(store: Store, flags: StoreFlags): string {
  return store.kind === 'postgres'
    ? 'PostgreSQL (DATABASE_URL)'
    : `PGlite in ${flags.dataDir ?? process.env.TARIFF_DATA_DIR ?? './.tariff-data'}`;
}
