import { type DiscountSpec, discountLines } from '../core/billing/discounts.js';
import type { LineDraft } from '../core/billing/line.js';
import { sliceAt } from '../core/billing/periods.js';
import { type Decimal, sum } from '../core/money/decimal.js';
import type { Executor } from '../db/store.js';
import type { InvoicingDeps } from '../invoicing/deps.js';
import { ApiError } from '../shared/errors/index.js';
import { advanceFeeLines } from './period-lines.js';
import { cadenceSchedule } from './schedule.js';
import type { SubscriptionRow } from './subscription.js';

/** The discounts an invoice of `sub` carries (its own, else its customer's); none when not wired. */
export async function discountsOf(
  invoicing: InvoicingDeps,
  trx: Executor,
  sub: SubscriptionRow,
): Promise<DiscountSpec[]> {
  return (await invoicing.discountsFor?.(trx, sub)) ?? [];
}

/** `lines` followed by their discount lines (an invoice without usage: the first one). */
export async function withDiscounts(
  invoicing: InvoicingDeps,
  trx: Executor,
  sub: SubscriptionRow,
  lines: LineDraft[],
): Promise<LineDraft[]> {
  const specs = await discountsOf(invoicing, trx, sub);
  return [...lines, ...discountLines(lines, specs, sub.currency, sub.id)];
}

/**
 * The subtotal a promotion code's `minimum_amount` is checked against when it is redeemed on a
 * subscription: the license fees (before discounts) of the billing period containing `at`, at
 * `quantities`. On a create, `at` is the billing start: the first invoice's subtotal (Stripe's
 * rule). Usage is not known when a code is redeemed and does not count.
 */
export function periodFeesSubtotal(
  sub: SubscriptionRow,
  quantities: Record<string, string>,
  at: Date,
  zone: string,
): Decimal {
  const window = sliceAt(cadenceSchedule(sub, zone), at).period;
  return sum(advanceFeeLines(sub, sub.plan, quantities, window, zone).map((l) => l.amount));
}

/** Redeems the coupon or promotion code given on a subscription change, if any (the discounts slice). */
export async function redeemDiscount(
  invoicing: InvoicingDeps,
  trx: Executor,
  sub: SubscriptionRow,
  input: { coupon?: string; promotion_code?: string },
  at: { now: Date; start: Date; subtotal: () => Promise<Decimal> },
): Promise<void> {
  if (input.coupon === undefined && input.promotion_code === undefined) return;
  if (!invoicing.redeemOn)
    throw new ApiError('service_unavailable', 'Coupons need the discounts slice, which is not running.');
  const ref = {
    ...(input.coupon !== undefined && { coupon: input.coupon }),
    ...(input.promotion_code !== undefined && { promotion_code: input.promotion_code }),
  };
  await invoicing.redeemOn(trx, sub, ref, { now: at.now, start: at.start, subtotal: await at.subtotal() });
}
