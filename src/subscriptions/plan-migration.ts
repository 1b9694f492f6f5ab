import type { Static } from 'typebox';
import type { ResolvedPlan } from '../catalog/resolved-plan.js';
import type { Executor } from '../db/store.js';
import { invoiceJsonIn } from '../invoicing/reads.js';
import { ApiError, notFound } from '../shared/errors/index.js';
import { newId } from '../shared/ids.js';
import { emitEvent } from '../webhooks/emit.js';
import { planChange } from './change-plan.js';
import type { UseCaseDeps } from './deps.js';
import { applyAtEffectiveIn } from './effective-change.js';
import type {
  PlanMigrationCreate,
  PlanMigrationListQuery,
  PlanMigrationPreview,
  PlanMigrationPreviewRequest,
} from './plan-migration-schema.js';
import { previewUpcomingIn } from './preview.js';
import { dryRun } from './preview-change.js';
import { subscriptionJson } from './subscription.js';
import type { PlanMigrationsTable } from './tables.js';

type Row = PlanMigrationsTable;
type Input = Static<typeof PlanMigrationCreate>;
type PreviewInput = Static<typeof PlanMigrationPreviewRequest>;

/** Subscriptions moved per chunk; the lease is renewed after each chunk. */
const CHUNK = 100;
/** How long a migration's processor may be silent before a worker takes it over (a crash, a restart). */
const LEASE_MS = 5 * 60_000;
/** How many subscriptions a dry run lists at most. */
const DRY_RUN_MAX = 1000;

const ref = (plan: string, version: number) => ({ pricing_plan: plan, pricing_plan_version: version });

export function planMigrationJson(row: Row, failures: FailureJson[] = []) {
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

interface FailureJson {
  readonly subscription: string;
  readonly code: string;
  readonly message: string;
}

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

export type PlanMigrationJson = ReturnType<typeof planMigrationJson>;

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

  /** The plan change of one subscription, exactly as `POST /v1/subscriptions/{id}/change_plan` makes it. */
  function move(trx: Executor, m: Row, subscriptionId: string) {
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

  /** Moves one subscription; its item row is the proof it was handled (and the resume point). */
  async function migrateOne(m: Row, subscriptionId: string): Promise<void> {
    try {
      await db.transaction().execute(async (trx) => {
        // Handled already (by this migration before a restart, or by another worker): nothing to do.
        if (!(await claim(trx, m, subscriptionId, null))) return;
        const applied = await move(trx, m, subscriptionId);
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

  /** The next subscriptions still on the old version that this migration has not handled. */
  function remaining(m: Row, limit: number) {
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

  /** Runs a migration to its end, chunk by chunk, renewing its lease after each. */
  async function run(m: Row): Promise<Row> {
    for (;;) {
      const chunk = await remaining(m, CHUNK);
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

  async function preview(input: PreviewInput, from: ResolvedPlan, to: ResolvedPlan) {
    const limit = Math.min(input.limit ?? 100, DRY_RUN_MAX);
    const m = draftRow(input, from, to, new Date(0));
    const subs = await remaining(m, limit + 1);
    const data = [];
    for (const { id } of subs.slice(0, limit)) data.push(await previewOne(m, id));
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
  async function previewOne(m: Row, id: string) {
    try {
      return await dryRun(deps, async (trx) => {
        const before = await previewUpcomingIn(deps.engine, trx, id);
        const applied = await move(trx, m, id);
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
      const sub = await db
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

  function draftRow(input: Input, from: ResolvedPlan, to: ResolvedPlan, now: Date): Row {
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
      return preview(input, from, to);
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
