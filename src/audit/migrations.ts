import { type Kysely, type Migration, sql } from 'kysely';

/**
 * The audit log is written by the database: one trigger function, `tariff_audit()`, attached to
 * every business table, records each inserted, updated and deleted row in `audit_events`, in the
 * transaction of the write, with the actor read from the session setting `tariff.context` (set
 * on every connection by src/db/context-driver.ts). No route or service calls it, so none can
 * forget it; src/audit/coverage.test.ts fails when a table is neither audited nor listed in
 * NOT_AUDITED below.
 */

/**
 * How a column's value `v` (named `k`) is written into `changes`, as SQL: a secret as
 * "[redacted]" (a null stays null, so "no secret set" is visible); a number as a decimal string,
 * because `numeric` money and quantities would lose digits as JSON numbers (the API's rule:
 * decimals travel as strings). Written inline rather than as a SQL function: a function call per
 * column doubled the trigger's cost (measured 119 against 59 us a row).
 */
function recorded(k: string, v: string): string {
  const secret = `${k} = 'hash' or ${k} = 'secret' or ${k} like '%\\_secret' or ${k} like '%\\_secret\\_key' or ${k} like '%\\_encrypted'`;
  return `case when ${v} = 'null' then ${v}
    when ${secret} then '"[redacted]"'::jsonb
    when jsonb_typeof(${v}) = 'number' then to_jsonb(${v} #>> '{}')
    else ${v} end`;
}

// The function is created (or replaced) by 0900 and by every `attachAudit`, so a migration that
// sorts before 0900 can attach the trigger on a fresh database. `audit_events` is looked up when
// the trigger fires, not when the function is created.
// One statement per query: PGlite runs parameterless queries through the extended protocol too.
const AUDIT_FUNCTION = sql.raw(`
create or replace function tariff_audit() returns trigger language plpgsql as $fn$
declare
  raw text := current_setting('tariff.context', true);
  ctx jsonb := case when raw is null or raw = '' then null else raw::jsonb end;
  old_row jsonb := case when TG_OP <> 'INSERT' then to_jsonb(OLD) end;
  new_row jsonb := case when TG_OP <> 'DELETE' then to_jsonb(NEW) end;
  id_column text := coalesce(TG_ARGV[0], 'id');
  diff jsonb;
begin
  if TG_OP = 'UPDATE' then
    -- Only what changed; an update that touched nothing but updated_at is not a change.
    select jsonb_object_agg(n.key, jsonb_build_object(
             'from', ${recorded('n.key', 'o.value')}, 'to', ${recorded('n.key', 'n.value')}))
      into diff
      from jsonb_each(new_row) n join jsonb_each(old_row) o on o.key = n.key
     where n.value is distinct from o.value and n.key <> 'updated_at';
    if diff is null then return null; end if;
  else
    select jsonb_object_agg(key, ${recorded('key', 'value')})
      into diff
      from jsonb_each(coalesce(new_row, old_row));
  end if;
  insert into audit_events (actor_type, actor_id, actor_name, mode, request_id, route, path,
                            resource_type, resource_id, action, changes)
  values (coalesce(ctx #>> '{actor,type}', 'system'), ctx #>> '{actor,id}', ctx #>> '{actor,name}',
          ctx ->> 'mode', ctx ->> 'request_id', ctx ->> 'route', ctx ->> 'path',
          TG_TABLE_NAME, coalesce(new_row, old_row) ->> id_column,
          case TG_OP when 'INSERT' then 'created' when 'UPDATE' then 'updated' else 'deleted' end,
          coalesce(diff, '{}'));
  return null;
end
$fn$`);

const NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * Records every write to `table` in the audit log. A migration that creates a business table
 * calls this after creating it (src/audit/coverage.test.ts fails otherwise). `idColumn` is the
 * column that names the resource: `id` by default; for tables keyed otherwise, the owning
 * resource's id (a plan version is recorded under its plan's id).
 */
export async function attachAudit(db: Kysely<unknown>, table: string, idColumn = 'id'): Promise<void> {
  if (!NAME.test(table) || !NAME.test(idColumn))
    throw new Error(`attachAudit: bad name ${table}.${idColumn}`);
  await sql`${AUDIT_FUNCTION}`.execute(db);
  await sql
    .raw(
      `create trigger ${table}_audit after insert or update or delete on ${table}
         for each row execute function tariff_audit('${idColumn}')`,
    )
    .execute(db);
}

/** The business tables audited by 0900, with the column that names the resource. Frozen: a table added later attaches itself in its own migration. */
const AUDITED_BY_0900: Record<string, string> = {
  account: 'id',
  alerts: 'id',
  api_keys: 'id',
  auto_top_ups: 'customer_id',
  balance_transactions: 'id',
  billable_items: 'id',
  credit_grants: 'id',
  credit_notes: 'id',
  // The credit ledger is the source of truth for what a grant has left (not a projection).
  credit_transactions: 'id',
  customer_tax_settings: 'customer_id',
  customers: 'id',
  // Lines are audited although their invoice is: one-off lines added by hand and re-rated lines
  // change what is billed, which the invoice's totals alone would not say. Volume is bounded by
  // invoicing (lines per invoice), not by usage.
  invoice_lines: 'id',
  invoices: 'id',
  license_fee_versions: 'license_fee_id',
  license_fees: 'id',
  meters: 'id',
  payment_settings: 'id',
  pending_invoice_items: 'id',
  pricing_plan_components: 'pricing_plan_id',
  pricing_plan_versions: 'pricing_plan_id',
  pricing_plans: 'id',
  rate_card_versions: 'rate_card_id',
  rate_cards: 'id',
  rates: 'id',
  service_action_versions: 'service_action_id',
  service_actions: 'id',
  subscription_phases: 'id',
  subscriptions: 'id',
  tax_rates: 'id',
  test_clocks: 'id',
  top_ups: 'id',
  webhook_endpoints: 'id',
};

