import { CompiledQuery, type DatabaseConnection, type Dialect, type Driver, type QueryResult } from 'kysely';
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

/**
 * A statement that cannot write a table: a SELECT (or WITH … SELECT) whose text names no
 * data-modifying command. Conservative on purpose: `select … for update`, a literal containing
 * "delete" or a data-modifying CTE count as writes, as do BEGIN and every other statement; only
 * table writes fire the audit trigger that reads the context.
 */
const READ = /^\s*(select|with)\b/i;
const WRITE = /\b(insert|update|delete|merge|copy|call|do)\b/i;
function readOnly(query: CompiledQuery): boolean {
  return READ.test(query.sql) && !WRITE.test(query.sql);
}

/** The pooled connection a wrapper stands for (a property, not a WeakMap: no ephemeron per acquisition for the young-generation GC to trace). */
const INNER = Symbol('inner connection');

/** What a session carries: the audit context JSON and the search_path it was set with. */
interface Carried {
  readonly json: string;
  readonly path: string;
}

function contextDriver(inner: Driver, defaultMode: Mode): Driver {
  const carried = new WeakMap<object, Carried>();

  /**
   * The connection as the caller's context needs it. A read needs only its mode's search_path;
   * the audit context (which names the request) is written before the first statement that may
   * write, since only the audit trigger reads it. So a read-only request on a connection already
   * in its mode costs no extra round trip.
   */
  function inContext(conn: DatabaseConnection, json: string, path: string): DatabaseConnection {
    const session = sessionOf(conn);
    const ready = async (query: CompiledQuery) => {
      const now = carried.get(session) ?? { json: '', path: '' };
      if (now.json === json || (now.path === path && readOnly(query))) return;
      await conn.executeQuery(setContext(json, path));
      carried.set(session, { json, path });
    };
    const wrapped: DatabaseConnection & { [INNER]: DatabaseConnection } = {
      [INNER]: conn,
      async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
        await ready(query);
        return conn.executeQuery<R>(query);
      },
      async *streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
        await ready(query);
        yield* conn.streamQuery<R>(query, chunkSize);
      },
    };
    return wrapped;
  }

  async function acquireConnection(): Promise<DatabaseConnection> {
    // Read before awaiting the inner driver: the context is the caller's, whatever the pool does.
    const ctx = currentContext();
    const json = ctx ? contextJson(ctx) : '';
    // The context JSON names the mode, so equal JSON means an equal search_path too.
    const path = searchPath(ctx?.mode ?? defaultMode);
    return inContext(await inner.acquireConnection(), json, path);
  }

  const unwrap = (conn: DatabaseConnection) => (conn as { [INNER]?: DatabaseConnection })[INNER] ?? conn;
  const driver: Driver = {
    init: () => inner.init(),
    acquireConnection,
    // BEGIN, COMMIT and savepoints go through the wrapper: BEGIN is not read-only, so a
    // transaction starts with the full context set, before BEGIN, where a rollback cannot undo it.
    beginTransaction: (conn, settings) => inner.beginTransaction(conn, settings),
    commitTransaction: (conn) => inner.commitTransaction(conn),
    rollbackTransaction: (conn) => inner.rollbackTransaction(conn),
    releaseConnection: (conn) => inner.releaseConnection(unwrap(conn)),
    destroy: () => inner.destroy(),
  };
  // Optional in the interface: expose them only when the wrapped driver has them, so Kysely's
  // "savepoints not supported" check keeps working.
  if (inner.savepoint) driver.savepoint = inner.savepoint.bind(inner);
  if (inner.rollbackToSavepoint) driver.rollbackToSavepoint = inner.rollbackToSavepoint.bind(inner);
  if (inner.releaseSavepoint) driver.releaseSavepoint = inner.releaseSavepoint.bind(inner);
  return driver;
}
