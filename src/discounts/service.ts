import type { DiscountSpec } from '../core/billing/discounts.js';
import { Decimal } from '../core/money/decimal.js';
import type { Executor } from '../db/store.js';
import type { ServiceContext } from '../shared/context.js';
import { notFound } from '../shared/errors/index.js';
import { newId } from '../shared/ids.js';
import './tables.js';
import { discountEnd, invalid } from './coupon-rules.js';
import { createCouponStore } from './coupons.js';
import { assertMinimumAmount, type RedemptionSubtotal } from './minimum-amount.js';
import { createPromotionCodeStore } from './promotion-codes.js';
import {
  assertCodeRedeemable,
  assertCouponCurrency,
  assertCouponRedeemable,
  assertFirstTime,
  getCoupon as couponById,
  findCode,
  redeemCode,
  redeemCoupon,
} from './redemption.js';
import type {
  CouponRow,
  DiscountCreate,
  DiscountDeps,
  DiscountRow,
  DiscountService,
  PromotionCodeRow,
} from './types.js';

export type { CouponCreate } from './coupon-rules.js';
export type * from './types.js';

/**
 * Discounts: coupons and promotion codes (their own stores) redeemed on a customer or a
 * subscription, and the discount specs invoice assembly and simulation take.
 */
export function createDiscountService(ctx: ServiceContext, deps: DiscountDeps): DiscountService {
  async function withCoupons(rows: DiscountRow[], executor: Executor = ctx.db) {
    const ids = [...new Set(rows.map((r) => r.coupon_id))];
    const coupons =
      ids.length === 0
        ? []
        : await executor.selectFrom('coupons').selectAll().where('id', 'in', ids).execute();
    const byId = new Map(coupons.map((c) => [c.id, c]));
    return rows.map((discount) => ({ discount, coupon: byId.get(discount.coupon_id) as CouponRow }));
  }
  /** Checks a coupon or promotion code as a redemption would, without counting it. */
  async function redeemable(
    executor: Executor,
    customerId: string,
    input: { coupon?: string; promotion_code?: string },
    now: Date,
    currency?: string,
    subtotal?: RedemptionSubtotal,
  ): Promise<{ coupon: CouponRow; code: PromotionCodeRow | null }> {
    if ((input.coupon === undefined) === (input.promotion_code === undefined))
      throw invalid('coupon', 'Give exactly one of coupon and promotion_code.');
    const code = input.promotion_code === undefined ? null : await findCode(executor, input.promotion_code);
    if (code) {
      assertCodeRedeemable(code, now);
      await assertFirstTime(executor, code, customerId);
      assertMinimumAmount(code, subtotal);
    }
    const coupon = await couponById(executor, code?.coupon_id ?? (input.coupon as string));
    assertCouponRedeemable(coupon, now);
    if (currency !== undefined) assertCouponCurrency(coupon, currency, code ? 'promotion_code' : 'coupon');
    return { coupon, code };
  }
  /**
   * Redeems a coupon (directly or through a promotion code) on a customer or one of its
   * subscriptions, inside `trx`: counts it once (one conditional UPDATE each) and replaces the
   * discount in force there (one per customer or subscription, as Stripe's `discount`).
   */
  async function redeemIn(
    trx: Executor,
    customerId: string,
    input: DiscountCreate,
    at: { now: Date; start: Date; currency?: string; subtotal?: RedemptionSubtotal },
  ): Promise<{ discount: DiscountRow; coupon: CouponRow }> {
    const { code } = await redeemable(trx, customerId, input, at.now, at.currency, at.subtotal);
    if (code) await redeemCode(trx, code, at.now);
    const coupon = await redeemCoupon(trx, code?.coupon_id ?? (input.coupon as string), at.now);
    await trx
      .updateTable('discounts')
      .set({ removed_at: at.now })
      .where('customer_id', '=', customerId)
      .where('removed_at', 'is', null)
      .where((eb) =>
        input.subscription === undefined
          ? eb('subscription_id', 'is', null)
          : eb('subscription_id', '=', input.subscription),
      )
      .execute();
    const discount = await trx
      .insertInto('discounts')
      .values({
        id: newId('di'),
        coupon_id: coupon.id,
        promotion_code_id: code?.id ?? null,
        customer_id: customerId,
        subscription_id: input.subscription ?? null,
        start: at.start,
        end: discountEnd(coupon, at.start),
        removed_at: null,
        created_at: ctx.clock.now(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { discount, coupon };
  }
  return {
    ...createCouponStore(ctx, deps),
    ...createPromotionCodeStore(ctx),
    async apply(customerId, input) {
      return ctx.db.transaction().execute(async (trx) => {
        const now = await deps.nowFor(customerId, trx);
        if (input.subscription !== undefined) {
          const owner = await deps.subscriptionCustomer(input.subscription, trx);
          if (owner !== customerId)
            throw invalid('subscription', `Subscription ${input.subscription} belongs to another customer.`);
        }
        return redeemIn(trx, customerId, input, { now, start: now });
      });
    },
    async redeemOnSubscription(trx, sub, input, at) {
      await redeemIn(
        trx,
        sub.customer_id,
        { ...input, subscription: sub.id },
        { ...at, currency: sub.currency, subtotal: { amount: at.subtotal, currency: sub.currency } },
      );
    },
    async simulationSpecs(customerId, currency, hypothetical, start, subtotal) {
      const now = await deps.nowFor(customerId, ctx.db);
      if (hypothetical.coupon === undefined && hypothetical.promotion_code === undefined) {
        const rows = await ctx.db
          .selectFrom('discounts')
          .selectAll()
          .where('customer_id', '=', customerId)
          .where('removed_at', 'is', null)
          .where('subscription_id', 'is', null)
          .execute();
        return specsOf(await withCoupons(rows), currency);
      }
      // A coupon not redeemed yet: checked as a redemption would be, counted nowhere, starting at
      // the window's start; it stands in for the customer's discount, as a redemption replaces it.
      const { coupon, code } = await redeemable(ctx.db, customerId, hypothetical, now, currency, {
        amount: subtotal,
        currency,
      });
      const discount: DiscountRow = {
        id: 'di_simulated',
        coupon_id: coupon.id,
        promotion_code_id: code?.id ?? null,
        customer_id: customerId,
        subscription_id: null,
        start,
        end: discountEnd(coupon, start),
        removed_at: null,
        created_at: now,
      };
      return specsOf([{ discount, coupon }], currency);
    },
    async listFor(customerId) {
      await deps.nowFor(customerId, ctx.db);
      const rows = await ctx.db
        .selectFrom('discounts')
        .selectAll()
        .where('customer_id', '=', customerId)
        .where('removed_at', 'is', null)
        .orderBy('id')
        .execute();
      return withCoupons(rows);
    },
    async remove(customerId, discountId) {
      return ctx.db.transaction().execute(async (trx) => {
        const now = await deps.nowFor(customerId, trx);
        const row = await trx
          .updateTable('discounts')
          .set({ removed_at: now })
          .where('id', '=', discountId)
          .where('customer_id', '=', customerId)
          .where('removed_at', 'is', null)
          .returningAll()
          .executeTakeFirst();
        if (!row) throw notFound('discount_not_found', 'discount', discountId, 'discount');
        return (await withCoupons([row], trx))[0] as { discount: DiscountRow; coupon: CouponRow };
      });
    },
    async specsFor(executor, sub) {
      const rows = await executor
        .selectFrom('discounts')
        .selectAll()
        .where('customer_id', '=', sub.customer_id)
        .where('removed_at', 'is', null)
        .where((eb) => eb.or([eb('subscription_id', 'is', null), eb('subscription_id', '=', sub.id)]))
        .execute();
      if (rows.length === 0) return [];
      const own = rows.filter((r) => r.subscription_id === sub.id);
      const chosen = own.length > 0 ? own : rows;
      return specsOf(await withCoupons(chosen, executor), sub.currency);
    },
  };
}

/** Discounts as invoice assembly takes them; an amount_off coupon in another currency takes nothing off. */
function specsOf(rows: { discount: DiscountRow; coupon: CouponRow }[], currency: string): DiscountSpec[] {
  const upper = currency.toUpperCase();
  return rows
    .filter(({ coupon }) => coupon.amount_off === null || coupon.currency === upper)
    .map(({ discount, coupon }) => ({
      id: discount.id,
      name: coupon.name,
      percentOff: coupon.percent_off === null ? null : new Decimal(coupon.percent_off),
      amountOff: coupon.amount_off === null ? null : new Decimal(coupon.amount_off),
      billableItems: coupon.applies_to,
      start: discount.start,
      end: discount.end,
    }));
}
