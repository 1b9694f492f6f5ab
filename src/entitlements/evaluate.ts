import { Decimal, ZERO } from '../core/money/decimal.js';
import type { Period } from '../core/time/period.js';
import type { FeatureType, Overage } from './tables.js';

/** A feature as a plan grants it, with decimals parsed. */
export interface Grant {
  readonly type: FeatureType;
  readonly enabled: boolean;
  /** Metered: the plan's limit per period (null: unlimited) and the optional soft limit. */
  readonly limit: Decimal | null;
  readonly softLimit: Decimal | null;
  readonly overage: Overage;
}

export interface MeteredState {
  readonly usage: Decimal;
  /** The plan's limit plus the extra usage granted and effective now. */
  readonly limit: Decimal | null;
  /** What is left before the limit (never negative); null when unlimited. */
  readonly balance: Decimal | null;
  readonly limitReached: boolean;
  readonly softLimitReached: boolean;
  readonly period: Period;
}

export interface EntitlementState {
  readonly allowed: boolean;
  readonly reason: 'ok' | 'disabled' | 'limit_reached' | 'overage';
  readonly metered: MeteredState | null;
}

/**
 * Whether one more use is allowed now. A boolean or static feature is allowed when enabled. A
 * metered feature compares the period's usage with the limit raised by grants: `block` refuses
 * once usage has reached it (a hard limit), `allow` (overage billed at the rate card) and
 * `notify` keep answering allowed and report the overage. Pure: the service supplies the numbers.
 */
export function evaluate(grant: Grant, usage: Decimal, extra: Decimal, period: Period): EntitlementState {
  if (!grant.enabled) return { allowed: false, reason: 'disabled', metered: null };
  if (grant.type !== 'metered') return { allowed: true, reason: 'ok', metered: null };
  const limit = grant.limit === null ? null : grant.limit.plus(extra);
  const limitReached = limit !== null && usage.gte(limit);
  const softLimitReached = grant.softLimit !== null && usage.gte(grant.softLimit);
  const balance = limit === null ? null : Decimal.max(limit.minus(usage), ZERO);
  const metered = { usage, limit, balance, limitReached, softLimitReached, period };
  if (!limitReached) return { allowed: true, reason: 'ok', metered };
  return grant.overage === 'block'
    ? { allowed: false, reason: 'limit_reached', metered }
    : { allowed: true, reason: 'overage', metered };
}

export function parseGrant(row: {
  type: FeatureType;
  enabled: boolean;
  limit: string | null;
  soft_limit: string | null;
  overage: Overage;
}): Grant {
  return {
    type: row.type,
    enabled: row.enabled,
    limit: row.limit === null ? null : new Decimal(row.limit),
    softLimit: row.soft_limit === null ? null : new Decimal(row.soft_limit),
    overage: row.overage,
  };
}
