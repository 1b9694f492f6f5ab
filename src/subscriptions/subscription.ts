import type { Selectable } from 'kysely';
import { commitmentsJson } from './commitments-json.js';
import type { SubscriptionPhasesTable, SubscriptionsTable } from './tables.js';

export type SubscriptionRow = Selectable<SubscriptionsTable>;
export type PhaseRow = Selectable<SubscriptionPhasesTable>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function phaseJson(p: PhaseRow) {
  return {
    pricing_plan: p.plan_id,
    pricing_plan_version: p.plan_version,
    component_configurations: Object.fromEntries(
      Object.entries(p.quantities).map(([k, v]) => [k, { quantity: v }]),
    ),
    effective_at: p.effective_at.toISOString(),
    proration_behavior: p.proration_behavior,
  };
}

export type SubscriptionJson = ReturnType<typeof subscriptionJson>;

export function subscriptionJson(row: SubscriptionRow, phases?: readonly PhaseRow[]) {
  const pending = row.pending_change;
  return {
    id: row.id,
    object: 'subscription' as const,
    customer: row.customer_id,
    status: row.status,
    currency: row.currency,
    pricing_plan: row.plan_id,
    pricing_plan_version: row.plan_version,
    billing_cadence: {
      interval: row.cadence_unit,
      interval_count: row.cadence_count,
      anchor: row.anchor.toISOString(),
    },
    component_configurations: Object.fromEntries(
      Object.entries(row.quantities).map(([k, v]) => [k, { quantity: v }]),
    ),
    start_date: row.start_date.toISOString(),
    trial_end: iso(row.trial_end),
    current_period_start: iso(row.current_period_start),
    current_period_end: iso(row.current_period_end),
    next_action_at: iso(row.next_action_at),
    pending_change: pending
      ? {
          effective_at: pending.at,
          pricing_plan: pending.plan?.id ?? row.plan_id,
          pricing_plan_version: pending.plan?.version ?? row.plan_version,
          component_configurations: pending.quantities
            ? Object.fromEntries(Object.entries(pending.quantities).map(([k, v]) => [k, { quantity: v }]))
            : null,
          proration_behavior: pending.proration_behavior,
        }
      : null,
    cancel_at: iso(row.cancel_at),
    canceled_at: iso(row.canceled_at),
    test_clock: row.test_clock,
    ...commitmentsJson(row),
    ...(phases && { phases: phases.map(phaseJson) }),
    metadata: row.metadata,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}
