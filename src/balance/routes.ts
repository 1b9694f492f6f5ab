import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { normalizeCurrency } from '../core/money/currency.js';
import { Decimal } from '../core/money/decimal.js';
import { roundAmount } from '../core/money/money.js';
import type { CustomerService } from '../customers/service.js';
import type { Db, Executor } from '../db/store.js';
import { ListOf } from '../http/openapi/index.js';
import { page } from '../http/pagination.js';
import { CurrencyCode, DecimalString, IdParams, ListQuery, Obj } from '../http/schemas.js';
import { ApiError } from '../shared/errors/index.js';
import { BalanceTransaction } from './balance-schema.js';
import { type BalanceService, balanceTransactionJson } from './service.js';

const tags = ['customer balance'];

export function balanceRoutes(
  db: Db,
  balance: BalanceService,
  customers: CustomerService,
  nowFor: (customerId: string, executor: Executor) => Promise<Date>,
): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/v1/customers/:id/balance_transactions',
      {
        schema: {
          operationId: 'customer_balance_transactions.list',
          response: { 200: ListOf(BalanceTransaction) },
          tags,
          summary: 'The customer balance ledger (negative: credit the customer holds)',
          params: IdParams,
          querystring: Obj({ ...ListQuery }),
        },
      },
      async (req) => {
        const customer = await customers.get(req.params.id);
        const rows = await balance.list(customer.id, req.query);
        return page(rows.map(balanceTransactionJson), req.query.limit ?? 10);
      },
    );
    app.post(
      '/v1/customers/:id/balance_transactions',
      {
        schema: {
          operationId: 'customer_balance_transactions.create',
          response: { 200: BalanceTransaction },
          tags,
          summary: 'Adjust the customer balance by hand (negative credits the customer)',
          params: IdParams,
          body: Obj({
            amount: DecimalString,
            currency: CurrencyCode,
            description: Type.Optional(Type.String({ maxLength: 500 })),
          }),
        },
      },
      async (req) => {
        const currency = normalizeCurrency(req.body.currency);
        if (!currency)
          throw new ApiError('invalid_currency', `'${req.body.currency}' is not an ISO 4217 currency.`, {
            param: 'currency',
          });
        // Rounded to the currency's minor unit, like every amount the ledger holds.
        const amount = roundAmount(new Decimal(req.body.amount), currency);
        if (amount.isZero())
          throw new ApiError('parameter_invalid', `${req.body.amount} ${currency} rounds to 0.`, {
            param: 'amount',
          });
        return db.transaction().execute(async (trx) => {
          const customer = await customers.get(req.params.id, trx);
          const row = await balance.record(trx, {
            customerId: customer.id,
            currency,
            amount,
            type: 'adjustment',
            description: req.body.description ?? null,
            at: await nowFor(customer.id, trx),
          });
          return balanceTransactionJson(row);
        });
      },
    );
  };
}
