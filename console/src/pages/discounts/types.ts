/** The discount objects as the API returns them (src/discounts/json.ts). */
export interface Coupon {
  id: string;
  name: string;
  percent_off: string | null;
  amount_off: string | null;
  currency: string | null;
  duration: 'once' | 'repeating' | 'forever';
  duration_in_months: number | null;
  max_redemptions: number | null;
  times_redeemed: number;
  redeem_by: string | null;
  valid: boolean;
}

export interface PromotionCode {
  id: string;
  code: string;
  coupon: string;
  active: boolean;
  max_redemptions: number | null;
  times_redeemed: number;
  expires_at: string | null;
  restrictions: {
    first_time_transaction: boolean;
    minimum_amount: string | null;
    minimum_amount_currency: string | null;
  };
}
