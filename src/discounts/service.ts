import type { Selectable } from 'kysely';
import type { DiscountSpec } from '../core/billing/discounts.js';
import { Decimal } from '../core/money/decimal.js';
import { normalizeCurrency } from '../core/money/index.js';
import type { Executor } from '../db/store.js';
import type { ServiceContext } from '../shared/context.js';
import { ApiError, notFound } from '../shared/errors/index.js';
import { newId } from '../shared/ids.js';
import type { CouponsTable, DiscountsTable, PromotionCodesTable } from './tables.js';
import './tables.js';
import { type CouponCreate, discountEnd, invalid, validateCoupon } from './coupon-rules.js';

export type { CouponCreate } from './coupon-rules.js';

export type CouponRow = Selectable<CouponsTable>;
export type PromotionCodeRow = Selectable<PromotionCodesTable>;
export type DiscountRow = Selectable<DiscountsTable>;

export interface PromotionCodeCreate {
  code: string;
  coupon: string;
  max_redemptions?: number;
  expires_at?: string;
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

export function createDiscountService(ctx: ServiceContext, deps: DiscountDeps): DiscountService {
  async function getCoupon(id: string, executor: Executor = ctx.db): Promise<CouponRow> {
    const row = await executor.selectFrom('coupons').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('coupon_not_found', 'coupon', id, 'coupon');
    return row;
  }
  async function getPromotionCode(id: string, executor: Executor = ctx.db): Promise<PromotionCodeRow> {
    const row = await executor
      .selectFrom('promotion_codes')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound('promotion_code_not_found', 'promotion code', id, 'promotion_code');
    return row;
  }
  /** A promotion code by its id or (case-insensitively) by the code a customer typed. */
  async function findCode(ref: string, executor: Executor): Promise<PromotionCodeRow> {
    const row = await executor
      .selectFrom('promotion_codes')
      .selectAll()
      .where((eb) => eb.or([eb('id', '=', ref), eb(eb.fn('upper', ['code']), '=', ref.toUpperCase())]))
      .orderBy('active', 'desc')
      .executeTakeFirst();
    if (!row) throw notFound('promotion_code_not_found', 'promotion code', ref, 'promotion_code');
    return row;
  }
  const notRedeemable = (param: string, why: string) => new ApiError('coupon_not_redeemable', why, { param });

  /**
   * Counts one redemption with a single conditional UPDATE: under concurrent redemptions of the
   * last one, the row lock makes exactly one of them match; the others update nothing.
   */
  async function redeemCoupon(trx: Executor, id: string, now: Date): Promise<CouponRow> {
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
    const coupon = await getCoupon(id, trx);
    if (coupon.deleted) throw notRedeemable('coupon', `Coupon ${id} was deleted.`);
    if (coupon.redeem_by && coupon.redeem_by <= now) throw notRedeemable('coupon', `Coupon ${id} expired.`);
    throw notRedeemable('coupon', `Coupon ${id} reached its max_redemptions (${coupon.max_redemptions}).`);
  }
  async function redeemCode(trx: Executor, code: PromotionCodeRow, now: Date): Promise<void> {
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
  async function withCoupons(rows: DiscountRow[], executor: Executor = ctx.db) {
    const ids = [...new Set(rows.map((r) => r.coupon_id))];
    const coupons =
      ids.length === 0
        ? []
        : await executor.selectFrom('coupons').selectAll().where('id', 'in', ids).execute();
    const byId = new Map(coupons.map((c) => [c.id, c]));
    return rows.map((discount) => ({ discount, coupon: byId.get(discount.coupon_id) as CouponRow }));
  }
  return {
    getCoupon,
    getPromotionCode,
    async createCoupon(input) {
      validateCoupon(input);
      return ctx.db
        .insertInto('coupons')
        .values({
          id: newId('co'),
          name: input.name,
          percent_off: input.percent_off === undefined ? null : new Decimal(input.percent_off).toFixed(),
          amount_off: input.amount_off === undefined ? null : new Decimal(input.amount_off).toFixed(),
          currency: input.currency === undefined ? null : (normalizeCurrency(input.currency) ?? null),
          duration: input.duration,
          duration_in_months: input.duration_in_months ?? null,
          max_redemptions: input.max_redemptions ?? null,
          times_redeemed: 0,
          redeem_by: input.redeem_by === undefined ? null : new Date(input.redeem_by),
          applies_to: JSON.stringify(input.applies_to?.billable_items ?? null),
          deleted: false,
          metadata: JSON.stringify(input.metadata ?? {}),
          created_at: ctx.clock.now(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    },
    async listCoupons(query) {
      const limit = query.limit ?? 10;
      let q = ctx.db
        .selectFrom('coupons')
        .selectAll()
        .where('deleted', '=', false)
        .orderBy('id', 'desc')
        .limit(limit + 1);
      if (query.starting_after) q = q.where('id', '<', query.starting_after);
      return q.execute();
    },
    async updateCoupon(id, input) {
      return ctx.db.transaction().execute(async (trx) => {
        const current = await getCoupon(id, trx);
        return trx
          .updateTable('coupons')
          .set({
            ...(input.name !== undefined && { name: input.name }),
            ...(input.metadata !== undefined && {
              metadata: JSON.stringify({ ...current.metadata, ...input.metadata }),
            }),
          })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow();
      });
    },
    async deleteCoupon(id) {
      await getCoupon(id);
      // Discounts already redeemed keep applying (Stripe); no new redemption.
      return ctx.db
        .updateTable('coupons')
        .set({ deleted: true })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
    },
    async createPromotionCode(input) {
      return ctx.db.transaction().execute(async (trx) => {
        const coupon = await getCoupon(input.coupon, trx);
        if (coupon.deleted) throw notRedeemable('coupon', `Coupon ${coupon.id} was deleted.`);
        const taken = await trx
          .selectFrom('promotion_codes')
          .select('id')
          .where((eb) => eb(eb.fn('upper', ['code']), '=', input.code.toUpperCase()))
          .where('active', '=', true)
          .executeTakeFirst();
        if (taken)
          throw new ApiError('conflict', `An active promotion code ${input.code} exists.`, { param: 'code' });
        return trx
          .insertInto('promotion_codes')
          .values({
            id: newId('promo'),
            code: input.code,
            coupon_id: coupon.id,
            active: true,
            max_redemptions: input.max_redemptions ?? null,
            times_redeemed: 0,
            expires_at: input.expires_at === undefined ? null : new Date(input.expires_at),
            metadata: JSON.stringify(input.metadata ?? {}),
            created_at: ctx.clock.now(),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
      });
    },
    async listPromotionCodes(query) {
      const limit = query.limit ?? 10;
      let q = ctx.db
        .selectFrom('promotion_codes')
        .selectAll()
        .orderBy('id', 'desc')
        .limit(limit + 1);
      if (query.starting_after) q = q.where('id', '<', query.starting_after);
      if (query.code)
        q = q.where((eb) => eb(eb.fn('upper', ['code']), '=', (query.code as string).toUpperCase()));
      return q.execute();
    },
    async updatePromotionCode(id, input) {
      return ctx.db.transaction().execute(async (trx) => {
        const current = await getPromotionCode(id, trx);
        return trx
          .updateTable('promotion_codes')
          .set({
            ...(input.active !== undefined && { active: input.active }),
            ...(input.metadata !== undefined && {
              metadata: JSON.stringify({ ...current.metadata, ...input.metadata }),
            }),
          })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow();
      });
    },
    async apply(customerId, input) {
      if ((input.coupon === undefined) === (input.promotion_code === undefined))
        throw invalid('coupon', 'Give exactly one of coupon and promotion_code.');
      return ctx.db.transaction().execute(async (trx) => {
        const now = await deps.nowFor(customerId, trx);
        if (input.subscription !== undefined) {
          const owner = await deps.subscriptionCustomer(input.subscription, trx);
          if (owner !== customerId)
            throw invalid('subscription', `Subscription ${input.subscription} belongs to another customer.`);
        }
        let code: PromotionCodeRow | null = null;
        if (input.promotion_code !== undefined) {
          code = await findCode(input.promotion_code, trx);
          await redeemCode(trx, code, now);
        }
        const coupon = await redeemCoupon(trx, code?.coupon_id ?? (input.coupon as string), now);
        // One discount per customer or subscription (Stripe's `discount`): a new one replaces it.
        await trx
          .updateTable('discounts')
          .set({ removed_at: now })
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
            start: now,
            end: discountEnd(coupon, now),
            removed_at: null,
            created_at: ctx.clock.now(),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return { discount, coupon };
      });
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
      const currency = sub.currency.toUpperCase();
      return (await withCoupons(chosen, executor))
        .filter(({ coupon }) => coupon.amount_off === null || coupon.currency === currency)
        .map(({ discount, coupon }) => ({
          id: discount.id,
          name: coupon.name,
          percentOff: coupon.percent_off === null ? null : new Decimal(coupon.percent_off),
          amountOff: coupon.amount_off === null ? null : new Decimal(coupon.amount_off),
          billableItems: coupon.applies_to,
          start: discount.start,
          end: discount.end,
        }));
    },
  };
}
