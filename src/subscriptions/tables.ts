import type { ColumnType } from 'kysely';
import type { ResolvedPlan } from '../catalog/resolved-plan.js';
import type { IntervalUnit } from '../core/time/interval.js';

type Json<T> = ColumnType<T, string, string>;

export type SubscriptionStatus = 'not_started' | 'trialing' | 'active' | 'past_due' | 'canceled';
export type ProrationBehavior = 'always_invoice' | 'create_prorations' | 'none';

/** A change waiting for its moment: a plan change or new quantities (FAQ: "scheduled next plan"). */
export interface PendingChange {
  id: string;
  at: string;
  plan?: ResolvedPlan;
  quantities?: Record<string, string>;
  proration_behavior: ProrationBehavior;
}

export interface SubscriptionsTable {
  id: string;
  customer_id: string;
  /** Copied from the customer (which cannot change clock): the worker skips clocked customers. */
  test_clock: string | null;
  status: SubscriptionStatus;
  currency: string;
  plan_id: string;
  plan_version: number;
  /** The resolved plan version billed, kept as a value: billing never re-reads the catalog. */
  plan: Json<ResolvedPlan>;
  quantities: Json<Record<string, string>>;
  cadence_unit: IntervalUnit;
  cadence_count: number;
  anchor: Date;
  start_date: Date;
  trial_end: Date | null;
  /** When billing begins: the trial end, or the start. */
  billing_start: Date;
  current_period_start: Date | null;
  current_period_end: Date | null;
  /** Service actions whose interval starts before this moment have been issued. */
  service_actions_through: Date;
  /** Earliest moment something is due (start, period end, scheduled change, service action). */
  next_action_at: Date | null;
  pending_change: ColumnType<PendingChange | null, string | null, string | null>;
  cancel_at: Date | null;
  canceled_at: Date | null;
  /** After the end: when late events are swept one last time (the event window and grace later). */
  final_sweep_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  metadata: Json<Record<string, string>>;
  /** Minimum spend per billing period (numeric string), or null. */
  minimum_amount: ColumnType<string | null, string | null | undefined, string | null>;
  /** Prepaid commitment: amount invoiced up front for [commit_start, commit_end), burned as credits. */
  commit_amount: ColumnType<string | null, string | null | undefined, string | null>;
  commit_start: ColumnType<Date | null, Date | null | undefined, Date | null>;
  commit_end: ColumnType<Date | null, Date | null | undefined, Date | null>;
  commit_grant: ColumnType<string | null, string | null | undefined, string | null>;
  commit_invoice: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Date;
  updated_at: Date;
}

/** Every plan version a subscription has been on, and since when. */
export interface SubscriptionPhasesTable {
  id: string;
  subscription_id: string;
  plan_id: string;
  plan_version: number;
  /** The resolved plan of the phase (null on phases written before it was kept): usage is rated with it. */
  plan: ColumnType<ResolvedPlan | null, string | null | undefined, string | null>;
  quantities: Json<Record<string, string>>;
  effective_at: Date;
  proration_behavior: string | null;
  created_at: Date;
}

/** Proration lines made with `create_prorations`, waiting for the next invoice. */
export interface PendingInvoiceItemsTable {
  id: string;
  subscription_id: string;
  key: string;
  type: string;
  description: string;
  billable_item: string | null;
  quantity: string | null;
  unit_amount: string | null;
  amount: string;
  period_start: Date;
  period_end: Date;
  invoice_id: string | null;
  created_at: Date;
}

export type PlanMigrationStatus = 'running' | 'completed';
export type PlanMigrationEffective = 'now' | 'next_period';

/** A move of every subscription on one plan version to another (src/subscriptions/plan-migration.ts). */
export interface PlanMigrationsTable {
  id: string;
  from_plan: string;
  from_version: number;
  to_plan: string;
  to_version: number;
  effective: PlanMigrationEffective;
  proration_behavior: ProrationBehavior;
  status: PlanMigrationStatus;
  /** Subscriptions on the old version when the migration was created. */
  total: number;
  migrated: number;
  failed: number;
  /** Who processes it until when: a worker resumes a `running` migration whose lease has run out. */
  lease_until: Date;
  created_at: Date;
  updated_at: Date;
  completed_at: Date | null;
}

/** One subscription a migration handled, written in the transaction that moved it (the resume point). */
export interface PlanMigrationItemsTable {
  migration_id: string;
  subscription_id: string;
  outcome: 'migrated' | 'scheduled' | 'failed';
  error_code: string | null;
  error_message: string | null;
  effective_at: Date | null;
  created_at: Date;
}

declare module '../db/database.js' {
  interface Database {
    subscriptions: SubscriptionsTable;
    subscription_phases: SubscriptionPhasesTable;
    pending_invoice_items: PendingInvoiceItemsTable;
    plan_migrations: PlanMigrationsTable;
    plan_migration_items: PlanMigrationItemsTable;
  }
}
