import { Decimal, ZERO } from '../core/money/decimal.js';
import type { Period } from '../core/time/period.js';
import type { Executor } from '../db/store.js';
import { currentMode } from '../shared/request-context.js';
import type { SubscriptionInForce } from '../subscriptions/in-force.js';
import type { FeatureRow } from './features.js';
import type { PlanEntitlementRow } from './plan-entitlements.js';
import './tables.js';

/** Everything a check resolves before it reads usage; none of it depends on the time of day. */
export interface CheckInputs {
  readonly customer: { readonly id: string; readonly test_clock: string | null };
  readonly feature: FeatureRow;
  readonly found: { entry: PlanEntitlementRow; subscription: SubscriptionInForce } | undefined;
  /** A test-clocked customer's frozen time (a clock's advance bumps the version); null: the wall clock. */
  readonly frozenNow: Date | null;
  /** The customer's grants of the feature not yet expired when loaded, summed for "now" by `granted`. */
  readonly grants: readonly { amount: Decimal; effective_at: Date; expires_at: Date }[];
  readonly zone: string;
}

/** The grants effective at `now` (the in-memory twin of the grants query). */
export function granted(inputs: CheckInputs, now: Date): Decimal {
  let total = ZERO;
  for (const g of inputs.grants)
    if (g.effective_at <= now && g.expires_at > now) total = total.plus(g.amount);
  return total;
}

/** The mode's change counter (migration 0710), read on the check's own connection. */
export async function readVersion(db: Executor): Promise<string> {
  const row = await db
    .selectFrom('entitlements_version')
    .select('version')
    .where('id', '=', 1)
    .executeTakeFirst();
  // A string whatever the driver makes of a bigint: the version rider reads it as text.
  return row ? String(row.version) : '0';
}

const MAX_ENTRIES = 100_000;

/**
 * The resolved inputs of a check per (mode, customer, feature), exact across processes: an entry
 * is used only while the mode's version counter still reads what it read before the entry was
 * loaded (the check reads the counter in its usage statement, version-rider.ts). Every write a check depends on (subscriptions, plan entries, features, grants, a
 * customer's clock or external id or deletion, a test clock's advance) bumps the counter in its own
 * transaction, by trigger, whichever process made it. Period boundaries need no expiry: the period
 * and the effective grants are computed from the entry for each check's "now".
 */
export function createCheckCache() {
  const entries = new Map<string, { version: string; inputs: CheckInputs }>();
  const periods = new WeakMap<CheckInputs, Period>();
  const keyOf = (customerRef: string, featureRef: string) =>
    JSON.stringify([currentMode(), customerRef, featureRef]);
  return {
    /** The entry whatever its version: a check then reads the version with its usage (version-rider.ts). */
    latest(customerRef: string, featureRef: string, zone: string) {
      const hit = entries.get(keyOf(customerRef, featureRef));
      return hit && hit.inputs.zone === zone ? hit : undefined;
    },
    set(customerRef: string, featureRef: string, version: string, inputs: CheckInputs): void {
      if (entries.size >= MAX_ENTRIES) entries.clear();
      entries.set(keyOf(customerRef, featureRef), { version, inputs });
    },
    /**
     * The entry's usage period containing `now`: the last one computed for it while `now` is still
     * inside (an entry's periods partition time, so `compute` would answer the same period).
     */
    period(inputs: CheckInputs, now: Date, compute: () => Period): Period {
      const last = periods.get(inputs);
      if (last && last.start.getTime() <= now.getTime() && now.getTime() < last.end.getTime()) return last;
      const fresh = compute();
      periods.set(inputs, fresh);
      return fresh;
    },
    get size() {
      return entries.size;
    },
  };
}

export function parseGrantRows(rows: readonly { amount: string; effective_at: Date; expires_at: Date }[]) {
  return rows.map((r) => ({
    amount: new Decimal(r.amount),
    effective_at: r.effective_at,
    expires_at: r.expires_at,
  }));
}
