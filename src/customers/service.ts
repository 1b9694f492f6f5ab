import type { Static } from 'typebox';
import { normalizeCurrency } from '../core/money/currency.js';
import type { Executor } from '../db/store.js';
import type { ServiceContext } from '../shared/context.js';
import { ApiError, notFound } from '../shared/errors/index.js';
import { testModeOnly } from '../shared/errors/test-mode.js';
import { newId } from '../shared/ids.js';
import { currentMode } from '../shared/request-context.js';
import { type CustomerRow, customerJson } from './customer.js';
import type { CustomerCreate, CustomerListQuery, CustomerUpdate } from './schemas.js';
import './tables.js';
import { emitEvent } from '../webhooks/emit.js';

export interface CustomerService {
  create(input: Static<typeof CustomerCreate>): Promise<CustomerRow>;
  update(ref: string, input: Static<typeof CustomerUpdate>): Promise<CustomerRow>;
  /** A customer by id or by `external_id`; throws `customer_not_found`. */
  get(ref: string, executor?: Executor): Promise<CustomerRow>;
  /** Like `get` but undefined when there is no such customer (for batch ingestion). */
  find(ref: string, executor?: Executor): Promise<CustomerRow | undefined>;
  /** `find` for many references in one query: each reference that names a customer, mapped to it. */
  findMany(refs: readonly string[], executor?: Executor): Promise<Map<string, CustomerRow>>;
  list(query: Static<typeof CustomerListQuery>): Promise<CustomerRow[]>;
  /** Ids of the customers attached to a test clock. */
  idsOnClock(clockId: string, executor?: Executor): Promise<string[]>;
  /** Deletes customers outright (a test clock's, when the clock goes; other slices' rows first). */
  deleteMany(ids: readonly string[], trx: Executor): Promise<void>;
}

/**
 * What customers need from the test-clocks slice, which sits above them (a clock advances and
 * deletes its customers): whether a clock exists, asked when a customer is attached to one.
 */
export interface CustomerDeps {
  readonly clockExists: (clockId: string, executor: Executor) => Promise<boolean>;
}

function currencyOf(input: string | undefined): string | undefined {
  if (input === undefined) return undefined;
  const code = normalizeCurrency(input);
  if (!code)
    throw new ApiError('invalid_currency', `'${input}' is not an ISO 4217 currency.`, { param: 'currency' });
  return code;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505';
}

export function createCustomerService(ctx: ServiceContext, deps: CustomerDeps): CustomerService {
  async function find(ref: string, executor: Executor = ctx.db) {
    const rows = await executor
      .selectFrom('customers')
      .selectAll()
      .where((eb) => eb.or([eb('id', '=', ref), eb('external_id', '=', ref)]))
      .execute();
    return rows.find((r) => r.id === ref) ?? rows[0];
  }

  async function assertExternalIdFree(externalId: string, executor: Executor, exceptId?: string) {
    const existing = await executor
      .selectFrom('customers')
      .select('id')
      .where('external_id', '=', externalId)
      .executeTakeFirst();
    if (existing && existing.id !== exceptId) {
      throw new ApiError(
        'customer_exists',
        `A customer with external_id '${externalId}' already exists: ${existing.id}.`,
        {
          param: 'external_id',
          extra: { existing: existing.id },
        },
      );
    }
  }

  return {
    find,
    async idsOnClock(clockId, executor = ctx.db) {
      const rows = await executor
        .selectFrom('customers')
        .select('id')
        .where('test_clock', '=', clockId)
        .execute();
      return rows.map((r) => r.id);
    },
    async deleteMany(ids, trx) {
      if (ids.length > 0) await trx.deleteFrom('customers').where('id', 'in', ids).execute();
    },
    async findMany(refs, executor = ctx.db) {
      const found = new Map<string, CustomerRow>();
      if (refs.length === 0) return found;
      const rows = await executor
        .selectFrom('customers')
        .selectAll()
        .where((eb) => eb.or([eb('id', 'in', refs), eb('external_id', 'in', refs)]))
        .execute();
      // An id wins over another customer's external_id that happens to equal it, as in `find`.
      for (const r of rows)
        if (r.external_id !== null && !found.has(r.external_id)) found.set(r.external_id, r);
      for (const r of rows) found.set(r.id, r);
      return found;
    },
    async get(ref, executor) {
      const row = await find(ref, executor);
      if (!row) throw notFound('customer_not_found', 'customer', ref, 'customer');
      return row;
    },
    async create(input) {
      const currency = currencyOf(input.currency);
      try {
        return await ctx.db.transaction().execute(async (trx) => {
          if (input.external_id) await assertExternalIdFree(input.external_id, trx);
          if (input.test_clock && currentMode() !== 'test') throw testModeOnly('test_clock');
          if (input.test_clock && !(await deps.clockExists(input.test_clock, trx))) {
            throw notFound('test_clock_not_found', 'test clock', input.test_clock, 'test_clock');
          }
          const now = ctx.clock.now();
          const row = await trx
            .insertInto('customers')
            .values({
              id: newId('cus'),
              external_id: input.external_id ?? null,
              name: input.name ?? null,
              email: input.email ?? null,
              currency: currency ?? null,
              billing_details: JSON.stringify(input.billing_details ?? {}),
              test_clock: input.test_clock ?? null,
              metadata: JSON.stringify(input.metadata ?? {}),
              payment_terms: input.payment_terms ? JSON.stringify(input.payment_terms) : null,
              created_at: now,
              updated_at: now,
            })
            .returningAll()
            .executeTakeFirstOrThrow();
          await emitEvent(
            trx,
            'customer.created',
            customerJson(row) as unknown as Record<string, unknown>,
            now,
          );
          return row;
        });
      } catch (error) {
        // Two concurrent creates with the same external_id: the unique index decides.
        if (isUniqueViolation(error) && input.external_id)
          await assertExternalIdFree(input.external_id, ctx.db);
        throw error;
      }
    },
    async update(ref, input) {
      const currency = currencyOf(input.currency);
      return ctx.db.transaction().execute(async (trx) => {
        const current = await find(ref, trx);
        if (!current) throw notFound('customer_not_found', 'customer', ref);
        if (input.external_id) await assertExternalIdFree(input.external_id, trx, current.id);
        const row = await trx
          .updateTable('customers')
          .set({
            ...(input.external_id !== undefined && { external_id: input.external_id }),
            ...(input.name !== undefined && { name: input.name }),
            ...(input.email !== undefined && { email: input.email }),
            ...(currency !== undefined && { currency }),
            ...(input.billing_details !== undefined && {
              billing_details: JSON.stringify({ ...current.billing_details, ...input.billing_details }),
            }),
            ...(input.metadata !== undefined && {
              metadata: JSON.stringify({ ...current.metadata, ...input.metadata }),
            }),
            ...(input.payment_terms !== undefined && {
              payment_terms: input.payment_terms && JSON.stringify(input.payment_terms),
            }),
            updated_at: ctx.clock.now(),
          })
          .where('id', '=', current.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await emitEvent(
          trx,
          'customer.updated',
          customerJson(row) as unknown as Record<string, unknown>,
          ctx.clock.now(),
        );
        return row;
      });
    },
    async list(query) {
      const limit = query.limit ?? 10;
      let q = ctx.db
        .selectFrom('customers')
        .selectAll()
        .orderBy('id', 'desc')
        .limit(limit + 1);
      if (query.starting_after) q = q.where('id', '<', query.starting_after);
      if (query.external_id) q = q.where('external_id', '=', query.external_id);
      if (query.email) q = q.where('email', '=', query.email);
      return q.execute();
    },
  };
}
