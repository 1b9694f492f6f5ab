import { type Migration, type MigrationResultSet, Migrator, sql } from 'kysely';
import type { Db } from './store.js';

/**
 * Applies every pending migration of `migrations` (the registry is filled by the composition
 * root, src/app/migrations.ts, so the store imports no slice). Several processes may start at
 * once: the whole run holds a PostgreSQL advisory lock, so one migrates and the others wait and
 * then find nothing to do.
 * `onMigration` hears of each pending migration as it starts (`n` of `total` pending).
 * `schema` is where the run's record of applied migrations lives; the caller points the
 * connection's `search_path` at the same schema (src/app/migrations.ts runs one per mode).
 */
export async function applyMigrations(
  db: Db,
  migrations: Readonly<Record<string, Migration>>,
  onMigration?: (name: string, n: number, total: number) => void,
  schema = 'public',
): Promise<MigrationResultSet> {
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(7466118)`.execute(conn);
    try {
      // Before anything resolves names: a schema missing from search_path is skipped, and a
      // migration's `create table` would land in the next one.
      await sql`create schema if not exists ${sql.id(schema)}`.execute(conn);
      let all: Record<string, Migration> = { ...migrations };
      if (onMigration) {
        const pending = (
          await new Migrator({
            db: conn,
            provider: { getMigrations: async () => all },
            migrationTableSchema: schema,
          }).getMigrations()
        )
          .filter((m) => m.executedAt === undefined)
          .map((m) => m.name);
        let n = 0;
        all = Object.fromEntries(
          Object.entries(all).map(([name, m]) => [
            name,
            {
              ...m,
              async up(db) {
                onMigration(name, ++n, pending.length);
                await m.up(db);
              },
            },
          ]),
        );
      }
      const migrator = new Migrator({
        db: conn,
        provider: { getMigrations: async () => all },
        // Each schema keeps its own record of what ran in it (src/db/modes.ts: one per mode).
        migrationTableSchema: schema,
        // Domains own ranges of names (0100 metering, 0200 catalog, …) and may gain a migration
        // below one already applied by another domain; order inside a domain is what matters.
        allowUnorderedMigrations: true,
      });
      const result = await migrator.migrateToLatest();
      if (result.error) throw result.error;
      return result;
    } finally {
      await sql`select pg_advisory_unlock(7466118)`.execute(conn);
    }
  });
}

/** The name of the newest applied migration: what `/health` reports as the schema version. */
export async function schemaVersion(db: Db): Promise<string | null> {
  const result = await sql<{
    name: string;
  }>`select name from kysely_migration order by name desc limit 1`.execute(db);
  return result.rows[0]?.name ?? null;
}
