import type { Selectable } from 'kysely';
import type { Executor } from '../db/store.js';
import { ApiError, notFound } from '../shared/errors/index.js';
import type { CouponsTable, PromotionCodesTable } from './tables.js';

type CouponRow = Selectable<CouponsTable>;
type PromotionCodeRow = Selectable<PromotionCodesTable>;

/**
 * Whether a coupon or a promotion code can be redeemed, and counting a redemption: a count moves
 * with a single conditional UPDATE, so under concurrent redemptions of the last one the row lock
 * lets exactly one match; the others update nothing and are refused.
 */
export const notRedeemable = (param: string, why: string) =>
  new ApiError('coupon_not_redeemable', why, { param });

export async function getCoupon(executor: Executor, id: string): Promise<CouponRow> {
  const row = await executor.selectFrom('coupons').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('coupon_not_found', 'coupon', id, 'coupon');
  return row;
}

/** A promotion code by its id or (case-insensitively) by the code a customer typed. */
export async function findCode(executor: Executor, ref: string): Promise<PromotionCodeRow> {
  const row = await executor
    .selectFrom('promotion_codes')
    .selectAll()
    .where((eb) => eb.or([eb('id', '=', ref), eb(eb.fn('upper', ['code']), '=', ref.toUpperCase())]))
    // The id first (an exact reference), then an active code before the inactive ones of that text.
    .orderBy((eb) => eb('id', '=', ref), 'desc')
    .orderBy('active', 'desc')
    .executeTakeFirst();
  if (!row) throw notFound('promotion_code_not_found', 'promotion code', ref, 'promotion_code');
  return row;
}

/** Throws `coupon_not_redeemable` saying why, when the coupon cannot be redeemed at `now`. */
export function assertCouponRedeemable(coupon: CouponRow, now: Date): void {
  if (coupon.deleted) throw notRedeemable('coupon', `Coupon ${coupon.id} was deleted.`);
  if (coupon.redeem_by && coupon.redeem_by <= now)
    throw notRedeemable('coupon', `Coupon ${coupon.id} expired.`);
  if (coupon.max_redemptions !== null && coupon.times_redeemed >= coupon.max_redemptions)
    throw notRedeemable(
      'coupon',
      `Coupon ${coupon.id} reached its max_redemptions (${coupon.max_redemptions}).`,
    );
}

export function assertCodeRedeemable(code: PromotionCodeRow, now: Date): void {
  const usedUp = code.max_redemptions !== null && code.times_redeemed >= code.max_redemptions;
  if (!code.active || usedUp || (code.expires_at && code.expires_at <= now))
    throw notRedeemable('promotion_code', `Promotion code ${code.code} is inactive, expired or used up.`);
}

/** An amount_off coupon takes off only in its own currency. */
export function assertCouponCurrency(coupon: CouponRow, currency: string, param: string): void {
  if (coupon.amount_off !== null && coupon.currency !== currency.toUpperCase())
    throw new ApiError(
      'currency_mismatch',
      `Coupon ${coupon.id} takes off ${coupon.currency}; this is billed in ${currency.toUpperCase()}.`,
      { param },
    );
}

export async function redeemCoupon(trx: Executor, id: string, now: Date): Promise<CouponRow> {
  const row = await trx
    .updateTable('coupons')
    .set((eb) => ({ times_redeemed: eb('times_redeemed', '+', 1) }))
    .where('id', '=', id)
    .where('deleted', '=', false)
    .where((eb) =>
      eb.or([eb('max_redemptions', 'is', null), eb('times_redeemed', '<', eb.ref('max_redemptions'))]),
    )
    .where((eb) => eb.or([eb('redeem_by', 'is', null), eb('redeem_by', '>', now)]))
    .returningAll()
    .executeTakeFirst();
  if (row) return row;
  const coupon = await getCoupon(trx, id);
  assertCouponRedeemable(coupon, now);
  throw notRedeemable('coupon', `Coupon ${id} reached its max_redemptions (${coupon.max_redemptions}).`);
}

export async function redeemCode(trx: Executor, code: PromotionCodeRow, now: Date): Promise<void> {
  const row = await trx
    .updateTable('promotion_codes')
    .set((eb) => ({ times_redeemed: eb('times_redeemed', '+', 1) }))
    .where('id', '=', code.id)
    .where('active', '=', true)
    .where((eb) =>
      eb.or([eb('max_redemptions', 'is', null), eb('times_redeemed', '<', eb.ref('max_redemptions'))]),
    )
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
    .returning('id')
    .executeTakeFirst();
  if (!row)
    throw notRedeemable('promotion_code', `Promotion code ${code.code} is inactive, expired or used up.`);
}

/** `first_time_transaction`: refused once the customer paid an invoice of a positive total. */
export async function assertFirstTime(
  executor: Executor,
  code: PromotionCodeRow,
  customerId: string,
): Promise<void> {
  if (!code.first_time_transaction) return;
  const paid = await executor
    .selectFrom('invoices')
    .select('id')
    .where('customer_id', '=', customerId)
    .where('status', '=', 'paid')
    .where('total', '>', '0')
    .limit(1)
    .executeTakeFirst();
  if (paid)
    throw notRedeemable(
      'promotion_code',
      `Promotion code ${code.code} is for first-time customers; customer ${customerId} has paid an invoice.`,
    );
}
