import { Decimal } from '../money/decimal.js';

/** Which charges a grant may pay for: every metered charge, or charges for listed billable items. */
export type Applicability = { readonly scope: 'metered' } | { readonly billableItems: readonly string[] };

/** A grant as burn-down sees it: what is left of it now, and how it ranks. */
export interface GrantBalance {
  readonly id: string;
  readonly remaining: Decimal;
  readonly priority: number;
  readonly effectiveAt: Date;
  readonly expiresAt: Date | null;
  /** Creation order: ids are ULIDs, so the older grant has the smaller id. */
  readonly createdAt: Date;
  readonly applicability: Applicability;
}

/** Something credits may pay for: an invoice line, or usage priced so far in an open interval. */
export interface Charge {
  readonly key: string;
  readonly billableItemId: string | null;
  readonly metered: boolean;
  readonly amount: Decimal;
  /** When set, only grants valid at some time in this period may pay (an invoice line's service period). */
  readonly period?: { readonly start: Date; readonly end: Date };
}

export interface Application {
  readonly chargeKey: string;
  readonly grantId: string;
  readonly amount: Decimal;
}

export function isEligible(grant: GrantBalance, charge: Charge): boolean {
  if (charge.period) {
    if (grant.effectiveAt.getTime() >= charge.period.end.getTime()) return false;
    if (grant.expiresAt && grant.expiresAt.getTime() <= charge.period.start.getTime()) return false;
  }
  const applicability = grant.applicability;
  if ('scope' in applicability) return charge.metered;
  return charge.billableItemId !== null && applicability.billableItems.includes(charge.billableItemId);
}

/**
 * DESIGN 4: lowest priority number first, then soonest expiry (a grant that never expires comes
 * last), then oldest; ids break the remaining ties so the order is total and deterministic.
 */
export function compareGrants(a: GrantBalance, b: GrantBalance): number {
  if (a.priority !== b.priority) return a.priority - b.priority;
  const ea = a.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const eb = b.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY;
  if (ea !== eb) return ea < eb ? -1 : 1;
  const ca = a.createdAt.getTime();
  const cb = b.createdAt.getTime();
  if (ca !== cb) return ca - cb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function orderGrants<G extends GrantBalance>(grants: readonly G[]): G[] {
  return [...grants].sort(compareGrants);
}

/**
 * Burns grants down against charges, charge by charge in the given order, each charge drawing on
 * its eligible grants in grant order. Never takes more than a grant has left or a charge costs;
 * negative or zero charges take nothing. Returns the applications and what each grant has left.
 */
export function burnDown(
  grants: readonly GrantBalance[],
  charges: readonly Charge[],
): { applications: Application[]; remaining: Map<string, Decimal> } {
  const ordered = orderGrants(grants);
  const remaining = new Map<string, Decimal>(
    ordered.map((g) => [g.id, Decimal.max(g.remaining, new Decimal(0))]),
  );
  const applications: Application[] = [];
  for (const charge of charges) {
    let owed = Decimal.max(charge.amount, new Decimal(0));
    for (const grant of ordered) {
      if (owed.isZero()) break;
      if (!isEligible(grant, charge)) continue;
      const left = remaining.get(grant.id) as Decimal;
      if (left.isZero()) continue;
      const take = Decimal.min(left, owed);
      remaining.set(grant.id, left.minus(take));
      owed = owed.minus(take);
      applications.push({ chargeKey: charge.key, grantId: grant.id, amount: take });
    }
  }
  return { applications, remaining };
}
