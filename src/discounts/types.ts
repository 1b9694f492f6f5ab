import type { Selectable } from 'kysely';
import type { DiscountSpec } from '../core/billing/discounts.js';
import type { Decimal } from '../core/money/decimal.js';
import type { Executor } from '../db/store.js';
import type { CouponCreate } from './coupon-rules.js';
import type { MinimumAmountInput } from './minimum-amount.js';
import type { CouponsTable, DiscountsTable, PromotionCodesTable } from './tables.js';

export type CouponRow = Selectable<CouponsTable>;
export type PromotionCodeRow = Selectable<PromotionCodesTable>;
export type DiscountRow = Selectable<DiscountsTable>;

export interface PromotionCodeCreate {
  code: string;
  coupon: string;
  max_redemptions?: number;
  expires_at?: string;
  restrictions?: { first_time_transaction?: boolean } & MinimumAmountInput;
  metadata?: Record<string, string>;
}

export interface DiscountCreate {
  coupon?: string;
  promotion_code?: string;
  subscription?: string;
}

export interface DiscountDeps {
  /** "Now" for a customer (its test clock's time when it has one); throws when it does not exist. */
  readonly nowFor: (customerId: string, executor: Executor) => Promise<Date>;
  /** The subscription's customer; throws `subscription_not_found`. */
  readonly subscriptionCustomer: (subscriptionId: string, executor: Executor) => Promise<string>;
  /**
   * A coupon's `applies_to` billable items (ids or lookup keys) as ids; throws
   * `billable_item_not_found` (param `applies_to[billable_items][i]`). Absent: taken as given.
   */
  readonly billableItemIds?: (refs: readonly string[]) => Promise<string[]>;
}

export interface DiscountService {
  createCoupon(input: CouponCreate): Promise<CouponRow>;
  getCoupon(id: string, executor?: Executor): Promise<CouponRow>;
  listCoupons(query: { limit?: number; starting_after?: string }): Promise<CouponRow[]>;
  updateCoupon(id: string, input: { name?: string; metadata?: Record<string, string> }): Promise<CouponRow>;
  deleteCoupon(id: string): Promise<CouponRow>;
  createPromotionCode(input: PromotionCodeCreate): Promise<PromotionCodeRow>;
  getPromotionCode(id: string): Promise<PromotionCodeRow>;
  listPromotionCodes(query: {
    limit?: number;
    starting_after?: string;
    code?: string;
  }): Promise<PromotionCodeRow[]>;
  updatePromotionCode(
    id: string,
    input: { active?: boolean; metadata?: Record<string, string> },
  ): Promise<PromotionCodeRow>;
  /** Redeems a coupon (directly or through a promotion code) on a customer or a subscription. */
  apply(customerId: string, input: DiscountCreate): Promise<{ discount: DiscountRow; coupon: CouponRow }>;
  /**
   * Redeems a coupon or promotion code on a subscription inside the transaction that creates or
   * updates it: `start` is when it begins to apply; an amount_off coupon must be in the
   * subscription's currency (`currency_mismatch`).
   */
  redeemOnSubscription(
    trx: Executor,
    sub: { id: string; customer_id: string; currency: string },
    input: { coupon?: string; promotion_code?: string },
    /** `subtotal`: the charges before discounts of the first invoice it applies to (minimum_amount). */
    at: { now: Date; start: Date; subtotal: Decimal },
  ): Promise<void>;
  /**
   * The discounts a simulation of the customer carries: its own (not a subscription's), or, when
   * given, a coupon or promotion code checked as a redemption would be (nothing counted) and
   * applying from `start`.
   */
  simulationSpecs(
    customerId: string,
    currency: string,
    hypothetical: { coupon?: string; promotion_code?: string },
    start: Date,
    /** The simulated charges before discounts: what a promotion code's minimum_amount is checked against. */
    subtotal: Decimal,
  ): Promise<DiscountSpec[]>;
  listFor(customerId: string): Promise<{ discount: DiscountRow; coupon: CouponRow }[]>;
  remove(customerId: string, discountId: string): Promise<{ discount: DiscountRow; coupon: CouponRow }>;
  /**
   * The discounts an invoice of this subscription carries (its own if it has any, else its
   * customer's: a subscription's discount wins, as in Stripe), in the invoice's currency.
   */
  specsFor(
    executor: Executor,
    sub: { id: string; customer_id: string; currency: string },
  ): Promise<DiscountSpec[]>;
}
