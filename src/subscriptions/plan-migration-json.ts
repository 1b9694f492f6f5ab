import type { PlanMigrationsTable } from './tables.js';

export const ref = (plan: string, version: number) => ({ pricing_plan: plan, pricing_plan_version: version });

export function planMigrationJson(row: PlanMigrationsTable, failures: FailureJson[] = []) {
  return {
    id: row.id,
    object: 'plan_migration' as const,
    from: ref(row.from_plan, row.from_version),
    to: ref(row.to_plan, row.to_version),
    effective: row.effective,
    proration_behavior: row.proration_behavior,
    status: row.status,
    total: row.total,
    migrated: row.migrated,
    failed: row.failed,
    failures,
    created_at: row.created_at.toISOString(),
    completed_at: row.completed_at?.toISOString() ?? null,
  };
}

export interface FailureJson {
  readonly subscription: string;
  readonly code: string;
  readonly message: string;
}

export type PlanMigrationJson = ReturnType<typeof planMigrationJson>;
