import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponse } from '../http/openapi/standard-errors.js';
import { page } from '../http/pagination.js';
import { IdParams, ListOf } from '../http/schemas.js';
import type { ServiceContext } from '../shared/context.js';
import { autoTopUpJson, setAutoTopUp } from './auto-top-up.js';
import type { CreditsService } from './credits.js';
import { AutoTopUp, CreditBalance, CreditGrant, CreditTransaction, TopUp } from './json-schemas.js';
import {
  AutoTopUpUpdate,
  CreditGrantCreate,
  CreditGrantListQuery,
  CreditTransactionListQuery,
  TopUpCreate,
} from './schemas.js';
import { parseCurrency } from './service.js';
import { topUpJson } from './top-ups.js';

const tags = ['credits'];

export function creditRoutes(ctx: ServiceContext, credits: CreditsService): FastifyPluginAsyncTypebox {
  const { grants } = credits;
  return async (app) => {
    app.post(
      '/v1/credit_grants',
      {
        schema: {
          tags,
          operationId: 'credit_grants.create',
          summary: 'Grant credits to a customer',
          body: CreditGrantCreate,
          response: { 200: CreditGrant },
        },
      },
      async (req) => grants.json(await grants.create(req.body)),
    );
    app.get(
      '/v1/credit_grants/:id',
      {
        schema: {
          tags,
          operationId: 'credit_grants.retrieve',
          summary: 'Retrieve a credit grant',
          params: IdParams,
          response: { 200: CreditGrant },
        },
      },
      async (req) => grants.json(await grants.get(req.params.id)),
    );
    app.get(
      '/v1/credit_grants',
      {
        schema: {
          tags,
          operationId: 'credit_grants.list',
          summary: 'List credit grants',
          querystring: CreditGrantListQuery,
          response: {
            200: ListOf(CreditGrant),
            404: errorResponse('No such customer (the `customer` filter).'),
          },
        },
      },
      async (req) => {
        const rows = await grants.list(req.query);
        const limit = req.query.limit ?? 10;
        return page(await Promise.all(rows.map((r) => grants.json(r))), limit);
      },
    );
    app.post(
      '/v1/credit_grants/:id/void',
      {
        schema: {
          tags,
          operationId: 'credit_grants.void',
          summary: 'Void a credit grant (what is left is written off)',
          params: IdParams,
          response: { 200: CreditGrant },
        },
      },
      async (req) => grants.json(await grants.void(req.params.id)),
    );
    app.get(
      '/v1/customers/:id/credit_balance',
      {
        schema: {
          tags,
          operationId: 'credit_balance.retrieve',
          summary: 'Real-time credit balance, usage so far counted',
          params: IdParams,
          response: { 200: CreditBalance },
        },
      },
      async (req) => {
        const b = await credits.balance(req.params.id);
        return { ...b, balances: b.balances.map(credits.balanceJson) };
      },
    );
    app.get(
      '/v1/customers/:id/credit_transactions',
      {
        schema: {
          tags,
          operationId: 'credit_transactions.list',
          summary: 'The credit ledger of a customer',
          params: IdParams,
          response: { 200: ListOf(CreditTransaction) },
          querystring: CreditTransactionListQuery,
        },
      },
      async (req) => page(await credits.transactions(req.params.id, req.query), req.query.limit ?? 10),
    );
    app.post(
      '/v1/customers/:id/top_ups',
      {
        schema: {
          tags,
          operationId: 'top_ups.create',
          summary: 'Buy credits: invoices the amount; the grant takes effect when it is paid',
          params: IdParams,
          response: {
            200: TopUp,
            503: errorResponse('Invoicing is not running, so no top-up can be invoiced.'),
          },
          body: TopUpCreate,
        },
      },
      async (req) => topUpJson(await credits.topUps.create(req.params.id, req.body)),
    );
    app.get(
      '/v1/customers/:id/top_ups',
      {
        schema: {
          tags,
          operationId: 'top_ups.list',
          summary: 'List top-ups',
          params: IdParams,
          response: { 200: ListOf(TopUp) },
        },
      },
      async (req) => {
        const customer = await grants.customer(req.params.id);
        const rows = await credits.topUps.list(customer.id);
        return page(rows.map(topUpJson), rows.length);
      },
    );
    app.post(
      '/v1/customers/:id/auto_top_up',
      {
        schema: {
          tags,
          operationId: 'auto_top_up.update',
          summary: 'Buy credits automatically when the available balance falls below a threshold',
          params: IdParams,
          response: { 200: AutoTopUp },
          body: AutoTopUpUpdate,
        },
      },
      async (req) => {
        const customer = await grants.customer(req.params.id);
        const currency = parseCurrency(req.body.currency, 'currency');
        const now = await grants.nowFor(customer.id, ctx.db);
        return autoTopUpJson(await setAutoTopUp(ctx, customer.id, { ...req.body, currency }, now));
      },
    );
  };
}
