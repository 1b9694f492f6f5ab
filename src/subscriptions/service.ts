import type { Static } from 'typebox';
import type { ResolvedPlan } from '../catalog/resolved-plan.js';
import type { CustomerService } from '../customers/service.js';
import type { Executor } from '../db/store.js';
import type { InvoicingDeps } from '../invoicing/deps.js';
import type { SubscriptionHooks } from '../invoicing/hooks.js';
import type { ServiceContext } from '../shared/context.js';
import { ApiError, notFound } from '../shared/errors/index.js';
import { newId } from '../shared/ids.js';
import { emitEvent } from '../webhooks/emit.js';
import { assertStartDate } from './backdating.js';
import { cancelNow } from './cancel.js';
import { applyChange, switchPlan } from './change.js';
import { runDueSubscriptions } from './claim.js';
import { type EngineDeps, runDue } from './engine.js';
import type {
  Cancel,
  ChangePlan,
  SubscriptionCreate,
  SubscriptionListQuery,
  SubscriptionUpdate,
} from './schemas.js';
import { saveSub } from './store.js';
import { type PhaseRow, type SubscriptionRow, subscriptionJson } from './subscription.js';
import type { PendingChange, ProrationBehavior } from './tables.js';
import { assertFitsCadence, assertQuantities, sameQuantities } from './validate.js';

export type ResolvePlan = (planRef: string, version?: number, executor?: Executor) => Promise<ResolvedPlan>;

export interface SubscriptionDeps {
  readonly ctx: ServiceContext;
  readonly customers: CustomerService;
  readonly invoicing: InvoicingDeps;
  readonly resolvePlan: ResolvePlan;
  readonly hooks: SubscriptionHooks[];
}

export interface AsOf {
  readonly at?: Date;
}

export interface SubscriptionService {
  /** `at`: when the request counts as made (imports and backfills); default the customer's now. */
  create(input: Static<typeof SubscriptionCreate>, options?: AsOf): Promise<SubscriptionRow>;
  get(id: string, executor?: Executor): Promise<SubscriptionRow>;
  phases(id: string): Promise<PhaseRow[]>;
  list(query: Static<typeof SubscriptionListQuery>): Promise<SubscriptionRow[]>;
  update(id: string, input: Static<typeof SubscriptionUpdate>, options?: AsOf): Promise<SubscriptionRow>;
  changePlan(id: string, input: Static<typeof ChangePlan>, options?: AsOf): Promise<SubscriptionRow>;
  cancel(id: string, input: Static<typeof Cancel>, options?: AsOf): Promise<SubscriptionRow>;
  markPastDue(id: string, executor?: Executor, at?: Date): Promise<void>;
  /** Brings every due subscription (not on a test clock) up to `now`: the worker's billing job. */
  runDue(now: Date, options?: { limit?: number }): Promise<{ subscriptions: number; actions: number }>;
  addHooks(hooks: SubscriptionHooks): void;
  readonly engine: EngineDeps;
}

