import { Type } from 'typebox';
import { Decimal } from '../core/money/decimal.js';
import { formatAmount } from '../core/money/money.js';
import { Nullable } from '../http/openapi/index.js';
import { Metadata, Timestamp } from '../http/schemas.js';
import type { CouponRow, DiscountRow, PromotionCodeRow } from './service.js';

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

export const Coupon = Type.Object(
  {
    id: Type.String(),
    object: Type.Literal('coupon'),
    name: Type.String(),
    percent_off: Nullable(Type.String({ examples: ['20'] })),
    amount_off: Nullable(Type.String({ examples: ['10.00'] })),
    currency: Nullable(Type.String()),
    duration: Type.Union([Type.Literal('once'), Type.Literal('repeating'), Type.Literal('forever')]),
    duration_in_months: Nullable(Type.Integer()),
    max_redemptions: Nullable(Type.Integer()),
    times_redeemed: Type.Integer(),
    redeem_by: Nullable(Timestamp),
    applies_to: Nullable(Type.Object({ billable_items: Type.Array(Type.String()) })),
    valid: Type.Boolean({
      description: 'Whether it can still be redeemed (not deleted, expired or used up).',
    }),
    deleted: Type.Boolean(),
    metadata: Metadata,
    created_at: Timestamp,
  },
  { title: 'Coupon' },
);

export const PromotionCode = Type.Object(
  {
    id: Type.String(),
    object: Type.Literal('promotion_code'),
    code: Type.String(),
    coupon: Type.String(),
    active: Type.Boolean(),
    max_redemptions: Nullable(Type.Integer()),
    times_redeemed: Type.Integer(),
    expires_at: Nullable(Timestamp),
    restrictions: Type.Object({
      first_time_transaction: Type.Boolean(),
      minimum_amount: Nullable(Type.String()),
      minimum_amount_currency: Nullable(Type.String()),
    }),
    metadata: Metadata,
    created_at: Timestamp,
  },
  { title: 'PromotionCode' },
);

export const Discount = Type.Object(
  {
    id: Type.String(),
    object: Type.Literal('discount'),
    coupon: Coupon,
    promotion_code: Nullable(Type.String()),
    customer: Type.String(),
    subscription: Nullable(Type.String()),
    start: Timestamp,
    end: Nullable(Timestamp),
    removed_at: Nullable(Timestamp),
  },
  { title: 'Discount' },
);

export function couponJson(c: CouponRow, now: Date = new Date()) {
  const usedUp = c.max_redemptions !== null && c.times_redeemed >= c.max_redemptions;
  const expired = c.redeem_by !== null && c.redeem_by <= now;
  return {
    id: c.id,
    object: 'coupon' as const,
    name: c.name,
    percent_off: c.percent_off === null ? null : new Decimal(c.percent_off).toFixed(),
    amount_off: c.amount_off === null ? null : formatAmount(new Decimal(c.amount_off), c.currency ?? 'USD'),
    currency: c.currency,
    duration: c.duration,
    duration_in_months: c.duration_in_months,
    max_redemptions: c.max_redemptions,
    times_redeemed: c.times_redeemed,
    redeem_by: iso(c.redeem_by),
    applies_to: c.applies_to === null ? null : { billable_items: c.applies_to },
    valid: !c.deleted && !usedUp && !expired,
    deleted: c.deleted,
    metadata: c.metadata,
    created_at: c.created_at.toISOString(),
  };
}

export function promotionCodeJson(p: PromotionCodeRow) {
  return {
    id: p.id,
    object: 'promotion_code' as const,
    code: p.code,
    coupon: p.coupon_id,
    active: p.active,
    max_redemptions: p.max_redemptions,
    times_redeemed: p.times_redeemed,
    expires_at: iso(p.expires_at),
    restrictions: {
      first_time_transaction: p.first_time_transaction,
      minimum_amount:
        p.minimum_amount === null
          ? null
          : formatAmount(new Decimal(p.minimum_amount), p.minimum_amount_currency ?? 'USD'),
      minimum_amount_currency: p.minimum_amount_currency,
    },
    metadata: p.metadata,
    created_at: p.created_at.toISOString(),
  };
}

export function discountJson({ discount: d, coupon }: { discount: DiscountRow; coupon: CouponRow }) {
  return {
    id: d.id,
    object: 'discount' as const,
    coupon: couponJson(coupon),
    promotion_code: d.promotion_code_id,
    customer: d.customer_id,
    subscription: d.subscription_id,
    start: d.start.toISOString(),
    end: iso(d.end),
    removed_at: iso(d.removed_at),
  };
}
