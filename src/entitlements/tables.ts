import type { ColumnType, Generated } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

export type FeatureType = 'boolean' | 'static' | 'metered';
export type Overage = 'block' | 'allow' | 'notify';

/** Something a plan can grant: a switch, a configuration value, or metered usage of a meter. */
export interface FeaturesTable {
  id: string;
  /** The application's own name for the feature (`api_calls`, `sso`); unique, usable as its id. */
  key: string;
  name: string;
  type: FeatureType;
  /** Metered features: the meter whose aggregate (its own formula) is the usage, and a dimension filter. */
  meter_id: string | null;
  meter_filter: Json<Record<string, string> | null>;
  status: 'active' | 'archived';
  created_at: Date;
}

/**
 * A feature on a pricing plan: on one version, or (`plan_version` null) on every version without
 * its own row. Metered rows carry the limit per usage period; the period is the subscription's
 * billing period unless `interval` is set (counted from the subscription's anchor).
 */
export interface PlanEntitlementsTable {
  id: string;
  plan_id: string;
  plan_version: number | null;
  feature_id: string;
  enabled: boolean;
  /** Static features: the JSON value the application reads. */
  value: Json<unknown>;
  limit: string | null;
  soft_limit: string | null;
  overage: Overage;
  interval: 'day' | 'week' | 'month' | 'year' | null;
  interval_count: number;
  created_at: Date;
}

/** Extra usage for one customer and feature, counted while it is effective. */
export interface EntitlementGrantsTable {
  id: string;
  customer_id: string;
  feature_id: string;
  amount: string;
  effective_at: Date;
  expires_at: Date;
  created_at: Date;
}

/** One row per (customer, feature, kind, period): a limit notice fires at most once a period. */
export interface EntitlementFiringsTable {
  customer_id: string;
  feature_id: string;
  kind: 'limit_reached' | 'soft_limit_reached';
  period_start: Date;
  usage: string;
  fired_at: Date;
  created_at: Generated<Date>;
}

/** One row per mode (migration 0710): bumped by every change a check's cache depends on. */
export interface EntitlementsVersionTable {
  id: number;
  /** bigint, read as a string. */
  version: ColumnType<string, never, never>;
  txid: ColumnType<string | null, never, never>;
  /** xid8 as text: the fold horizon the limit scan last reached. */
  scan_horizon: ColumnType<string, never, string>;
}

declare module '../db/database.js' {
  interface Database {
    features: FeaturesTable;
    plan_entitlements: PlanEntitlementsTable;
    entitlement_grants: EntitlementGrantsTable;
    entitlement_firings: EntitlementFiringsTable;
    entitlements_version: EntitlementsVersionTable;
  }
}
