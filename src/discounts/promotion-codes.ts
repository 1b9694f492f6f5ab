import type { Executor } from '../db/store.js';
import type { ServiceContext } from '../shared/context.js';
import { ApiError, notFound } from '../shared/errors/index.js';
import { newId } from '../shared/ids.js';
import { minimumAmountOf } from './minimum-amount.js';
import { getCoupon, notRedeemable } from './redemption.js';
import type { DiscountService, PromotionCodeRow } from './types.js';

export type PromotionCodeStore = Pick<
  DiscountService,
  'createPromotionCode' | 'getPromotionCode' | 'listPromotionCodes' | 'updatePromotionCode'
>;

/** Promotion codes: the customer-facing codes of a coupon, unique among active codes whatever their case. */
export function createPromotionCodeStore(ctx: ServiceContext): PromotionCodeStore {
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
  return {
    getPromotionCode,
    async createPromotionCode(input) {
      return ctx.db.transaction().execute(async (trx) => {
        const coupon = await getCoupon(trx, input.coupon);
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
  };
}
