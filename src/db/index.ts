export type { Database } from './database.js';
export { latestMigration, migrateToLatest, schemaVersion } from './migrate.js';
export { type Db, type Executor, openStore, type Store, type StoreKind, type StoreOptions } from './store.js';
