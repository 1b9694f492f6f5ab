-- Run on a shard server (psql): creates the table that will hold one partition of Tariff's
-- meter_events, with the partition's indexes. The primary reaches it through postgres_fdw
-- (move-partition.sql). Variables: table (e.g. meter_events_p3).
--   psql "postgres://shard/tariff" -v table=meter_events_p3 -f scripts/partitions/shard-table.sql
-- The columns are meter_events' (src/metering/migrations.ts, 0100, 0101); postgres_fdw maps them
-- by name. No unique key: deduplication stays on the primary, in meter_event_keys.
\set ON_ERROR_STOP on
\set customer_ts :table '_customer_ts'
\set by_txid :table '_txid'
\set customer_txid :table '_customer_txid'
begin;
create table :"table" (
  meter_id text not null,
  identifier text not null,
  id text not null,
  customer_id text not null,
  ts timestamptz not null,
  value numeric not null,
  distinct_value text,
  dim_key text not null,
  dimensions jsonb not null,
  created_at timestamptz not null,
  cancelled_at timestamptz,
  txid xid8 not null
);
create index :"customer_ts" on :"table" (meter_id, customer_id, ts);
create index :"by_txid" on :"table" (txid);
create index :"customer_txid" on :"table" (customer_id, txid);
commit;
