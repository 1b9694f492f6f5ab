import type { Static } from 'typebox';
import type { ResolvedPlan } from '../catalog/resolved-plan.js';
import type { Executor } from '../db/store.js';
import { newId } from '../shared/ids.js';
import { planChange } from './change-plan.js';
import type { UseCaseDeps } from './deps.js';
import { applyAtEffectiveIn } from './effective-change.js';
import type { PlanMigrationCreate } from './plan-migration-schema.js';
import type { PlanMigrationsTable } from './tables.js';

type Row = PlanMigrationsTable;

/** How long a migration's processor may be silent before a worker takes it over (a crash, a restart). */
export const LEASE_MS = 5 * 60_000;

/** The plan change of one subscription, exactly as `POST /v1/subscriptions/{id}/change_plan` makes it. */
export function move(deps: UseCaseDeps, trx: Executor, m: Row, subscriptionId: string) {
  return applyAtEffectiveIn(
    deps,
    trx,
    subscriptionId,
    undefined,
    m.effective === 'now' ? 'now' : 'period_end',
    planChange(deps, subscriptionId, {
      pricing_plan: m.to_plan,
      pricing_plan_version: m.to_version,
      proration_behavior: m.proration_behavior,
    }),
  );
}

/** The next subscriptions still on the old version that this migration has not handled. */
export function remaining(db: Executor, m: Row, limit: number) {
  return db
    .selectFrom('subscriptions')
    .select('id')
    .where('plan_id', '=', m.from_plan)
    .where('plan_version', '=', m.from_version)
    .where('status', '!=', 'canceled')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('plan_migration_items')
            .select('subscription_id')
            .where('migration_id', '=', m.id)
            .whereRef('plan_migration_items.subscription_id', '=', 'subscriptions.id'),
        ),
      ),
    )
    .orderBy('id')
    .limit(limit)
    .execute();
}

export function draftRow(
  input: Static<typeof PlanMigrationCreate>,
  from: ResolvedPlan,
  to: ResolvedPlan,
  now: Date,
): Row {
  return {
    id: newId('pmig'),
    from_plan: from.id,
    from_version: from.version,
    to_plan: to.id,
    to_version: to.version,
    effective: input.effective ?? 'next_period',
    proration_behavior: input.proration_behavior ?? 'create_prorations',
    status: 'running',
    total: 0,
    migrated: 0,
    failed: 0,
    lease_until: new Date(now.getTime() + LEASE_MS),
    created_at: now,
    updated_at: now,
    completed_at: null,
  };
}
