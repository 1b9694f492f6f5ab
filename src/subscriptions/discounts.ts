import { type DiscountSpec, discountLines } from '../core/billing/discounts.js';
import type { LineDraft } from '../core/billing/line.js';
import type { Executor } from '../db/store.js';
import type { InvoicingDeps } from '../invoicing/deps.js';
import { ApiError } from '../shared/errors/index.js';
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

/** Redeems the coupon or promotion code given on a subscription change, if any (the discounts slice). */
export async function redeemDiscount(
  invoicing: InvoicingDeps,
  trx: Executor,
  sub: SubscriptionRow,
  input: { coupon?: string; promotion_code?: string },
  at: { now: Date; start: Date },
): Promise<void> {
  if (input.coupon === undefined && input.promotion_code === undefined) return;
  if (!invoicing.redeemOn)
    throw new ApiError('service_unavailable', 'Coupons need the discounts slice, which is not running.');
  const ref = {
    ...(input.coupon !== undefined && { coupon: input.coupon }),
    ...(input.promotion_code !== undefined && { promotion_code: input.promotion_code }),
  };
  await invoicing.redeemOn(trx, sub, ref, at);
}
