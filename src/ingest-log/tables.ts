import type { Generated } from 'kysely';

/** Row types of the ingest log's tables (migrations.ts). */
export interface IngestPartitionsTable {
  partition: number;
  /** bigint: the driver returns it as a string. */
  checkpoint: string;
  owner: string | null;
  lease_until: Date | null;
  applied_at: Date | null;
}

export interface IngestWorkersTable {
  id: string;
  seen_at: Date;
}

/** `duplicate` or `meter_inactive`. */
export interface IngestLogRefusalsTable {
  /** The refused event's id (evt_…). */
  event_id: string;
  partition: number;
  sequence: string;
  meter_id: string;
  identifier: string;
  customer_id: string;
  code: string;
  value: string;
  created_at: Generated<Date>;
}

declare module '../db/database.js' {
  interface Database {
    ingest_partitions: IngestPartitionsTable;
    ingest_workers: IngestWorkersTable;
    ingest_log_refusals: IngestLogRefusalsTable;
  }
}
