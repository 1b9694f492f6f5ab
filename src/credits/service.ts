import type { Static } from 'typebox';
import { normalizeCurrency } from '../core/money/currency.js';
import { Decimal } from '../core/money/decimal.js';
import { roundAmount } from '../core/money/money.js';
import type { CustomerService } from '../customers/service.js';
import type { Executor } from '../db/store.js';
import type { ServiceContext } from '../shared/context.js';
import { ApiError, notFound } from '../shared/errors/index.js';
import type { TestClockService } from '../test-clocks/service.js';
import { type GrantRow, grantJson } from './grant.js';
import { activateLedger, insertGrant } from './insert-grant.js';
import { remainingByGrant } from './ledger.js';
import type { CreditGrantCreate, CreditGrantListQuery } from './schemas.js';
import { grantForServiceAction } from './service-action-grant.js';
import { voidGrant } from './void-grant.js';

export type { GrantInput } from './insert-grant.js';

export interface GrantDeps {
  customers: CustomerService;
  testClocks: TestClockService;
}

export function parseCurrency(input: string, param: string): string {
  const code = normalizeCurrency(input);
  if (!code) throw new ApiError('invalid_currency', `'${input}' is not an ISO 4217 currency.`, { param });
  return code;
}

export function createGrantService(ctx: ServiceContext, deps: GrantDeps) {
  async function nowFor(customerId: string, executor: Executor): Promise<Date> {
    const customer = await deps.customers.get(customerId, executor);
    return deps.testClocks.nowFor(customer, executor);
  }

  async function get(id: string, executor: Executor = ctx.db): Promise<GrantRow> {
    const row = await executor
      .selectFrom('credit_grants')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound('credit_grant_not_found', 'credit grant', id);
    return row;
  }

  async function json(row: GrantRow, executor: Executor = ctx.db) {
    const remaining = (await remainingByGrant(executor, [row.id])).get(row.id) as Decimal;
    return grantJson(row, remaining, await nowFor(row.customer_id, executor));
  }

  return {
    get,
    json,
    insert: insertGrant,
    nowFor,
    customer: (ref: string, executor: Executor = ctx.db) => deps.customers.get(ref, executor),

    async create(body: Static<typeof CreditGrantCreate>): Promise<GrantRow> {
      const currency = parseCurrency(body.amount.currency, 'amount[currency]');
      const amount = new Decimal(body.amount.value);
      if (amount.isZero() || !roundAmount(amount, currency).eq(amount))
        throw new ApiError(
          'parameter_invalid',
          `A grant is a positive amount in whole minor units of ${currency}.`,
          { param: 'amount[value]' },
        );
      return ctx.db.transaction().execute(async (trx) => {
        const customer = await deps.customers.get(body.customer, trx);
        const now = await deps.testClocks.nowFor(customer, trx);
        const effectiveAt = body.effective_at ? new Date(body.effective_at) : now;
        const expiresAt = body.expires_at ? new Date(body.expires_at) : null;
        if (expiresAt && expiresAt.getTime() <= effectiveAt.getTime())
          throw new ApiError('parameter_invalid', 'expires_at must be after effective_at.', {
            param: 'expires_at',
          });
        return insertGrant(
          trx,
          {
            customerId: customer.id,
            currency,
            amount,
            category: body.category,
            applicability: body.applicability ?? { scope: 'metered' },
            priority: body.priority ?? 50,
            effectiveAt,
            expiresAt,
            source: 'manual',
            name: body.name ?? null,
            metadata: body.metadata ?? {},
          },
          now,
        );
      });
    },

    async list(query: Static<typeof CreditGrantListQuery>): Promise<GrantRow[]> {
      let q = ctx.db
        .selectFrom('credit_grants')
        .selectAll()
        .orderBy('id', 'desc')
        .limit((query.limit ?? 10) + 1);
      if (query.starting_after) q = q.where('id', '<', query.starting_after);
      if (query.customer) {
        const customer = await deps.customers.get(query.customer);
        q = q.where('customer_id', '=', customer.id);
      }
      if (query.status) q = q.where('status', '=', query.status);
      return q.execute();
    },

    /** Voids a grant: what is left of it is written off; credits it already paid stay paid. */
    void: (id: string): Promise<GrantRow> => voidGrant(ctx.db, id, nowFor),

    /** Makes a pending grant (a top-up) effective from `at`. */
    async activate(trx: Executor, grantId: string, at: Date): Promise<GrantRow | undefined> {
      const row = await trx
        .updateTable('credit_grants')
        .set({ status: 'active', effective_at: at })
        .where('id', '=', grantId)
        .where('status', '=', 'pending')
        .returningAll()
        .executeTakeFirst();
      if (row) await activateLedger(trx, row, at);
      return row;
    },

    grantForServiceAction,
  };
}

export type GrantService = ReturnType<typeof createGrantService>;
