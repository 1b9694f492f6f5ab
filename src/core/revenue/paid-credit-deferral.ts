import type { Decimal } from '../money/decimal.js';
import { roundAmount } from '../money/money.js';

/**
 * A paid grant as its deferral sees it. A grant sold on an invoice holds what the customer paid
 * (`amount`, tax included when the price included it) but only the net entered deferred revenue
 * (`deferred`, recorded when the selling invoice finalized). Null: a grant from before that was
 * recorded, or not sold on an invoice; it deferred its amount.
 */
export interface GrantDeferral {
  readonly amount: Decimal;
  readonly deferred: Decimal | null;
  readonly currency: string;
}

/** Whether consuming the grant releases less deferred revenue than the credits consumed. */
export function proportional(grant: GrantDeferral): boolean {
  return grant.deferred !== null && !grant.deferred.eq(grant.amount) && !grant.amount.isZero();
}

/** The deferred net released once `consumed` of the grant's credits are used, rounded once. */
function releasedAt(grant: GrantDeferral, consumed: Decimal): Decimal {
  return roundAmount(consumed.times(grant.deferred ?? grant.amount).dividedBy(grant.amount), grant.currency);
}

/**
 * The deferred revenue released when `consumed` credits of the grant pay an invoice, after
 * `before` had been consumed by the invoices it paid earlier: the grant's deferred net in
 * proportion, as the difference of two cumulative roundings. The shares of successive invoices
 * therefore add up to exactly the deferred net when the grant is used up (¥11,000 of credits
 * bought for ¥10,000 net and ¥1,000 of included tax release ¥10,000 in total, never ¥10,001).
 */
export function deferredShare(grant: GrantDeferral, before: Decimal, consumed: Decimal): Decimal {
  if (!proportional(grant)) return consumed;
  return releasedAt(grant, before.plus(consumed)).minus(releasedAt(grant, before));
}

/**
 * What the grant still holds in deferred revenue once `consumed` (net of credit given back) has
 * been used: what its breakage books when the rest expires, so that the grant's deferred revenue
 * ends at zero. Null when the grant is not proportional (its breakage is what was written off).
 */
export function deferredLeft(grant: GrantDeferral, consumed: Decimal): Decimal | null {
  if (!proportional(grant)) return null;
  return (grant.deferred as Decimal).minus(releasedAt(grant, consumed));
}
