import { Decimal } from '../../../../src/core/money/decimal.js';

/** `POST /v1/plan_migrations` and its dry run (docs/billing.md "Plan migration"). */
export type MigrationEffective = 'next_period' | 'now';
export type MigrationProration = 'create_prorations' | 'always_invoice' | 'none';

export interface PlanVersionRef {
  pricing_plan: string;
  pricing_plan_version: number;
}

export interface MigrationRequest {
  from: PlanVersionRef;
  to: PlanVersionRef;
  effective: MigrationEffective;
  proration_behavior: MigrationProration;
}

export interface PlanMigration extends MigrationRequest {
  id: string;
  status: 'running' | 'completed';
  total: number;
  migrated: number;
  failed: number;
  failures: { subscription: string; code: string; message: string }[];
  created_at: string;
  completed_at: string | null;
}

export interface MigrationPreviewRow {
  subscription: string;
  customer: string;
  effective_at: string | null;
  old_upcoming_total: string | null;
  new_upcoming_total: string | null;
  proration_invoice_total: string | null;
  error: { code: string; message: string } | null;
}

export interface MigrationPreview extends MigrationRequest {
  currency: string;
  has_more: boolean;
  data: MigrationPreviewRow[];
}

/** New minus old upcoming total, exact (decimal strings, never JS numbers); null when either is missing. */
export function totalDifference(row: MigrationPreviewRow): string | null {
  if (row.old_upcoming_total === null || row.new_upcoming_total === null) return null;
  return new Decimal(row.new_upcoming_total).minus(row.old_upcoming_total).toFixed();
}

/** The sum of the differences of the rows that have one (the dry run's page, not beyond `has_more`). */
export function differenceSum(rows: MigrationPreviewRow[]): string {
  return rows
    .map(totalDifference)
    .filter((d): d is string => d !== null)
    .reduce((sum, d) => sum.plus(d), new Decimal(0))
    .toFixed();
}

/** Whether a migration touches the plan: it moved subscriptions off it or onto it. */
export function concernsPlan(m: MigrationRequest, plan: string): boolean {
  return m.from.pricing_plan === plan || m.to.pricing_plan === plan;
}

/** The request the form's choices make; proration only means something when moving now. */
export function migrationRequest(input: {
  plan: string;
  fromVersion: number;
  toPlan: string;
  toVersion: number;
  effective: MigrationEffective;
  proration: MigrationProration;
}): MigrationRequest {
  return {
    from: { pricing_plan: input.plan, pricing_plan_version: input.fromVersion },
    to: { pricing_plan: input.toPlan, pricing_plan_version: input.toVersion },
    effective: input.effective,
    proration_behavior: input.effective === 'now' ? input.proration : 'none',
  };
}
