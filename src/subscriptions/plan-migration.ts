import type { Static } from 'typebox';
import type { ResolvedPlan } from '../catalog/resolved-plan.js';
import type { Executor } from '../db/store.js';
import { ApiError, notFound } from '../shared/errors/index.js';
import { emitEvent } from '../webhooks/emit.js';
import type { UseCaseDeps } from './deps.js';
import { type FailureJson, type PlanMigrationJson, planMigrationJson, ref } from './plan-migration-json.js';
import { previewMigration } from './plan-migration-preview.js';
import type {
  PlanMigrationCreate,
  PlanMigrationListQuery,
  PlanMigrationPreview,
  PlanMigrationPreviewRequest,
} from './plan-migration-schema.js';
import { draftRow, LEASE_MS, move, remaining } from './plan-migration-steps.js';
import { subscriptionJson } from './subscription.js';
import type { PlanMigrationsTable } from './tables.js';

type Row = PlanMigrationsTable;
type Input = Static<typeof PlanMigrationCreate>;
type PreviewInput = Static<typeof PlanMigrationPreviewRequest>;

/** Subscriptions moved per chunk; the lease is renewed after each chunk. */
const CHUNK = 100;

export interface PlanMigrationService {
  /** Creates a migration and runs it to its end. */
  create(input: Input): Promise<PlanMigrationJson>;
  /** The dry run: each subscription's upcoming total before and after; nothing is written. */
  preview(input: PreviewInput): Promise<PlanMigrationPreviewJson>;
  get(id: string): Promise<PlanMigrationJson>;
  list(query: Static<typeof PlanMigrationListQuery>): Promise<PlanMigrationJson[]>;
  /** The worker's job: finishes `running` migrations whose processor stopped (crash, restart). */
  resumeStalled(now: Date): Promise<{ plan_migrations_resumed: number }>;
}

export type PlanMigrationPreviewJson = Static<typeof PlanMigrationPreview>;

/**
 * Plan migration: every subscription on one pricing-plan version moved to another version (of the
 * same or another plan) in one call, through the very code a single plan change runs
 * (`planChange` + `applyAtEffectiveIn`). Each subscription moves in its own transaction, which also
 * writes its `plan_migration_items` row and the migration's counts: a crash loses nothing and
 * moves nothing twice, and a worker resumes a `running` migration whose lease ran out.
 */