export function createSubscriptionService(deps: SubscriptionDeps): SubscriptionService {
  const { db } = deps.ctx;
  const engine: EngineDeps = { invoicing: deps.invoicing, hooks: deps.hooks };

  async function get(id: string, executor: Executor = db, lock = false) {
    let q = executor.selectFrom('subscriptions').selectAll().where('id', '=', id);
    if (lock) q = q.forUpdate();
    const row = await q.executeTakeFirst();
    if (!row) throw notFound('subscription_not_found', 'subscription', id);
    return row;
  }

  /**
   * Applies a plan or quantity change at its effective moment: now (after running whatever was
   * already due, so the current period is right), at period end, or at a future time (stored and
   * run by the worker or a test clock advance, exactly like a period end).
   */
  async function change(
    id: string,
    asOf: AsOf | undefined,
    effective: string | undefined,
    build: (sub: SubscriptionRow, trx: Executor) => Promise<Omit<PendingChange, 'at' | 'id'> | null>,
  ) {
    return db.transaction().execute(async (trx) => {
      let sub = await get(id, trx, true);
      if (sub.status === 'canceled')
        throw new ApiError('subscription_canceled', `Subscription ${id} is canceled.`);
      const now = asOf?.at ?? (await deps.invoicing.nowFor(sub.customer_id, trx));
      await runDue(engine, trx, sub, now);
      sub = await get(id, trx, true);
      const at =
        !effective || effective === 'now'
          ? now
          : effective === 'period_end'
            ? (sub.current_period_end ?? now)
            : new Date(effective);
      if (at.getTime() < now.getTime()) {
        throw new ApiError('parameter_invalid', 'effective_at is in the past for this customer.', {
          param: 'effective_at',
        });
      }
      const built = await build(sub, trx);
      // Nothing billed changes (metadata only, or the same quantities): no phase, no proration.
      if (!built) {
        const row = await get(id, trx);
        await emitEvent(trx, 'subscription.updated', subscriptionJson(row), now);
        return row;
      }
      const pending: PendingChange = { id: newId('sph'), at: at.toISOString(), ...built };
      const zone = (await deps.invoicing.settings(trx)).time_zone;
      if (!sub.current_period_end) return switchPlan(trx, sub, pending, at, zone);
      if (at.getTime() === now.getTime())
        return (await applyChange(deps.invoicing, trx, sub, pending, at, zone))[0];
      const row = await saveSub(trx, sub, { pending_change: pending }, zone, now);
      await emitEvent(trx, 'subscription.updated', subscriptionJson(row), now);
      return row;
    });
  }

  return {
    engine,
    runDue: (now, options) => runDueSubscriptions(db, engine, now, options),
    get: (id, executor) => get(id, executor),
    addHooks(hooks) {
      deps.hooks.push(hooks);
    },
    async phases(id) {
      return db
        .selectFrom('subscription_phases')
        .selectAll()
        .where('subscription_id', '=', id)
        .orderBy('effective_at')
        .orderBy('id')
        .execute();
    },
    async create(input, options) {
      return db.transaction().execute(async (trx) => {
        const customer = await deps.customers.get(input.customer, trx);
        const plan = await deps.resolvePlan(input.pricing_plan, input.pricing_plan_version, trx);
        if (customer.currency && customer.currency !== plan.currency) {
          throw new ApiError(
            'currency_mismatch',
            `Customer ${customer.id} pays in ${customer.currency}; pricing plan ${plan.id} is in ${plan.currency}.`,
            { param: 'pricing_plan' },
          );
        }
        const cadence = {
          unit: input.billing_cadence?.interval ?? 'month',
          count: input.billing_cadence?.interval_count ?? 1,
        } as const;
        assertFitsCadence(plan, cadence);
        const quantities = assertQuantities(plan, input.component_configurations);
        const now = options?.at ?? (await deps.invoicing.nowFor(customer.id, trx));
        const startDate = input.start_date ? new Date(input.start_date) : now;
        if (input.start_date) {
          const settings = await deps.invoicing.settings(trx);
          assertStartDate(startDate, now, settings.event_past_window_seconds, input.backfill === true);
        }
        const trialEnd = input.trial_end ? new Date(input.trial_end) : null;
        if (trialEnd && trialEnd.getTime() <= startDate.getTime()) {
          throw new ApiError('parameter_invalid', 'trial_end must be after start_date.', {
            param: 'trial_end',
          });
        }
        const billingStart = trialEnd ?? startDate;
        const sub = await trx
          .insertInto('subscriptions')
          .values({
            id: newId('sub'),
            customer_id: customer.id,
            test_clock: customer.test_clock,
            status: trialEnd ? 'trialing' : 'not_started',
            currency: plan.currency,
            plan_id: plan.id,
            plan_version: plan.version,
            plan: JSON.stringify(plan),
            quantities: JSON.stringify(quantities),
            cadence_unit: cadence.unit,
            cadence_count: cadence.count,
            anchor: input.billing_cadence?.anchor ? new Date(input.billing_cadence.anchor) : billingStart,
            start_date: startDate,
            trial_end: trialEnd,
            billing_start: billingStart,
            current_period_start: null,
            current_period_end: null,
            service_actions_through: billingStart,
            next_action_at: billingStart,
            pending_change: null,
            cancel_at: null,
            canceled_at: null,
            metadata: JSON.stringify(input.metadata ?? {}),
            created_at: now,
            updated_at: now,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('subscription_phases')
          .values({
            id: newId('sph'),
            subscription_id: sub.id,
            plan_id: plan.id,
            plan_version: plan.version,
            plan: JSON.stringify(plan),
            quantities: JSON.stringify(quantities),
            effective_at: billingStart,
            proration_behavior: null,
            created_at: now,
          })
          .execute();
        await emitEvent(trx, 'subscription.created', subscriptionJson(sub), now);
        await runDue(engine, trx, sub, now);
        return get(sub.id, trx);
      });
    },
    async list(query) {
      const limit = query.limit ?? 10;
      let q = db
        .selectFrom('subscriptions')
        .selectAll()
        .orderBy('id', 'desc')
        .limit(limit + 1);
      if (query.starting_after) q = q.where('id', '<', query.starting_after);
      if (query.customer) {
        const customer = await deps.customers.find(query.customer);
        q = q.where('customer_id', '=', customer?.id ?? query.customer);
      }
      if (query.status) q = q.where('status', '=', query.status as SubscriptionRow['status']);
      return q.execute();
    },
    update: (id, input, options) =>
      change(id, options, input.effective_at, async (sub, trx) => {
        if (input.metadata) {
          await trx
            .updateTable('subscriptions')
            .set({ metadata: JSON.stringify({ ...sub.metadata, ...input.metadata }) })
            .where('id', '=', id)
            .execute();
        }
        const quantities = {
          ...sub.quantities,
          ...assertQuantities(sub.plan, input.component_configurations),
        };
        if (sameQuantities(sub.quantities, quantities)) return null;
        return { proration_behavior: input.proration_behavior ?? 'create_prorations', quantities };
      }),
    changePlan: (id, input, options) =>
      change(id, options, input.effective_at, async (sub, trx) => {
        const plan = await deps.resolvePlan(input.pricing_plan, input.pricing_plan_version, trx);
        if (plan.currency !== sub.currency) {
          throw new ApiError(
            'currency_mismatch',
            `Subscription ${id} bills in ${sub.currency}; pricing plan ${plan.id} is in ${plan.currency}.`,
            { param: 'pricing_plan' },
          );
        }
        assertFitsCadence(plan, { unit: sub.cadence_unit, count: sub.cadence_count });
        // Quantities carry over for fees the new plan shares; configurations given here win.
        const kept = Object.fromEntries(
          Object.entries(sub.quantities).filter(([k]) => plan.licenseFees.some((f) => f.id === k)),
        );
        return {
          plan,
          quantities: { ...kept, ...assertQuantities(plan, input.component_configurations) },
          proration_behavior: input.proration_behavior ?? 'create_prorations',
        };
      }),
    async cancel(id, input, options) {
      return db.transaction().execute(async (trx) => {
        let sub = await get(id, trx, true);
        if (sub.status === 'canceled')
          throw new ApiError('subscription_canceled', `Subscription ${id} is already canceled.`);
        const now = options?.at ?? (await deps.invoicing.nowFor(sub.customer_id, trx));
        await runDue(engine, trx, sub, now);
        sub = await get(id, trx, true);
        const settings = await deps.invoicing.settings(trx);
        const behavior: ProrationBehavior = input.proration_behavior ?? 'create_prorations';
        if (input.at === 'period_end' && sub.current_period_end) {
          const row = await saveSub(trx, sub, { cancel_at: sub.current_period_end }, settings.time_zone, now);
          await emitEvent(trx, 'subscription.updated', subscriptionJson(row), now);
          return row;
        }
        const pastWindow = settings.event_past_window_seconds + settings.grace_period_seconds;
        return (await cancelNow(deps.invoicing, trx, sub, now, behavior, settings.time_zone, pastWindow))[0];
      });
    },
    async markPastDue(id, executor = db, at) {
      const sub = await get(id, executor);
      if (sub.status !== 'active') return;
      const when = at ?? (await deps.invoicing.nowFor(sub.customer_id, executor));
      const row = await executor
        .updateTable('subscriptions')
        .set({ status: 'past_due', updated_at: when })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await emitEvent(executor, 'subscription.past_due', subscriptionJson(row), when);
    },
  };
}
