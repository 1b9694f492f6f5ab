export type { Database } from './database.js';
export { applyMigrations, schemaVersion } from './migrate.js';
export { type Db, type Executor, openStore, type Store, type StoreKind, type StoreOptions } from './store.js';