export function createPlanMigrationService(deps: UseCaseDeps): PlanMigrationService {
  const { db, clock } = deps.ctx;

  async function load(id: string, executor: Executor = db): Promise<Row> {
    const row = await executor
      .selectFrom('plan_migrations')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound('plan_migration_not_found', 'plan migration', id, 'id');
    return row;
  }

  async function failuresOf(id: string): Promise<FailureJson[]> {
    const rows = await db
      .selectFrom('plan_migration_items')
      .select(['subscription_id', 'error_code', 'error_message'])
      .where('migration_id', '=', id)
      .where('outcome', '=', 'failed')
      .orderBy('subscription_id')
      .limit(100)
      .execute();
    return rows.map((r) => ({
      subscription: r.subscription_id,
      code: r.error_code ?? 'internal_error',
      message: r.error_message ?? '',
    }));
  }

  /** Claims a subscription for the migration: false when it was handled already. */
  async function claim(
    trx: Executor,
    m: Row,
    subscriptionId: string,
    error: ApiError | null,
  ): Promise<boolean> {
    const claimed = await trx
      .insertInto('plan_migration_items')
      .values({
        migration_id: m.id,
        subscription_id: subscriptionId,
        outcome: error ? 'failed' : 'migrated',
        error_code: error?.code ?? null,
        error_message: error?.message ?? null,
        effective_at: null,
        created_at: clock.now(),
      })
      .onConflict((oc) => oc.doNothing())
      .returning('subscription_id')
      .executeTakeFirst();
    if (!claimed) return false;
    await trx
      .updateTable('plan_migrations')
      .set((eb) =>
        error
          ? { failed: eb('failed', '+', 1), updated_at: clock.now() }
          : { migrated: eb('migrated', '+', 1), updated_at: clock.now() },
      )
      .where('id', '=', m.id)
      .execute();
    return true;
  }

  /** Moves one subscription; its item row is the proof it was handled (and the resume point). */
  async function migrateOne(m: Row, subscriptionId: string): Promise<void> {
    try {
      await db.transaction().execute(async (trx) => {
        // Handled already (by this migration before a restart, or by another worker): nothing to do.
        if (!(await claim(trx, m, subscriptionId, null))) return;
        const applied = await move(deps, trx, m, subscriptionId);
        const moved = applied.row.plan_id === m.to_plan && applied.row.plan_version === m.to_version;
        await trx
          .updateTable('plan_migration_items')
          .set({ outcome: moved ? 'migrated' : 'scheduled', effective_at: applied.at })
          .where('migration_id', '=', m.id)
          .where('subscription_id', '=', subscriptionId)
          .execute();
        const now = await deps.invoicing.nowFor(applied.row.customer_id, trx);
        await emitEvent(
          trx,
          'subscription.migrated',
          {
            plan_migration: m.id,
            from: ref(m.from_plan, m.from_version),
            to: ref(m.to_plan, m.to_version),
            effective_at: applied.at.toISOString(),
            subscription: subscriptionJson(applied.row),
          },
          now,
        );
      });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      // Refused (a cadence the new plan does not fit, canceled meanwhile): recorded, not retried.
      await db.transaction().execute((trx) => claim(trx, m, subscriptionId, e));
    }
  }

  /** Runs a migration to its end, chunk by chunk, renewing its lease after each. */
  async function run(m: Row): Promise<Row> {
    for (;;) {
      const chunk = await remaining(db, m, CHUNK);
      for (const { id } of chunk) await migrateOne(m, id);
      await db
        .updateTable('plan_migrations')
        .set({ lease_until: new Date(clock.now().getTime() + LEASE_MS) })
        .where('id', '=', m.id)
        .execute();
      if (chunk.length < CHUNK) break;
    }
    const now = clock.now();
    return db
      .updateTable('plan_migrations')
      .set((eb) => ({
        status: 'completed',
        completed_at: now,
        updated_at: now,
        total: eb.fn('greatest', ['total', eb('migrated', '+', eb.ref('failed'))]),
      }))
      .where('id', '=', m.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async function resolveBoth(input: Input): Promise<[ResolvedPlan, ResolvedPlan]> {
    const from = await deps.resolvePlan(input.from.pricing_plan, input.from.pricing_plan_version);
    const to = await deps.resolvePlan(input.to.pricing_plan, input.to.pricing_plan_version);
    if (from.id === to.id && from.version === to.version) {
      throw new ApiError('parameter_invalid', 'from and to name the same pricing-plan version.', {
        param: 'to',
      });
    }
    if (from.currency !== to.currency) {
      throw new ApiError(
        'currency_mismatch',
        `Pricing plan ${from.id} is in ${from.currency}; ${to.id} is in ${to.currency}.`,
        { param: 'to.pricing_plan' },
      );
    }
    return [from, to];
  }

  return {
    async create(input) {
      const [from, to] = await resolveBoth(input);
      const row = draftRow(input, from, to, clock.now());
      const { count } = await db
        .selectFrom('subscriptions')
        .select((eb) => eb.fn.countAll<string>().as('count'))
        .where('plan_id', '=', from.id)
        .where('plan_version', '=', from.version)
        .where('status', '!=', 'canceled')
        .executeTakeFirstOrThrow();
      const created = await db
        .insertInto('plan_migrations')
        .values({ ...row, total: Number(count) })
        .returningAll()
        .executeTakeFirstOrThrow();
      const done = await run(created);
      return planMigrationJson(done, await failuresOf(done.id));
    },
    async preview(input) {
      const [from, to] = await resolveBoth(input);
      return previewMigration(deps, input, from, to);
    },
    async get(id) {
      const row = await load(id);
      return planMigrationJson(row, await failuresOf(id));
    },
    async list(query) {
      const limit = query.limit ?? 10;
      let q = db
        .selectFrom('plan_migrations')
        .selectAll()
        .orderBy('id', 'desc')
        .limit(limit + 1);
      if (query.starting_after) q = q.where('id', '<', query.starting_after);
      return (await q.execute()).map((r) => planMigrationJson(r));
    },
    async resumeStalled(now) {
      let resumed = 0;
      for (;;) {
        const claimed = await db.transaction().execute(async (trx) => {
          const stalled = await trx
            .selectFrom('plan_migrations')
            .select('id')
            .where('status', '=', 'running')
            .where('lease_until', '<', now)
            .orderBy('created_at')
            .limit(1)
            .forUpdate()
            .skipLocked()
            .executeTakeFirst();
          if (!stalled) return null;
          return trx
            .updateTable('plan_migrations')
            .set({ lease_until: new Date(now.getTime() + LEASE_MS) })
            .where('id', '=', stalled.id)
            .returningAll()
            .executeTakeFirstOrThrow();
        });
        if (!claimed) return { plan_migrations_resumed: resumed };
        await run(claimed);
        resumed += 1;
      }
    },
  };
}
