import { CompiledQuery, type DatabaseConnection, type Dialect, type Driver } from 'kysely';
import { currentContext, type Mode, type RequestContext } from '../shared/request-context.js';
import { searchPath } from './modes.js';

/** The PostgreSQL setting the audit trigger (`tariff_audit()`, src/audit) reads the actor from. */
export const CONTEXT_SETTING = 'tariff.context';

/** What the database sees of a context: JSON, read by the trigger with `current_setting(…)::jsonb`. */
export function contextJson(ctx: RequestContext): string {
  return JSON.stringify({
    actor: ctx.actor,
    mode: ctx.mode,
    request_id: ctx.requestId,
    route: ctx.route,
    path: ctx.path,
  });
}

// One statement for both settings: the audit context and the schema of the context's mode.
const setContext = (value: string, path: string) =>
  CompiledQuery.raw(
    `select set_config('${CONTEXT_SETTING}', $1, false), set_config('search_path', $2, false)`,
    [value, path],
  );

/**
 * Wraps a dialect so that every connection handed to Kysely carries the current request context
 * (`src/shared/request-context.ts`) in the session setting `tariff.context`, and reaches the
 * schema of the context's mode through `search_path` (src/db/modes.ts). Work outside any context
 * reaches `defaultMode`: live, except in tests that run a whole block in test mode.
 *
 * The setting is session-level (`is_local = false`) and written before Kysely's `BEGIN`: an
 * autocommit statement sees it as well as a transaction, and a rollback cannot undo it. A
 * connection remembers what it carries, so a request that acquires a connection several times
 * (or a PGlite store, which has one connection) pays the extra statement once; a connection
 * acquired outside any context that still carries an earlier one is reset to '' (the trigger
 * then records the actor `system`).
 */
export function withRequestContext(dialect: Dialect, defaultMode: Mode = 'live'): Dialect {
  return {
    createDriver: () => contextDriver(dialect.createDriver(), defaultMode),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
  };
}

/**
 * The database session behind a connection object. Kysely's PostgreSQL driver keeps one
 * connection object per pooled client, but the PGlite dialect makes a new object on each
 * acquisition around its single client: what a session carries is keyed on that client.
 */
function sessionOf(conn: DatabaseConnection): object {
  const client = (conn as { client?: unknown }).client;
  return typeof client === 'object' && client !== null ? client : conn;
}

function contextDriver(inner: Driver, defaultMode: Mode): Driver {
  const carried = new WeakMap<object, string>();

  async function acquireConnection(): Promise<DatabaseConnection> {
    // Read before awaiting the inner driver: the context is the caller's, whatever the pool does.
    const ctx = currentContext();
    const wanted = ctx ? contextJson(ctx) : '';
    // The context JSON names the mode, so equal JSON means an equal search_path too.
    const path = searchPath(ctx?.mode ?? defaultMode);
    const conn = await inner.acquireConnection();
    const session = sessionOf(conn);
    if ((carried.get(session) ?? '') === wanted) return conn;
    try {
      await conn.executeQuery(setContext(wanted, path));
    } catch (error) {
      await inner.releaseConnection(conn);
      throw error;
    }
    carried.set(session, wanted);
    return conn;
  }

  const driver: Driver = {
    init: () => inner.init(),
    acquireConnection,
    beginTransaction: (conn, settings) => inner.beginTransaction(conn, settings),
    commitTransaction: (conn) => inner.commitTransaction(conn),
    rollbackTransaction: (conn) => inner.rollbackTransaction(conn),
    releaseConnection: (conn) => inner.releaseConnection(conn),
    destroy: () => inner.destroy(),
  };
  // Optional in the interface: expose them only when the wrapped driver has them, so Kysely's
  // "savepoints not supported" check keeps working.
  if (inner.savepoint) driver.savepoint = inner.savepoint.bind(inner);
  if (inner.rollbackToSavepoint) driver.rollbackToSavepoint = inner.rollbackToSavepoint.bind(inner);
  if (inner.releaseSavepoint) driver.releaseSavepoint = inner.releaseSavepoint.bind(inner);
  return driver;
}
