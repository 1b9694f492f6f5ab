import type { Static } from 'typebox';
import type { Executor } from '../db/store.js';
import type { SubscriptionHooks } from '../invoicing/hooks.js';
import { emitEvent } from '../webhooks/emit.js';
import { cancelSubscription } from './cancel-subscription.js';
import { changePlan, planChange } from './change-plan.js';
import { runDueSubscriptions } from './claim.js';
import { createSubscription } from './create-subscription.js';
import type { AsOf, SubscriptionDeps, UseCaseDeps } from './deps.js';
import type { EngineDeps } from './engine.js';
import { loadSubscription } from './load.js';
import { type ChangePreviewJson, previewChange } from './preview-change.js';
import type {
  Cancel,
  ChangePlan,
  SubscriptionCreate,
  SubscriptionListQuery,
  SubscriptionUpdate,
} from './schemas.js';
import { type PhaseRow, type SubscriptionRow, subscriptionJson } from './subscription.js';
import { subscriptionUpdate, updateSubscription } from './update-subscription.js';

export type { AsOf, ResolvePlan, SubscriptionDeps } from './deps.js';

export interface SubscriptionService {
  /** `at`: when the request counts as made (imports and backfills); default the customer's now. */
  create(input: Static<typeof SubscriptionCreate>, options?: AsOf): Promise<SubscriptionRow>;
  get(id: string, executor?: Executor): Promise<SubscriptionRow>;
  phases(id: string): Promise<PhaseRow[]>;
  list(query: Static<typeof SubscriptionListQuery>): Promise<SubscriptionRow[]>;
  update(id: string, input: Static<typeof SubscriptionUpdate>, options?: AsOf): Promise<SubscriptionRow>;
  changePlan(id: string, input: Static<typeof ChangePlan>, options?: AsOf): Promise<SubscriptionRow>;
  cancel(id: string, input: Static<typeof Cancel>, options?: AsOf): Promise<SubscriptionRow>;
  /** What `changePlan` would do, computed by the same code in a transaction rolled back. */
  previewChangePlan(id: string, input: Static<typeof ChangePlan>): Promise<ChangePreviewJson>;
  /** What `update` (quantities) would do, the same way. */
  previewUpdate(id: string, input: Static<typeof SubscriptionUpdate>): Promise<ChangePreviewJson>;
  markPastDue(id: string, executor?: Executor, at?: Date): Promise<void>;
  /** Brings every due subscription (not on a test clock) up to `now`: the worker's billing job. */
  runDue(now: Date, options?: { limit?: number }): Promise<{ subscriptions: number; actions: number }>;
  addHooks(hooks: SubscriptionHooks): void;
  readonly engine: EngineDeps;
}

export function createSubscriptionService(deps: SubscriptionDeps): SubscriptionService {
  const { db } = deps.ctx;
  const engine: EngineDeps = { invoicing: deps.invoicing, hooks: deps.hooks };
  const useCase: UseCaseDeps = { ...deps, engine };

  const get = (id: string, executor: Executor = db, lock = false) => loadSubscription(executor, id, lock);

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
    create: (input, options) => createSubscription(useCase, input, options),
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
    update: (id, input, options) => updateSubscription(useCase, id, input, options),
    changePlan: (id, input, options) => changePlan(useCase, id, input, options),
    previewChangePlan: (id, input) =>
      previewChange(useCase, id, input.effective_at, planChange(useCase, id, input)),
    previewUpdate: (id, input) =>
      previewChange(useCase, id, input.effective_at, subscriptionUpdate(useCase, id, input)),
    cancel: (id, input, options) => cancelSubscription(useCase, id, input, options),
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
