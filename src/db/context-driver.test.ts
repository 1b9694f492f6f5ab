import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
  sql,
} from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FULL_ACCESS } from '../shared/permissions.js';
import { type RequestContext, runWithContext, systemContext } from '../shared/request-context.js';
import { freshStore, TEST_STORES, type TestStore } from '../testing/stores.js';
import { contextJson, withRequestContext } from './context-driver.js';
import { searchPath } from './modes.js';

const request = (requestId: string): RequestContext => ({
  actor: { type: 'api_key', id: 'key_1', name: 'ci' },
  mode: 'live',
  permissions: FULL_ACCESS,
  requestId,
  route: 'POST /v1/customers',
  path: '/v1/customers',
});

/** A dialect whose one connection records what it is sent, like PGlite's single session. */
function recordingDialect(log: string[]): Dialect {
  const connection: DatabaseConnection = {
    async executeQuery<R>(q: CompiledQuery): Promise<QueryResult<R>> {
      log.push(q.parameters.length ? `${q.sql} ${JSON.stringify(q.parameters)}` : q.sql);
      return { rows: [] };
    },
    // biome-ignore lint/correctness/useYield: never streamed here
    async *streamQuery() {
      throw new Error('not used');
    },
  };
  const run = async (c: DatabaseConnection, text: string) =>
    void (await c.executeQuery(CompiledQuery.raw(text)));
  const driver: Driver = {
    init: async () => {},
    acquireConnection: async () => connection,
    beginTransaction: (c) => run(c, 'begin'),
    commitTransaction: (c) => run(c, 'commit'),
    rollbackTransaction: (c) => run(c, 'rollback'),
    releaseConnection: async () => {},
    destroy: async () => {},
  };
  return {
    createDriver: () => driver,
    createQueryCompiler: () => new PostgresQueryCompiler(),
    createAdapter: () => new PostgresAdapter(),
    createIntrospector: (k) => new PostgresIntrospector(k),
  };
}

describe('context driver', () => {
  it('sets the context once per request before a write, before BEGIN, and clears a stale one', async () => {
    const log: string[] = [];
    const db = new Kysely<unknown>({ dialect: withRequestContext(recordingDialect(log)) });
    // One statement sets the audit context and the schema of the context's mode (src/db/modes.ts).
    const set = (ctx: RequestContext | null) =>
      `select set_config('tariff.context', $1, false), set_config('search_path', $2, false) ${JSON.stringify([
        ctx ? contextJson(ctx) : '',
        searchPath(ctx?.mode ?? 'live'),
      ])}`;

    await sql`update t set n = 0`.execute(db);
    await runWithContext(request('req_a'), async () => {
      await sql`update t set n = 1`.execute(db);
      await db.transaction().execute(async (trx) => void (await sql`select 2`.execute(trx)));
    });
    await runWithContext(request('req_b'), () => sql`update t set n = 3`.execute(db));
    await sql`update t set n = 4`.execute(db);
    await sql`update t set n = 5`.execute(db);
    await runWithContext(systemContext('worker', 'fold'), () => sql`update t set n = 6`.execute(db));

    expect(log).toEqual([
      'update t set n = 0', // no context, fresh session: nothing to clear
      set(request('req_a')),
      'update t set n = 1',
      'begin', // the same request acquires again: no second set_config
      'select 2',
      'commit',
      set(request('req_b')),
      'update t set n = 3',
      set(null), // outside any context the session forgets req_b
      'update t set n = 4',
      'update t set n = 5',
      set(systemContext('worker', 'fold')),
      'update t set n = 6',
    ]);
    await db.destroy();
  });
});

describe('context driver, read-only statements', () => {
  it('lets a SELECT through on a session in its mode; any other statement sets the context first', async () => {
    const log: string[] = [];
    const db = new Kysely<any>({ dialect: withRequestContext(recordingDialect(log)) });
    const set = (ctx: RequestContext) =>
      `select set_config('tariff.context', $1, false), set_config('search_path', $2, false) ${JSON.stringify([
        contextJson(ctx),
        searchPath(ctx.mode),
      ])}`;
    const select = 'select * from "customers"';
    const test = { ...request('req_t'), mode: 'test' as const };

    await runWithContext(request('req_a'), async () => {
      await db.insertInto('customers').values({ id: 'a' }).execute();
    });
    await runWithContext(request('req_b'), async () => {
      await db.selectFrom('customers').selectAll().execute(); // same mode: no round trip
      await db.updateTable('customers').set({ id: 'b' }).execute(); // a write: req_b's context first
    });
    await runWithContext(request('req_c'), async () => {
      // A data-modifying CTE is not read-only.
      await db
        .with('moved', (q) => q.deleteFrom('customers').returningAll())
        .selectFrom('moved')
        .selectAll()
        .execute();
    });
    // Raw SQL is judged by its text.
    await runWithContext(request('req_d'), async () => {
      await sql`select 7`.execute(db);
      await sql`select 8 for update`.execute(db);
    });
    // Another mode's read needs its search_path.
    await runWithContext(test, () => db.selectFrom('customers').selectAll().execute());

    expect(log).toEqual([
      set(request('req_a')),
      'insert into "customers" ("id") values ($1) ["a"]',
      select,
      set(request('req_b')),
      'update "customers" set "id" = $1 ["b"]',
      set(request('req_c')),
      'with "moved" as (delete from "customers" returning *) select * from "moved"',
      'select 7',
      set(request('req_d')),
      'select 8 for update',
      set(test),
      select,
    ]);
    await db.destroy();
  });
});

describe.each(TEST_STORES)('context driver on %s', (kind) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await freshStore(kind);
  });
  afterAll(() => store?.dispose());

  // What a write sees (VALUES is not a SELECT, so the driver sets the context first, as before an
  // INSERT): the audit trigger reads it only when a table is written.
  const current = async () =>
    (
      await sql<{ column1: string | null }>`values (current_setting('tariff.context', true))`.execute(
        store.db,
      )
    ).rows[0]?.column1 ?? null;

  it('hands out connections carrying the current context, in and out of transactions', async () => {
    const ctx = request('req_store');
    expect(await runWithContext(ctx, current)).toBe(contextJson(ctx));
    const inTrx = await runWithContext(ctx, () =>
      store.db.transaction().execute(async (trx) => {
        const r = await sql<{ v: string }>`select current_setting('tariff.context', true) as v`.execute(trx);
        return r.rows[0]?.v;
      }),
    );
    expect(JSON.parse(inTrx ?? '')).toMatchObject({ request_id: 'req_store', actor: { id: 'key_1' } });
    expect(await current()).toBe('');
  });

  it('keeps each concurrent request on its own context', async () => {
    const ids = Array.from({ length: 8 }, (_, i) => `req_c${i}`);
    const seen = await Promise.all(
      ids.map((id) =>
        runWithContext(request(id), () =>
          store.db.transaction().execute(async (trx) => {
            await sql`select pg_sleep(0.01)`.execute(trx);
            const r = await sql<{ v: string }>`select current_setting('tariff.context', true) as v`.execute(
              trx,
            );
            return JSON.parse(r.rows[0]?.v ?? '{}').request_id;
          }),
        ),
      ),
    );
    expect(seen).toEqual(ids);
  });
});
