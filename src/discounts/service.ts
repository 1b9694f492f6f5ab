import type { Selectable } from 'kysely';
import type { DiscountSpec } from '../core/billing/discounts.js';
import { Decimal } from '../core/money/decimal.js';
import { normalizeCurrency } from '../core/money/index.js';
import type { Executor } from '../db/store.js';
import type { ServiceContext } from '../shared/context.js';
import { ApiError, notFound } from '../shared/errors/index.js';
import { newId } from '../shared/ids.js';
import { currentMode } from '../shared/request-context.js';
import type { CouponsTable, DiscountsTable, PromotionCodesTable } from './tables.js';
import './tables.js';
import { type CouponCreate, discountEnd, invalid, validateCoupon } from './coupon-rules.js';
import {
  assertMinimumAmount,
  type MinimumAmountInput,
  minimumAmountOf,
  type RedemptionSubtotal,
} from './minimum-amount.js';
import {
  assertCodeRedeemable,
  assertCouponCurrency,
  assertCouponRedeemable,
  assertFirstTime,
  getCoupon as couponById,
  findCode,
  notRedeemable,
  redeemCode,
  redeemCoupon,
} from './redemption.js';

export type { CouponCreate } from './coupon-rules.js';

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

export function createDiscountService(ctx: ServiceContext, deps: DiscountDeps): DiscountService {
  const getCoupon = (id: string, executor: Executor = ctx.db) => couponById(executor, id);
  /** An active code's text is unique, whatever its case (the partial unique index on upper(code)). */
  async function assertCodeFree(trx: Executor, code: string, param: string): Promise<void> {
    const taken = await trx
      .selectFrom('promotion_codes')
      .select('id')
      .where((eb) => eb(eb.fn('upper', ['code']), '=', code.toUpperCase()))
      .where('active', '=', true)
      .executeTakeFirst();
    if (taken) throw new ApiError('conflict', `An active promotion code ${code} exists.`, { param });
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
    getCoupon,
    getPromotionCode,
    async createCoupon(input) {
      validateCoupon(input);
      // A coupon nobody could ever redeem is a mistake. Test mode may aim it at a test clock's
      // time, which can be behind the real one, so only live mode compares with now.
      if (
        input.redeem_by !== undefined &&
        currentMode() === 'live' &&
        new Date(input.redeem_by).getTime() <= ctx.clock.now().getTime()
      )
        throw invalid('redeem_by', `redeem_by must be in the future (${input.redeem_by}).`);
      const refs = input.applies_to?.billable_items;
      const items = refs === undefined ? null : ((await deps.billableItemIds?.(refs)) ?? refs);
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
          applies_to: JSON.stringify(items),
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
        // A code a customer types must never be read as another code's id (findCode takes both).
        if (/^promo_/i.test(input.code))
          throw new ApiError(
            'parameter_invalid',
            'A promotion code cannot start with "promo_" (the prefix of promotion code ids).',
            {
              param: 'code',
            },
          );
        await assertCodeFree(trx, input.code, 'code');
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
            first_time_transaction: input.restrictions?.first_time_transaction ?? false,
            ...minimumAmountOf(input.restrictions),
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
        // Reactivating a code whose text another active code took since: refused, as a create is.
        if (input.active === true && !current.active) await assertCodeFree(trx, current.code, 'active');
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
