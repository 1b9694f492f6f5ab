import type { Executor } from '../db/store.js';
import { ApiError } from '../shared/errors/index.js';
import { newId } from '../shared/ids.js';
import { emitEvent } from '../webhooks/emit.js';
import { applyChange, switchPlan } from './change.js';
import type { AsOf, UseCaseDeps } from './deps.js';
import { runDue } from './engine.js';
import { loadSubscription } from './load.js';
import { saveSub } from './store.js';
import { type SubscriptionRow, subscriptionJson } from './subscription.js';
import type { PendingChange } from './tables.js';

/**
 * Applies a plan or quantity change at its effective moment: now (after running whatever was
 * already due, so the current period is right), at period end, or at a future time (stored and
 * run by the worker or a test clock advance, exactly like a period end).
 */
export async function applyAtEffective(
  deps: UseCaseDeps,
  id: string,
  asOf: AsOf | undefined,
  effective: string | undefined,
  build: BuildChange,
): Promise<SubscriptionRow> {
  return deps.ctx.db
    .transaction()
    .execute(async (trx) => (await applyAtEffectiveIn(deps, trx, id, asOf, effective, build)).row);
}

export type BuildChange = (
  sub: SubscriptionRow,
  trx: Executor,
) => Promise<Omit<PendingChange, 'at' | 'id'> | null>;

/** What a change did: the subscription after it, and when a proration was made, its key and invoice. */
export interface AppliedChange {
  readonly row: SubscriptionRow;
  readonly at: Date;
  /** The change's id when it took effect now (its proration lines are keyed `<sub>:change:<id>`). */
  readonly changeId: string | null;
  readonly invoiceId: string | null;
}

/** `applyAtEffective` inside the caller's transaction (a preview runs it and rolls back). */
export async function applyAtEffectiveIn(
  deps: UseCaseDeps,
  trx: Executor,
  id: string,
  asOf: AsOf | undefined,
  effective: string | undefined,
  build: BuildChange,
): Promise<AppliedChange> {
  let sub = await loadSubscription(trx, id, true);
  if (sub.status === 'canceled')
    throw new ApiError('subscription_canceled', `Subscription ${id} is canceled.`);
  const now = asOf?.at ?? (await deps.invoicing.nowFor(sub.customer_id, trx));
  await runDue(deps.engine, trx, sub, now);
  sub = await loadSubscription(trx, id, true);
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
  const none = { changeId: null, invoiceId: null, at };
  if (!built) {
    const row = await loadSubscription(trx, id);
    await emitEvent(trx, 'subscription.updated', subscriptionJson(row), now);
    return { row, ...none };
  }
  const pending: PendingChange = { id: newId('sph'), at: at.toISOString(), ...built };
  const zone = (await deps.invoicing.settings(trx)).time_zone;
  if (!sub.current_period_end) return { row: await switchPlan(trx, sub, pending, at, zone), ...none };
  if (at.getTime() === now.getTime()) {
    const [row, invoiceId] = await applyChange(deps.invoicing, trx, sub, pending, at, zone);
    return { row, at, changeId: pending.id, invoiceId: invoiceId ?? null };
  }
  const row = await saveSub(trx, sub, { pending_change: pending }, zone, now);
  await emitEvent(trx, 'subscription.updated', subscriptionJson(row), now);
  return { row, ...none };
}
