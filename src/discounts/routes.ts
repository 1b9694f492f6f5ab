import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ListOf } from '../http/openapi/index.js';
import { page } from '../http/pagination.js';
import {
  CurrencyCode,
  Id,
  IdParams,
  ListQuery,
  Metadata,
  NonNegativeDecimalString,
  Obj,
  Timestamp,
} from '../http/schemas.js';
import { Coupon, couponJson, Discount, discountJson, PromotionCode, promotionCodeJson } from './json.js';
import type { DiscountService } from './service.js';

const tags = ['discounts'];
const Name = Type.String({ minLength: 1, maxLength: 200 });

export function discountRoutes(discounts: DiscountService): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/v1/coupons',
      {
        schema: {
          operationId: 'coupons.create',
          response: { 200: Coupon },
          tags,
          summary: 'Create a coupon (percent or amount off; once, repeating for N months, or forever)',
          body: Obj({
            name: Name,
            percent_off: Type.Optional(NonNegativeDecimalString),
            amount_off: Type.Optional(NonNegativeDecimalString),
            currency: Type.Optional(CurrencyCode),
            duration: Type.Union([Type.Literal('once'), Type.Literal('repeating'), Type.Literal('forever')]),
            duration_in_months: Type.Optional(Type.Integer({ minimum: 1, maximum: 120 })),
            max_redemptions: Type.Optional(Type.Integer({ minimum: 1 })),
            redeem_by: Type.Optional(Timestamp),
            applies_to: Type.Optional(
              Obj({ billable_items: Type.Array(Id, { minItems: 1, maxItems: 100 }) }),
            ),
            metadata: Type.Optional(Metadata),
          }),
        },
      },
      async (req) => couponJson(await discounts.createCoupon(req.body)),
    );
    app.get(
      '/v1/coupons',
      {
        schema: {
          operationId: 'coupons.list',
          response: { 200: ListOf(Coupon) },
          tags,
          summary: 'List coupons (not deleted)',
          querystring: Obj({ ...ListQuery }),
        },
      },
      async (req) =>
        page(
          (await discounts.listCoupons(req.query)).map((c) => couponJson(c)),
          req.query.limit ?? 10,
        ),
    );
    app.get(
      '/v1/coupons/:id',
      {
        schema: {
          operationId: 'coupons.retrieve',
          response: { 200: Coupon },
          tags,
          summary: 'Retrieve a coupon',
          params: IdParams,
        },
      },
      async (req) => couponJson(await discounts.getCoupon(req.params.id)),
    );
    app.post(
      '/v1/coupons/:id',
      {
        schema: {
          operationId: 'coupons.update',
          response: { 200: Coupon },
          tags,
          summary: 'Update a coupon (its name and metadata; what it takes off never changes)',
          params: IdParams,
          body: Obj({ name: Type.Optional(Name), metadata: Type.Optional(Metadata) }),
        },
      },
      async (req) => couponJson(await discounts.updateCoupon(req.params.id, req.body)),
    );
    app.delete(
      '/v1/coupons/:id',
      {
        schema: {
          operationId: 'coupons.delete',
          response: { 200: Coupon },
          tags,
          summary: 'Delete a coupon: no new redemptions; discounts already applied keep applying',
          params: IdParams,
        },
      },
      async (req) => couponJson(await discounts.deleteCoupon(req.params.id)),
    );
    app.post(
      '/v1/promotion_codes',
      {
        schema: {
          operationId: 'promotion_codes.create',
          response: { 200: PromotionCode },
          tags,
          summary: 'Create a customer-facing code for a coupon',
          body: Obj({
            code: Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' }),
            coupon: Id,
            max_redemptions: Type.Optional(Type.Integer({ minimum: 1 })),
            expires_at: Type.Optional(Timestamp),
            restrictions: Type.Optional(
              Obj({
                first_time_transaction: Type.Optional(
                  Type.Boolean({ description: 'Only customers who never paid an invoice.' }),
                ),
                minimum_amount: Type.Optional({
                  ...NonNegativeDecimalString,
                  description:
                    'The invoice subtotal (charges before discounts) a redemption needs, e.g. "50.00"; with minimum_amount_currency.',
                }),
                minimum_amount_currency: Type.Optional(CurrencyCode),
              }),
            ),
            metadata: Type.Optional(Metadata),
          }),
        },
      },
      async (req) => promotionCodeJson(await discounts.createPromotionCode(req.body)),
    );
    app.get(
      '/v1/promotion_codes',
      {
        schema: {
          operationId: 'promotion_codes.list',
          response: { 200: ListOf(PromotionCode) },
          tags,
          summary: 'List promotion codes',
          querystring: Obj({ ...ListQuery, code: Type.Optional(Type.String({ maxLength: 100 })) }),
        },
      },
      async (req) =>
        page((await discounts.listPromotionCodes(req.query)).map(promotionCodeJson), req.query.limit ?? 10),
    );
    app.get(
      '/v1/promotion_codes/:id',
      {
        schema: {
          operationId: 'promotion_codes.retrieve',
          response: { 200: PromotionCode },
          tags,
          summary: 'Retrieve a promotion code',
          params: IdParams,
        },
      },
      async (req) => promotionCodeJson(await discounts.getPromotionCode(req.params.id)),
    );
    app.post(
      '/v1/promotion_codes/:id',
      {
        schema: {
          operationId: 'promotion_codes.update',
          response: { 200: PromotionCode },
          tags,
          summary: 'Activate or deactivate a promotion code',
          params: IdParams,
          body: Obj({ active: Type.Optional(Type.Boolean()), metadata: Type.Optional(Metadata) }),
        },
      },
      async (req) => promotionCodeJson(await discounts.updatePromotionCode(req.params.id, req.body)),
    );
    app.post(
      '/v1/customers/:id/discounts',
      {
        schema: {
          operationId: 'customers.create_discount',
          response: { 200: Discount },
          tags,
          summary:
            'Redeem a coupon or a promotion code on a customer, or on one of its subscriptions (which then wins)',
          params: IdParams,
          body: Obj({
            coupon: Type.Optional(Id),
            promotion_code: Type.Optional(
              Type.String({ minLength: 1, maxLength: 255, description: 'Its id or the code itself.' }),
            ),
            subscription: Type.Optional(Id),
          }),
        },
      },
      async (req) => discountJson(await discounts.apply(req.params.id, req.body)),
    );
    app.get(
      '/v1/customers/:id/discounts',
      {
        schema: {
          operationId: 'customers.list_discounts',
          response: { 200: ListOf(Discount) },
          tags,
          summary: "A customer's discounts in force (its own and its subscriptions')",
          params: IdParams,
        },
      },
      async (req) => page((await discounts.listFor(req.params.id)).map(discountJson), 100),
    );
    app.delete(
      '/v1/customers/:id/discounts/:discount',
      {
        schema: {
          operationId: 'customers.delete_discount',
          response: { 200: Discount },
          tags,
          summary: 'Remove a discount: invoices made from now on no longer carry it',
          params: Obj({ id: Id, discount: Id }),
        },
      },
      async (req) => discountJson(await discounts.remove(req.params.id, req.params.discount)),
    );
  };
}
