import type { ColumnType } from 'kysely';

type Json<T> = ColumnType<T, string, string>;
type Numeric = ColumnType<string, string, string>;

/** A coupon: what a discount takes off (percent or an amount in one currency) and for how long. */
export interface CouponsTable {
  id: string;
  name: string;
  percent_off: Numeric | null;
  amount_off: Numeric | null;
  currency: string | null;
  duration: 'once' | 'repeating' | 'forever';
  duration_in_months: number | null;
  max_redemptions: number | null;
  /** Counted by one conditional UPDATE per redemption, so concurrent redemptions never exceed the maximum. */
  times_redeemed: number;
  redeem_by: Date | null;
  /** Billable item ids; null: the whole invoice. */
  applies_to: Json<string[] | null>;
  deleted: boolean;
  metadata: Json<Record<string, string>>;
  created_at: Date;
}

/** A customer-facing code for a coupon. */
export interface PromotionCodesTable {
  id: string;
  code: string;
  coupon_id: string;
  active: boolean;
  max_redemptions: number | null;
  times_redeemed: number;
  expires_at: Date | null;
  /** Only for a customer with no paid invoice of a positive total (Stripe's restriction). */
  first_time_transaction: ColumnType<boolean, boolean | undefined, boolean>;
  /** The invoice subtotal (charges before discounts) a redemption needs, in `minimum_amount_currency`. */
  minimum_amount: ColumnType<string | null, string | null | undefined, string | null>;
  minimum_amount_currency: ColumnType<string | null, string | null | undefined, string | null>;
  metadata: Json<Record<string, string>>;
  created_at: Date;
}

/** A coupon redeemed on a customer, or on one of its subscriptions (which then wins). */
export interface DiscountsTable {
  id: string;
  coupon_id: string;
  promotion_code_id: string | null;
  customer_id: string;
  subscription_id: string | null;
  /** Redemption time (the customer's clock): charges whose service period starts then or later. */
  start: Date;
  /** once: 1 month on; repeating: N months on; forever: null. */
  end: Date | null;
  removed_at: Date | null;
  created_at: Date;
}

declare module '../db/database.js' {
  interface Database {
    coupons: CouponsTable;
    promotion_codes: PromotionCodesTable;
    discounts: DiscountsTable;
  }
}
