import type { ResolvedPlan } from '../catalog/resolved-plan.js';
import type { Quantities } from '../core/billing/license-fees.js';
import type { Executor } from '../db/store.js';
import { voidedChangeIds } from '../invoicing/reads.js';
import type { SubscriptionRow } from './subscription.js';
import './tables.js';

/** The plan and quantities a period's license fees were charged from. */
export interface BilledState {
  readonly plan: ResolvedPlan;
  readonly quantities: Quantities;
}

/** A phase as the rule below reads it (subscription_phases). */
export interface PhaseRecord {
  readonly id: string;
  readonly effective_at: Date;
  readonly created_at: Date;
  readonly plan_id: string;
  readonly plan_version: number;
  readonly plan: ResolvedPlan | null;
  readonly quantities: Quantities;
  readonly proration_behavior: string | null;
}

/**
 * What the license fees of the period starting at `periodStart` have been charged for, as of
 * `at`: the phase in force at the period's start (its invoice billed the fees in advance), then
 * each change inside the period up to `at` that was prorated (`always_invoice` or
 * `create_prorations`: its lines credited the old fees and charged the new ones). A change made
 * with `none` charged nothing, so the period's fees stay those of the phase before it.
 *
 * A cancel or a later change credits exactly this, never more than was charged: after a `none`
 * change from 1 to 3 seats, cancelling credits the unused time of 1 seat. (Stripe credits the
 * current quantity; DESIGN 4 bills what was delivered, and an over-credit is money given away.)
 *
 * `phases` come in the order they were written (`created_at`, then id). A phase dated before the
 * billing start is written after the subscription's first phase, which is dated at the start: a
 * change during a trial or before a future `start_date` is what the first invoice billed, so the
 * last phase written among those in force at the period start wins, not the latest dated.
 *
 * A change whose `always_invoice` invoice was voided (its id in `voided`) charged nothing either.
 *
 * `current` answers when no phase says otherwise, and stands in for a phase written before phases
 * kept their resolved plan (migration 0301) on another plan version than the subscription's.
 */
export function billedState(
  phases: readonly PhaseRecord[],
  periodStart: Date,
  at: Date,
  current: BilledState & { readonly planId: string; readonly planVersion: number },
  voided: ReadonlySet<string> = new Set(),
): BilledState {
  let billed: PhaseRecord | undefined;
  for (const phase of phases) {
    const t = phase.effective_at.getTime();
    const charged = phase.proration_behavior !== 'none' && !voided.has(phase.id);
    if (t <= periodStart.getTime()) billed = phase;
    else if (t <= at.getTime() && charged) billed = phase;
  }
  if (!billed) return current;
  const plan =
    billed.plan ??
    (billed.plan_id === current.planId && billed.plan_version === current.planVersion ? current.plan : null);
  return plan ? { plan, quantities: billed.quantities } : current;
}

/** `billedState` of the subscription's current period as of `at`, from its phases. */
export async function billedFeesOf(trx: Executor, sub: SubscriptionRow, at: Date): Promise<BilledState> {
  const current = {
    plan: sub.plan,
    quantities: sub.quantities,
    planId: sub.plan_id,
    planVersion: sub.plan_version,
  };
  if (!sub.current_period_start) return current;
  const phases = await trx
    .selectFrom('subscription_phases')
    .select([
      'id',
      'effective_at',
      'created_at',
      'plan_id',
      'plan_version',
      'plan',
      'quantities',
      'proration_behavior',
    ])
    .where('subscription_id', '=', sub.id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const voidedIds = await voidedChangeIds(trx, sub.id);
  return billedState(phases, sub.current_period_start, at, current, voidedIds);
}
