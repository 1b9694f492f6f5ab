import { Decimal } from '../core/money/decimal.js';
import { normalizeCurrency } from '../core/money/index.js';
import type { Executor } from '../db/store.js';
import type { ServiceContext } from '../shared/context.js';
import { newId } from '../shared/ids.js';
import { currentMode } from '../shared/request-context.js';
import { invalid, validateCoupon } from './coupon-rules.js';
import { getCoupon as couponById } from './redemption.js';
import type { DiscountDeps, DiscountService } from './types.js';

export type CouponStore = Pick<
  DiscountService,
  'createCoupon' | 'getCoupon' | 'listCoupons' | 'updateCoupon' | 'deleteCoupon'
>;

/** Coupons: made, listed, renamed and deleted (a deleted coupon's discounts keep applying). */
export function createCouponStore(
  ctx: ServiceContext,
  deps: Pick<DiscountDeps, 'billableItemIds'>,
): CouponStore {
  const getCoupon = (id: string, executor: Executor = ctx.db) => couponById(executor, id);
  return {
    getCoupon,
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
  };
}
