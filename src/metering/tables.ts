import type { ColumnType, Generated } from 'kysely';

type Json<T> = ColumnType<T, string | T, string | T>;

export type Formula = 'sum' | 'count' | 'max' | 'last' | 'unique_count';
export type MeterStatus = 'active' | 'inactive';

export interface MetersTable {
  id: string;
  event_name: string;
  display_name: string;
  formula: Formula;
  customer_key: string;
  value_key: string;
  dimension_keys: Json<string[]>;
  status: MeterStatus;
  deactivated_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/**
 * Raw events, partitioned by a hash of the customer (0106). Their dedup is meter_event_keys: an
 * identifier is consumed forever, cancelled or not. `ts` is the event's own time, `created_at`
 * its arrival.
 */
export interface MeterEventsTable {
  meter_id: string;
  identifier: string;
  id: string;
  customer_id: string;
  ts: Date;
  value: string;
  /** The value counted by `unique_count` meters (null for the other formulas). */
  distinct_value: string | null;
  dim_key: string;
  dimensions: Json<Record<string, string>>;
  created_at: Date;
  cancelled_at: Date | null;
}

/**
 * The permanent dedup (0106): one row per stored event's (meter, identifier), claimed in the same
 * statement that stores the event, with where the event lives (its customer, i.e. its partition
 * of meter_events, and its time).
 */
export interface MeterEventKeysTable {
  meter_id: string;
  identifier: string;
  id: string;
  customer_id: string;
  ts: Date;
}

/**
 * Exact hourly rollups of the non-cancelled, folded events per (meter, customer, dimension set,
 * UTC hour), written by the fold (fold.ts). `last_*` is the event with the greatest (ts, identifier).
 */
export interface MeterRollupsTable {
  meter_id: string;
  customer_id: string;
  bucket: Date;
  dim_key: string;
  dimensions: Json<Record<string, string>>;
  event_count: number;
  value_sum: string;
  value_max: string | null;
  last_ts: Date | null;
  last_identifier: string | null;
  last_value: string | null;
}

/** Distinct values per hour for `unique_count` meters; `n` counts live events holding the value. */
export interface MeterUniquesTable {
  meter_id: string;
  customer_id: string;
  bucket: Date;
  dim_key: string;
  dimensions: Json<Record<string, string>>;
  value: string;
  n: number;
}

/** Audit record of every adjustment (Stripe's meter_event_adjustments; only `cancel` exists). */
export interface MeterEventAdjustmentsTable {
  id: string;
  meter_id: string;
  identifier: string;
  type: 'cancel';
  created_at: Date;
}

/** A v2 meter event stream session: its token's SHA-256 (hex), never the token. */
export interface MeterEventSessionsTable {
  id: string;
  hash: string;
  api_key_id: string;
  created_at: Date;
  expires_at: Date;
}

/** An event the v2 stream accepted for processing and then refused (reported asynchronously). */
export interface MeterEventStreamErrorsTable {
  id: string;
  session_id: string;
  api_key_id: string;
  event_name: string | null;
  identifier: string | null;
  code: string;
  message: string;
  param: string | null;
  event: Json<unknown>;
  created_at: Date;
}

declare module '../db/database.js' {
  interface Database {
    meters: MetersTable;
    meter_events: MeterEventsTable;
    meter_event_keys: MeterEventKeysTable;
    meter_rollups: MeterRollupsTable;
    meter_uniques: MeterUniquesTable;
    /** The same per UTC day (0102): months read days, not hours. */
    meter_rollups_day: MeterRollupsTable;
    meter_uniques_day: MeterUniquesTable;
    meter_event_adjustments: MeterEventAdjustmentsTable;
    meter_event_sessions: MeterEventSessionsTable;
    meter_event_stream_errors: MeterEventStreamErrorsTable;
  }
}
