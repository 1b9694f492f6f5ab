import type { Static } from 'typebox';
import type { ResolvedPlan } from '../catalog/resolved-plan.js';
import { invoiceJsonIn } from '../invoicing/reads.js';
import { ApiError } from '../shared/errors/index.js';
import type { UseCaseDeps } from './deps.js';
import { ref } from './plan-migration-json.js';
import type { PlanMigrationPreviewRequest } from './plan-migration-schema.js';
import { draftRow, move, remaining } from './plan-migration-steps.js';
import { previewUpcomingIn } from './preview.js';
import { dryRun } from './preview-change.js';
import type { PlanMigrationsTable } from './tables.js';

/** How many subscriptions a dry run lists at most. */
const DRY_RUN_MAX = 1000;

/** The dry run of a plan migration: each subscription's upcoming total before and after; nothing is written. */
export async function previewMigration(
  deps: UseCaseDeps,
  input: Static<typeof PlanMigrationPreviewRequest>,
  from: ResolvedPlan,
  to: ResolvedPlan,
) {
  const limit = Math.min(input.limit ?? 100, DRY_RUN_MAX);
  const m = draftRow(input, from, to, new Date(0));
  const subs = await remaining(deps.ctx.db, m, limit + 1);
  const data = [];
  for (const { id } of subs.slice(0, limit)) data.push(await previewOne(deps, m, id));
  return {
    object: 'plan_migration_preview' as const,
    from: ref(from.id, from.version),
    to: ref(to.id, to.version),
    effective: m.effective,
    proration_behavior: m.proration_behavior,
    currency: from.currency,
    has_more: subs.length > limit,
    data,
  };
}

/** One subscription's old and new upcoming invoice, by making the change and rolling it back. */
async function previewOne(deps: UseCaseDeps, m: PlanMigrationsTable, id: string) {
  try {
    return await dryRun(deps, async (trx) => {
      const before = await previewUpcomingIn(deps.engine, trx, id);
      const applied = await move(deps, trx, m, id);
      const after = await previewUpcomingIn(deps.engine, trx, id);
      const invoice = applied.invoiceId ? await invoiceJsonIn(trx, applied.invoiceId) : null;
      return {
        subscription: id,
        customer: applied.row.customer_id,
        effective_at: applied.at.toISOString(),
        old_upcoming_total: before.total,
        new_upcoming_total: after.total,
        proration_invoice_total: invoice?.total ?? null,
        error: null,
      };
    });
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    const sub = await deps.ctx.db
      .selectFrom('subscriptions')
      .select('customer_id')
      .where('id', '=', id)
      .executeTakeFirst();
    return {
      subscription: id,
      customer: sub?.customer_id ?? '',
      effective_at: null,
      old_upcoming_total: null,
      new_upcoming_total: null,
      proration_invoice_total: null,
      error: { code: e.code, message: e.message },
    };
  }
}
