-- Where a batch's PostgreSQL time goes: the same 1,000-row INSERT … SELECT into tables that differ
-- in one thing at a time, from the minimal table of `npm run bench -- --only ingest` to the shape
-- of meter_events and its keys table (0106). One connection, rows made by generate_series (no
-- client, no parameters), one commit per statement, 100 statements of 1,000 rows per variant, three rounds.
--
--   createdb shapes && psql -d shapes -f bench/event-shapes.sql && dropdb shapes
--
-- It prints one NOTICE per variant and round with rows/s. Results are in docs/metering.md
-- ("Where a batch's time goes in PostgreSQL").
\set ON_ERROR_STOP 1
set client_min_messages = notice;

create table s_min (identifier text primary key, customer_id text not null, event_name text not null,
  ts timestamptz not null, value numeric not null);
-- meter_events' columns (txid as meter_events keeps it, for the fold).
create table s_wide (meter_id text not null, identifier text not null, id text not null,
  customer_id text not null, ts timestamptz not null, value numeric not null, distinct_value text,
  dim_key text not null, dimensions jsonb not null, created_at timestamptz not null,
  cancelled_at timestamptz, txid xid8 not null default pg_current_xact_id());
create table s_wide_pk (like s_wide including defaults, primary key (meter_id, identifier));
create table s_wide_4ix (like s_wide_pk including all);
create index on s_wide_4ix (meter_id, customer_id, ts);
create index on s_wide_4ix (txid);
create index on s_wide_4ix (customer_id, txid);
-- Each of meter_events' three indexes alone, beside the primary key.
create table s_wide_tx (like s_wide_pk including all);
create index on s_wide_tx (txid);
create table s_wide_ctx (like s_wide_pk including all);
create index on s_wide_ctx (customer_id, txid);
create table s_wide_mct (like s_wide_pk including all);
create index on s_wide_mct (meter_id, customer_id, ts);
-- meter_events itself: hash partitions by customer, three indexes, the dedup in a keys table.
create table s_part (like s_wide including defaults) partition by hash (customer_id);
create index on s_part (meter_id, customer_id, ts);
create index on s_part (txid);
create index on s_part (customer_id, txid);
do $$ begin
  for n in 0..7 loop
    execute format('create table s_part_%s partition of s_part for values with (modulus 8, remainder %s)', n, n);
  end loop;
end $$;
create table s_keys (meter_id text not null, identifier text not null, id text not null,
  customer_id text not null, ts timestamptz not null, primary key (meter_id, identifier));

create function s_rows(tag text) returns table (meter_id text, identifier text, id text, customer_id text)
language sql as $$
  select 'mtr_01HZZZZZZZZZZZZZZZZZZZZZZZ', tag || '-' || g, 'evt_' || tag || '_' || g,
    'cus_' || lpad((g * 7919 % 1000)::text, 26, '0')
  from generate_series(1, 1000) g $$;

do $$
declare
  variants text[] := array['min', 'wide', 'wide_pk', 'wide_tx', 'wide_ctx', 'wide_mct', 'wide_4ix', 'part_3ix',
    'part_3ix_keys'];
  v text;
  started timestamptz;
begin
  for round in 1..3 loop
    foreach v in array variants loop
      started := clock_timestamp();
      for b in 1..100 loop
        case v
        when 'min' then
          insert into s_min select r.identifier || v || round, r.customer_id, 'bench_tokens', now(), 1
          from s_rows(v || round || '-' || b) r;
        when 'part_3ix_keys' then
          with k as (
            insert into s_keys select r.meter_id, r.identifier, r.id, r.customer_id, now()
            from s_rows(v || round || '-' || b) r on conflict do nothing returning *)
          insert into s_part (meter_id, identifier, id, customer_id, ts, value, dim_key, dimensions, created_at)
          select k.meter_id, k.identifier, k.id, k.customer_id, k.ts, 1, '[["model","tiny"]]', '{"model":"tiny"}', now()
          from k;
        else
          execute format('insert into %I (meter_id, identifier, id, customer_id, ts, value, dim_key, dimensions, created_at)
            select r.meter_id, r.identifier, r.id, r.customer_id, now(), 1, %L, %L, now() from s_rows(%L) r',
            's_' || replace(v, 'part_3ix', 'part'), '[["model","tiny"]]', '{"model":"tiny"}', v || round || '-' || b);
        end case;
        -- One transaction per statement, as ingestion commits each batch (and txid differs).
        commit;
      end loop;
      raise notice 'round % %: % rows/s', round, rpad(v, 14),
        round(100000 / extract(epoch from clock_timestamp() - started));
    end loop;
  end loop;
end $$;
