import { type Kysely, type Migration, sql } from 'kysely';
import { MODE_SCHEMA } from '../db/modes.js';

/**
 * Before live and test mode existed (src/db/modes.ts), test clocks lived among live data, and
 * everything made with one was test data in all but name. This migration moves it to test mode:
 * the test clocks, their customers, and every row that refers to a moved row, found by a
 * fixpoint over the id columns (`id`, `…_id`, `test_clock`) of every per-mode table. Ids are
 * globally unique prefixed strings (`cus_…`, `sub_…`, `in_…`), so one set of moved ids serves
 * every table. The catalog those subscriptions were priced from (meters, items, rate cards,
 * fees, plans, tax rates) is copied, not moved: live keeps using it. The live run of the
 * migrations does this; in the test schema it has nothing to do.
 */

/** Account-wide tables (src/db/modes.ts) and bookkeeping that stays with each schema. */
export const NOT_MOVED: ReadonlySet<string> = new Set([
  'api_keys',
  'account',
  'audit_events',
  'kysely_migration',
  'kysely_migration_lock',
  'meter_event_sessions',
  'meter_fold',
  'entitlements_version',
  'ingest_partitions',
  'ingest_workers',
  'idempotency_keys',
  'invoice_number_sequences',
  // Outbox history: what was sent stays a record of what was sent.
  'events',
  'webhook_deliveries',
  'webhook_attempts',
  'webhook_endpoints',
  'payment_settings',
  'payment_sync_log',
  'stripe_events',
]);

/** Copied to test mode so that moved subscriptions keep their plans; live keeps its own. */
const CATALOG = [
  'meters',
  'billable_items',
  'rate_cards',
  'rate_card_versions',
  'rates',
  'license_fees',
  'license_fee_versions',
  'service_actions',
  'service_action_versions',
  'pricing_plans',
  'pricing_plan_versions',
  'pricing_plan_components',
  'tax_rates',
];

const LIVE = MODE_SCHEMA.live;
const TEST = MODE_SCHEMA.test;

interface Column {
  table: string;
  column: string;
}

async function columnsOf(db: Kysely<unknown>): Promise<Map<string, string[]>> {
  const rows = await sql<Column>`
    select table_name as table, column_name as column from information_schema.columns
     where table_schema = ${LIVE}
       and table_name in (select table_name from information_schema.tables
                           where table_schema = ${TEST} and table_type = 'BASE TABLE')
     order by table_name, ordinal_position`.execute(db);
  const out = new Map<string, string[]>();
  for (const r of rows.rows) out.set(r.table, [...(out.get(r.table) ?? []), r.column]);
  return out;
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The rows of `table` that belong to test mode: on a clock, or naming a moved id. */
function belongs(table: string, columns: readonly string[]): string | undefined {
  const refs = columns.filter((c) => c === 'id' || c.endsWith('_id'));
  const terms = refs.map((c) => `${q(c)}::text in (select id from moved)`);
  if (columns.includes('test_clock')) terms.unshift('test_clock is not null');
  if (table === 'test_clocks') terms.unshift('true');
  return terms.length > 0 ? terms.join(' or ') : undefined;
}

async function copyRows(db: Kysely<unknown>, table: string, columns: readonly string[], where: string) {
  const list = columns.map(q).join(', ');
  await sql
    .raw(
      `insert into ${q(TEST)}.${q(table)} (${list}) overriding system value
       select ${list} from ${q(LIVE)}.${q(table)} where ${where} on conflict do nothing`,
    )
    .execute(db);
}

/** `tables` ordered so that a table comes after every table its foreign keys reference. */
async function referencedFirst<T extends readonly [string, ...unknown[]]>(
  db: Kysely<unknown>,
  tables: readonly T[],
): Promise<T[]> {
  const fks = await sql<{ child: string; parent: string }>`
    select ch.relname as child, pa.relname as parent
      from pg_constraint k
      join pg_class ch on ch.oid = k.conrelid
      join pg_namespace n on n.oid = ch.relnamespace
      join pg_class pa on pa.oid = k.confrelid
     where k.contype = 'f' and n.nspname = ${LIVE}`.execute(db);
  const parents = new Map<string, string[]>();
  for (const { child, parent } of fks.rows) {
    if (child !== parent) parents.set(child, [...(parents.get(child) ?? []), parent]);
  }
  const byName = new Map(tables.map((t) => [t[0], t] as const));
  const out: T[] = [];
  const done = new Set<string>();
  const visit = (name: string) => {
    if (done.has(name)) return;
    done.add(name);
    for (const parent of parents.get(name) ?? []) visit(parent);
    const table = byName.get(name);
    if (table) out.push(table);
  };
  for (const [name] of tables) visit(name);
  return out;
}

export const testModeMigrations: Record<string, Migration> = {
  '0990_test_clocks_to_test_mode': {
    async up(db: Kysely<unknown>) {
      const schema = await sql<{ s: string }>`select current_schema() as s`.execute(db);
      if (schema.rows[0]?.s !== LIVE) return;
      const tables = await columnsOf(db);
      await sql`create temporary table moved (id text primary key)`.execute(db);
      const movable = [...tables].filter(([t]) => !NOT_MOVED.has(t) && !CATALOG.includes(t));
      // Fixpoint: a row that names a moved id moves, and its own id joins the set.
      for (let round = 0; round < 20; round++) {
        let added = 0;
        for (const [table, columns] of movable) {
          const where = belongs(table, columns);
          if (!where || !columns.includes('id')) continue;
          const r = await sql
            .raw(`insert into moved select id::text from ${q(table)} where ${where} on conflict do nothing`)
            .execute(db);
          added += Number(r.numAffectedRows ?? 0n);
        }
        if (added === 0) break;
      }
      const moved = await sql<{ n: number }>`select count(*)::int as n from moved`.execute(db);
      if ((moved.rows[0]?.n ?? 0) === 0) {
        await sql`drop table moved`.execute(db);
        return;
      }
      for (const table of CATALOG) {
        const columns = tables.get(table);
        if (columns) await copyRows(db, table, columns, 'true');
      }
      // Copied parents first and deleted children first: foreign keys (invoice_payments →
      // invoices) are checked statement by statement, in live and in test.
      const ordered = await referencedFirst(db, movable);
      for (const [table, columns] of ordered) {
        const where = belongs(table, columns);
        if (where) await copyRows(db, table, columns, where);
      }
      for (const [table, columns] of [...ordered].reverse()) {
        const where = belongs(table, columns);
        if (where) await sql.raw(`delete from ${q(LIVE)}.${q(table)} where ${where}`).execute(db);
      }
      // Test-clock invoices were numbered from their own `TEST-…` sequences: those go along.
      await sql
        .raw(
          `insert into ${q(TEST)}.invoice_number_sequences (prefix, last_value)
           select prefix, last_value from invoice_number_sequences
            where prefix like 'TEST-%' on conflict (prefix) do update set last_value = excluded.last_value`,
        )
        .execute(db);
      await sql.raw(`delete from invoice_number_sequences where prefix like 'TEST-%'`).execute(db);
      // Moved events below live's fold horizon are already in the moved rollups.
      await sql
        .raw(
          `update ${q(TEST)}.meter_fold t set horizon = l.horizon from ${q(LIVE)}.meter_fold l where l.id = t.id`,
        )
        .execute(db);
      await sql
        .raw(
          `select setval(pg_get_serial_sequence('${TEST}.pricing_plan_components', 'seq'),
                  greatest((select max(seq) from ${q(TEST)}.pricing_plan_components), 1))`,
        )
        .execute(db);
      await sql`drop table moved`.execute(db);
    },
  },
};
