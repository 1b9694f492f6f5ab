import type { Subscription } from '../../api/types.js';
import { type PlanFee, type ProrationPreview, prorationPreview, type Quantities } from './proration.js';

/** A subscription's license-fee quantities by fee id. */
export function currentQuantities(sub: Subscription): Quantities {
  return Object.fromEntries(
    Object.entries(sub.component_configurations ?? {}).map(([k, v]) => [k, v.quantity]),
  );
}

/**
 * The proration of moving `sub` from its fees to `newFees` × `newQuantities` now, or undefined
 * while the fees load (or when the subscription has no current period yet).
 */
export function subscriptionProration(
  sub: Subscription,
  oldFees: PlanFee[] | undefined,
  newFees: PlanFee[] | undefined,
  newQuantities: Quantities,
  currency: string,
): ProrationPreview | undefined {
  if (!oldFees || !newFees || !sub.current_period_start || !sub.current_period_end) return undefined;
  return prorationPreview({
    oldFees,
    oldQuantities: currentQuantities(sub),
    newFees,
    newQuantities,
    start: sub.current_period_start,
    end: sub.current_period_end,
    at: new Date(),
    currency,
  });
}
