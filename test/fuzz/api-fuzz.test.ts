import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/demo.js';
import { TEST_KEY, useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import { BAD_PATH_VALUES, badValuesFor, pct, plausible, type Schema, WRONG_TYPES } from './bad-inputs.js';

/**
 * Every operation of /openapi.json, fed bad inputs: NUL and lone surrogates in strings, object keys,
 * path and query values; leap seconds, year 0000; huge numbers and 64-digit decimals; wrong types,
 * deep nesting, empty and `{}` bodies. Invariants: no 5xx, every error in the API's shape, and a
 * refused request changes no table. Path params point at real demo objects, so bodies reach the
 * validation of real routes, not a 404. Written rows are recorded by triggers on every table.
 */

// Tables a refused request may legitimately touch: the idempotency store and key bookkeeping.
const UNWATCHED = new Set(['idempotency_keys', 'api_keys', 'kysely_migration', 'kysely_migration_lock']);

interface Op {
  method: string;
  path: string;
  params: { name: string; in: string; schema: Schema }[];
  body?: Schema;
}
interface Probe {
  what: string;
  url: string;
  payload?: unknown;
  contentType?: string;
}

const ENCODED = '%';

describe.each(TEST_STORES)('API fuzz on %s', (kind) => {
  const h = useTariff(kind);
  const auth = { authorization: `Bearer ${TEST_KEY}` };
  let ops: Op[] = [];
  const seeds: Record<string, string> = {};
  let tables: string[] = [];

  /**
   * Every row written to a watched table, recorded by a row-level trigger installed for this test
   * (on a partitioned table, PostgreSQL clones it to each partition, so partitions are not listed):
   * one cheap read per request instead of hashing every table (11,000 demo events) each time. A
   * rolled-back transaction rolls its records back too, so only committed changes count.
   */
  async function watchTables(): Promise<void> {
    const db = h.tariff.store.db;
    await sql`create table fuzz_changes (id bigserial primary key, table_name text not null)`.execute(db);
    await sql`create function fuzz_record() returns trigger language plpgsql as $$
      begin insert into fuzz_changes (table_name) values (TG_TABLE_NAME || ' ' || TG_OP); return null; end $$`.execute(
      db,
    );
    for (const t of tables)
      await sql
        .raw(`create trigger fuzz_watch after insert or update or delete on "${t}"
        for each row execute function fuzz_record()`)
        .execute(db);
  }
  let seen = 0;
  /** Tables changed since the last call. */
  async function changes(): Promise<string[]> {
    const { rows } = await sql<{ id: string; table_name: string }>`
      select id::text, table_name from fuzz_changes where id > ${seen} order by id`.execute(
      h.tariff.store.db,
    );
    const last = rows.at(-1);
    if (last) seen = Number(last.id);
    return [...new Set(rows.map((r) => r.table_name))];
  }

  beforeAll(async () => {
    await loadDemo(h.tariff.services);
    // Background jobs (webhook dispatch marks events, the fold) write on their own schedule; with
    // them stopped, every recorded write belongs to the request just answered.
    await h.tariff.worker.stop();
    const spec = (await h.api.get('/openapi.json')).body as {
      paths: Record<
        string,
        Record<
          string,
          { parameters?: Op['params']; requestBody?: { content: Record<string, { schema: Schema }> } }
        >
      >;
    };
    for (const [path, byMethod] of Object.entries(spec.paths))
      for (const [method, op] of Object.entries(byMethod)) {
        const body = op.requestBody?.content['application/json']?.schema;
        ops.push({
          method: method.toUpperCase(),
          path,
          params: op.parameters ?? [],
          ...(body ? { body } : {}),
        });
      }
    // The webhook from Stripe is signed; whatever it is sent, it must refuse without a signature.
    ops = ops.filter((o) => o.method !== 'DELETE' || !o.path.includes('payment_settings'));
    // FUZZ_ONLY="POST /v1/customers" narrows the run while investigating one finding.
    const only = process.env.FUZZ_ONLY;
    if (only) ops = ops.filter((o) => `${o.method} ${o.path}` === only);

    const first = async (url: string, field = 'id') => {
      const res = await h.api.get(url);
      const item = res.body?.data?.[0];
      return item && item[field] !== undefined ? String(item[field]) : undefined;
    };
    const customer = (await first('/v1/customers')) ?? 'cus_missing';
    const meter = await h.api.get('/v1/meters');
    Object.assign(seeds, {
      customer,
      tenant_id: customer,
      metering_unit_name: meter.body.data[0].event_name,
      meter: meter.body.data[0].id,
      pricing_plan: (await first('/v1/pricing_plans')) ?? 'pp_missing',
      date: '2026-02-15',
      month: '2026-02',
      timestamp: String(Date.UTC(2026, 1, 15) / 1000),
    });
    // Each path parameter gets the first item of the list one level up (`/v1/rate_cards/{id}/rates`).
    for (const op of ops) {
      let prefix = '';
      for (const segment of op.path.split('/').slice(1)) {
        const name = /^\{(.+)\}$/.exec(segment)?.[1];
        if (name && seeds[`${prefix}|${name}`] === undefined) {
          const id =
            seeds[name] ??
            (await first(prefix, name === 'version' ? 'version' : 'id')) ??
            (await first(prefix.replace(/\/versions$/, ''), 'version'));
          seeds[`${prefix}|${name}`] = id ?? `${name}_missing`;
        }
        prefix += `/${name ? seeds[`${prefix}|${name}`] : segment}`;
      }
    }
    const { rows } = await sql<{ table_name: string }>`
      select c.relname as table_name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
      order by c.relname`.execute(h.tariff.store.db);
    tables = rows.map((r) => r.table_name).filter((t) => !UNWATCHED.has(t));
    await watchTables();
  });

  /** The op's URL with seeded path params, one param replaced by `bad` (already encoded). */
  function urlFor(op: Op, bad?: { name: string; value: string }, query = ''): string {
    let prefix = '';
    const out: string[] = [];
    for (const segment of op.path.split('/').slice(1)) {
      const name = /^\{(.+)\}$/.exec(segment)?.[1];
      const seeded = name ? (seeds[`${prefix}|${name}`] ?? '') : segment;
      out.push(name && bad?.name === name ? bad.value : encodeURIComponent(seeded));
      prefix += `/${seeded}`;
    }
    return `/${out.join('/')}${query}`;
  }

  function probesFor(op: Op, salt: number): Probe[] {
    const probes: Probe[] = [];
    const pathParams = op.params.filter((p) => p.in === 'path');
    const query = op.params.filter((p) => p.in === 'query');
    const requiredQuery = query
      .filter((p) => (p as { required?: boolean }).required)
      .map((p) => `${p.name}=${encodeURIComponent(String(plausible(p.schema, p.name, seeds)))}`);
    for (const p of pathParams)
      for (const value of BAD_PATH_VALUES)
        probes.push({ what: `path ${p.name}=${value}`, url: urlFor(op, { name: p.name, value }) });
    for (const p of query) {
      const others = requiredQuery.filter((q) => !q.startsWith(`${p.name}=`));
      const values = [
        ...badValuesFor(p.schema, salt).filter((v) => typeof v === 'string'),
        '1e308',
        '',
        ENCODED,
      ];
      for (const v of values) {
        const q = `?${[...others, `${p.name}=${v === ENCODED ? '%zz' : pct(String(v))}`].join('&')}`;
        probes.push({ what: `query ${p.name}=${JSON.stringify(v)}`, url: urlFor(op, undefined, q) });
      }
      // A NUL in a query key.
      probes.push({
        what: `query key ${p.name}`,
        url: urlFor(op, undefined, `?${[...others, `${p.name}%00=1`].join('&')}`),
      });
    }
    if (op.method === 'GET' || op.method === 'DELETE') return probes;
    const url = urlFor(op, undefined, requiredQuery.length ? `?${requiredQuery.join('&')}` : '');
    probes.push({ what: 'empty body', url, payload: '', contentType: 'application/json' });
    probes.push({ what: 'not JSON', url, payload: '{"a":', contentType: 'application/json' });
    for (const whole of [[], null, 'x', 1e308, WRONG_TYPES.at(-1)])
      probes.push({ what: `body ${JSON.stringify(whole)?.slice(0, 30)}`, url, payload: whole });
    const base = (op.body ? plausible(op.body, '', seeds) : {}) as Record<string, unknown>;
    for (const key of [...fcKeys(salt), '__proto__'])
      probes.push({ what: 'bad top-level key', url, payload: { ...base, [key]: 'v' } });
    const fields = Object.entries(op.body?.properties ?? {});
    for (const [name, schema] of fields) {
      for (const value of badValuesFor(schema, salt + name.length))
        probes.push({
          what: `body ${name}=${JSON.stringify(value)?.slice(0, 40)}`,
          url,
          payload: { ...base, [name]: value },
        });
      // One level down: billing_cadence.anchor, payload.value, address.country …
      for (const [inner, innerSchema] of Object.entries(schema.properties ?? {}).slice(0, 4)) {
        const parent = (typeof base[name] === 'object' && base[name]) || plausible(schema, name, seeds);
        for (const value of badValuesFor(innerSchema, salt + inner.length).slice(0, 6))
          probes.push({
            what: `body ${name}[${inner}]`,
            url,
            payload: { ...base, [name]: { ...(parent as object), [inner]: value } },
          });
      }
    }
    return probes;
  }
  /** A per-operation seed for the generated values, stable when FUZZ_ONLY narrows the run. */
  const saltOf = (op: Op) =>
    [...`${op.method} ${op.path}`].reduce((n, c) => (n * 31 + c.charCodeAt(0)) % 100_003, 7);
  const fcKeys = (salt: number) => [`k\u0000${salt}`, `\ud800${salt}`];

  it('answers every bad input with a 4xx in the error shape and changes no table', async () => {
    const failures: string[] = [];
    let requests = 0;
    let fiveXX = 0;
    let routerRefusals = 0;
    let prev = '';
    const lateWrites: string[] = [];
    let accepted = 0;
    await changes();
    for (const op of ops) {
      for (const probe of probesFor(op, saltOf(op))) {
        requests++;
        const headers: Record<string, string> = { ...auth };
        let payload: string | undefined;
        if (probe.payload !== undefined || probe.contentType) {
          headers['content-type'] = probe.contentType ?? 'application/json';
          payload =
            typeof probe.payload === 'string' && probe.contentType
              ? probe.payload
              : JSON.stringify(probe.payload);
        }
        const res = await h.api.raw({
          method: op.method as 'GET',
          url: probe.url,
          headers,
          ...(payload !== undefined ? { payload } : {}),
        });
        const where = `${op.method} ${op.path} ${probe.what} → ${res.statusCode}`;
        const changed = await changes();
        if (res.statusCode >= 500) {
          fiveXX++;
          failures.push(`${where} ${res.body.slice(0, 160)}`);
        } else if (res.statusCode < 400) {
          // Some "bad" inputs are valid for their field (an empty body on /cancel): allowed to change.
          accepted++;
          prev = where;
          // Writes that land after a 2xx was answered would be blamed on the next request: let
          // them settle here, and count them (the answer should come after the commit).
          await new Promise((resolve) => setTimeout(resolve, 25));
          const late = await changes();
          if (late.length > 0) lateWrites.push(`${where}: ${late.join(', ')}`);
          continue;
        }
        let body:
          | { code?: unknown; error?: { type?: unknown; code?: unknown; message?: unknown } }
          | undefined;
        try {
          body = res.json();
        } catch {
          body = undefined;
        }
        // The router refuses undecodable or over-long paths before any hook (see frameworkErrors
        // in src/http/hygiene.ts): a 400/414 of Fastify's shape until the server passes that option.
        if (body?.code === 'FST_ERR_BAD_URL' || body?.code === 'FST_ERR_MAX_PARAM_LENGTH') routerRefusals++;
        else if (
          typeof body?.error?.type !== 'string' ||
          typeof body.error.code !== 'string' ||
          typeof body.error.message !== 'string'
        )
          failures.push(`${where} not an API error body: ${res.body.slice(0, 160)}`);
        if (changed.length > 0) {
          // Which outbox event, if any: says which service wrote during a refused request.
          const { rows } = await sql<{
            type: string;
          }>`select type from events order by id desc limit 1`.execute(h.tariff.store.db);
          failures.push(`${where} changed ${changed.join(', ')} (last event ${rows[0]?.type}) after ${prev}`);
        }
        prev = where;
      }
    }
    console.log(
      `api fuzz on ${kind}: ${ops.length} operations, ${requests} requests, ${fiveXX} answered 5xx, ${accepted} accepted, ${routerRefusals} router refusals of bad paths, ${lateWrites.length} accepted with writes after the answer, ${failures.length} failures`,
    );
    for (const f of [...failures, ...lateWrites].slice(0, 200)) console.log(f.slice(0, 300));
    expect(failures.slice(0, 60)).toEqual([]);
  }, 600_000);
});