/**
 * Tables deliberately not audited, with the reason. Adding a table here (instead of calling
 * `attachAudit` in its migration) is a decision to be reviewed, not a default.
 */
export const NOT_AUDITED: Record<string, string> = {
  audit_events: 'the log itself (append-only: updates and deletes are refused)',
  kysely_migration: "Kysely's migration bookkeeping",
  kysely_migration_lock: "Kysely's migration lock",
  entitlements_version:
    "the entitlement check cache's change counter and the limit scan's horizon, bumped by triggers; the changes it counts are audited",
  idempotency_keys:
    'stored answers of idempotent requests, purged after 24 hours; the write they answer is audited',
  meter_events:
    'usage ingestion: the high-volume stream (thousands per second) that the log must not slow; each event keeps its own identifier, created_at and txid',
  meter_event_keys:
    'the identifiers of meter_events (its dedup), written in the same statement as each event and as unaudited as it',
  meter_event_adjustments:
    'part of the meter event stream: one row per cancelled event, and a cell rewrite cancels many; each row is itself an immutable record with id and time',
  meter_fold: "the rollup worker's horizon (worker state)",
  ingest_partitions:
    "the ingest log's partition leases and checkpoints (apply-worker state, rewritten on every fetch)",
  ingest_workers: "the ingest log's worker heartbeats (process state, rewritten every few seconds)",
  ingest_log_refusals:
    'part of the meter event stream: events the ingest log could not store, each an immutable record with its reason and time',
  meter_rollups: 'derived from meter_events (hourly rollups), rebuilt from them',
  meter_rollups_day: 'derived from meter_events (daily rollups), rebuilt from them',
  meter_uniques: 'derived from meter_events (distinct values per hour)',
  meter_uniques_day: 'derived from meter_events (distinct values per day)',
  billed_usage:
    'derived: what each invoice line billed per service interval, rewritten with the line (which is audited)',
  invoice_number_sequences: "a counter; the number it hands out is recorded on the invoice's own row",
  customer_balances: 'a projection: the sum of balance_transactions, which are audited',
  journal_transactions:
    'the revenue journal, a derived projection booked (idempotently, by key) from invoices, credit notes and payments, which are audited',
  journal_entries: 'the postings of journal_transactions (derived, see there)',
  deferred_schedules:
    'revenue recognition state derived from finalized invoice lines, advanced by the worker',
  revenue_usage: 'revenue recognition state derived from usage and invoices, advanced by the worker',
  alert_firings: "the worker's once-per-period marker for an alert; each firing is announced as an event",
  events: 'the outbox of API events (webhooks); written beside audited changes, derived from them',
  webhook_deliveries: 'delivery queue of the outbox (worker state, high volume)',
  webhook_attempts: 'delivery log of the outbox (worker state, high volume)',
  payment_sync_log: 'processing log of Stripe events (worker state)',
  stripe_events: 'deduplication of received Stripe webhooks',
  stripe_customers: "sync state of the push to Stripe (ids and hashes); the customer's own row is audited",
  stripe_invoices:
    "sync state of the push to Stripe; outcomes (paid, hosted URL) land on the invoice's audited row",
};

export const auditMigrations: Record<string, Migration> = {
  '0900_audit_events': {
    async up(db: Kysely<unknown>) {
      await sql`create sequence audit_events_seq`.execute(db);
      await db.schema
        .createTable('audit_events')
        // `aud_` and a zero-padded sequence: ids sort in the order events were recorded.
        .addColumn('id', 'text', (c) =>
          c.primaryKey().defaultTo(sql`'aud_' || lpad(nextval('audit_events_seq')::text, 16, '0')`),
        )
        // The server's wall clock, not the application clock: a test clock never moves it.
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
        .addColumn('actor_type', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text')
        .addColumn('actor_name', 'text')
        .addColumn('mode', 'text')
        .addColumn('request_id', 'text')
        .addColumn('route', 'text')
        .addColumn('path', 'text')
        .addColumn('resource_type', 'text', (c) => c.notNull())
        .addColumn('resource_id', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('changes', 'jsonb', (c) => c.notNull())
        .execute();
      await sql`alter sequence audit_events_seq owned by audit_events.id`.execute(db);
      for (const [name, columns] of [
        ['audit_events_resource', ['resource_id', 'id']],
        ['audit_events_resource_type', ['resource_type', 'id']],
        ['audit_events_actor', ['actor_id', 'id']],
        ['audit_events_request', ['request_id']],
        ['audit_events_created', ['created_at']],
      ] as const) {
        await db.schema
          .createIndex(name)
          .on('audit_events')
          .columns([...columns])
          .execute();
      }
      // Kept forever: the application never updates or deletes a record. Purging is an operator's
      // decision, taken as the table owner (see docs/audit.md).
      await sql`
        create function tariff_audit_append_only() returns trigger language plpgsql as $$
        begin
          raise exception 'audit_events is append-only';
        end $$`.execute(db);
      await sql`
        create trigger audit_events_append_only before update or delete on audit_events
          for each row execute function tariff_audit_append_only()`.execute(db);
      for (const [table, idColumn] of Object.entries(AUDITED_BY_0900)) await attachAudit(db, table, idColumn);
    },
  },
};
