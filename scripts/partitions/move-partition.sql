-- Run on the primary (psql), in live mode's schema: moves one hash partition of meter_events to
-- a shard server prepared with shard-table.sql, and attaches it back as a postgres_fdw foreign
-- table. Catalog, billing, the rollups and meter_event_keys (the dedup) stay on the primary.
-- Variables:
--   partition    the partition to move, e.g. meter_events_p3
--   remainder    its remainder (3 for meter_events_p3; modulus 8)
--   server       a name for the shard server, e.g. shard1 (created if missing)
--   host, port, dbname, remote_user   where the shard is, and whom to connect as
--   psql "$DATABASE_URL" -v partition=meter_events_p3 -v remainder=3 -v server=shard1 \
--     -v host=10.0.0.12 -v port=5432 -v dbname=tariff -v remote_user=tariff \
--     -f scripts/partitions/move-partition.sql
-- One transaction: ingestion into that partition waits for the copy (the detach takes an
-- ACCESS EXCLUSIVE lock on meter_events), and a failure leaves everything as it was, apart from
-- rows already sent to the shard's table (empty it before running again).
-- A password, if the shard needs one, goes in the user mapping:
--   alter user mapping for current_user server shard1 options (add password '…');
\set ON_ERROR_STOP on
\set remote :partition '_remote'
begin;
create extension if not exists postgres_fdw;
create server if not exists :"server" foreign data wrapper postgres_fdw
  options (host :'host', port :'port', dbname :'dbname');
create user mapping if not exists for current_user server :"server" options (user :'remote_user');
alter table meter_events detach partition :"partition";
create foreign table :"remote" partition of meter_events
  for values with (modulus 8, remainder :remainder)
  server :"server" options (schema_name 'public', table_name :'partition');
insert into :"remote" select * from :"partition";
drop table :"partition";
commit;
