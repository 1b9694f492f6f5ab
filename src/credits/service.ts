import type { Static } from 'typebox';
import type { ResolvedServiceAction } from '../catalog/resolved-plan.js';
import { normalizeCurrency } from '../core/money/currency.js';
import { Decimal, decimalString } from '../core/money/decimal.js';
import { roundAmount } from '../core/money/money.js';
import type { Period } from '../core/time/period.js';
import type { CustomerService } from '../customers/service.js';
import type { Executor } from '../db/store.js';
import type { ServiceContext } from '../shared/context.js';
import { ApiError, notFound } from '../shared/errors/index.js';
import { newId } from '../shared/ids.js';
import type { TestClockService } from '../test-clocks/service.js';
import { emitEvent } from '../webhooks/emit.js';
import { type GrantRow, grantJson } from './grant.js';
import { remainingByGrant, writeLedger } from './ledger.js';
import type { CreditGrantCreate, CreditGrantListQuery } from './schemas.js';
import type { GrantSource, StoredApplicability } from './tables.js';

export interface GrantInput {
  customerId: string;
  currency: string;
  amount: Decimal;
  category: 'paid' | 'promotional';
  applicability: StoredApplicability;
  priority: number;
  /** Null: pending until activated (a top-up waiting for payment). */
  effectiveAt: Date | null;
  expiresAt: Date | null;
  source: GrantSource;
  sourceKey?: string;
  subscriptionId?: string | null;
  name?: string | null;
  metadata?: Record<string, string>;
}

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

  /**
   * Inserts a grant and, when it is effective, its `granted` ledger row. A grant with a source key
   * is created once: a second call returns the first grant (service actions re-run on restart).
   */
  async function insert(trx: Executor, input: GrantInput, at: Date): Promise<GrantRow> {
    if (input.sourceKey) {
      const existing = await trx
        .selectFrom('credit_grants')
        .selectAll()
        .where('source_key', '=', input.sourceKey)
        .executeTakeFirst();
      if (existing) return existing;
    }
    const row = await trx
      .insertInto('credit_grants')
      .values({
        id: newId('cg'),
        customer_id: input.customerId,
        currency: input.currency,
        amount: decimalString(roundAmount(input.amount, input.currency)),
        category: input.category,
        applicability: JSON.stringify(input.applicability),
        priority: input.priority,
        effective_at: input.effectiveAt,
        expires_at: input.expiresAt,
        status: input.effectiveAt ? 'active' : 'pending',
        source: input.source,
        source_key: input.sourceKey ?? null,
        subscription_id: input.subscriptionId ?? null,
        invoice_id: null,
        name: input.name ?? null,
        metadata: JSON.stringify(input.metadata ?? {}),
        voided_at: null,
        expired_at: null,
        created_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (row.status === 'active') await activateLedger(trx, row, at);
    return row;
  }

  async function activateLedger(trx: Executor, row: GrantRow, at: Date) {
    await writeLedger(trx, [
      {
        grantId: row.id,
        customerId: row.customer_id,
        currency: row.currency,
        type: 'granted',
        amount: new Decimal(row.amount),
        occurredAt: row.effective_at ?? at,
      },
    ]);
    await emitEvent(trx, 'credit_grant.created', grantJson(row, new Decimal(row.amount), at) as never, at);
  }

  return {
    get,
    json,
    insert,
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
        return insert(
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
    async void(id: string): Promise<GrantRow> {
      return ctx.db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('credit_grants')
          .selectAll()
          .where('id', '=', id)
          .forUpdate()
          .executeTakeFirst();
        if (!row) throw notFound('credit_grant_not_found', 'credit grant', id);
        if (row.status === 'voided' || row.status === 'expired')
          throw new ApiError('credit_grant_not_voidable', `The credit grant is already ${row.status}.`);
        const now = await nowFor(row.customer_id, trx);
        const left = (await remainingByGrant(trx, [row.id])).get(row.id) as Decimal;
        if (!left.isZero())
          await writeLedger(trx, [
            {
              grantId: row.id,
              customerId: row.customer_id,
              currency: row.currency,
              type: 'voided',
              amount: left.negated(),
              occurredAt: now,
            },
          ]);
        const voided = await trx
          .updateTable('credit_grants')
          .set({ status: 'voided', voided_at: now })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await emitEvent(trx, 'credit_grant.voided', grantJson(voided, new Decimal(0), now) as never, now);
        return voided;
      });
    },

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

    /** One grant per service action and service interval, expiring at the interval's end. */
    async grantForServiceAction(
      trx: Executor,
      input: {
        subscriptionId: string;
        customerId: string;
        serviceAction: ResolvedServiceAction;
        servicePeriod: Period;
        at: Date;
      },
    ): Promise<GrantRow> {
      const template = input.serviceAction.creditGrant;
      return insert(
        trx,
        {
          customerId: input.customerId,
          currency: template.currency,
          amount: new Decimal(template.amount),
          category: template.category,
          applicability:
            'scope' in template.applicability
              ? { scope: 'metered' }
              : { billable_items: [...template.applicability.billableItems] },
          priority: template.priority,
          effectiveAt: input.servicePeriod.start,
          expiresAt: input.servicePeriod.end,
          source: 'service_action',
          sourceKey: `sa:${input.subscriptionId}:${input.serviceAction.id}:${input.servicePeriod.start.toISOString()}`,
          subscriptionId: input.subscriptionId,
          name: input.serviceAction.name,
          metadata: { service_action: input.serviceAction.id },
        },
        input.at,
      );
    },
  };
}

export type GrantService = ReturnType<typeof createGrantService>;
