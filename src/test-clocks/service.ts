import type { Executor } from '../db/store.js';
import type { ServiceContext } from '../shared/context.js';
import { ApiError, notFound } from '../shared/errors/index.js';
import { newId } from '../shared/ids.js';
import { emitEvent } from '../webhooks/emit.js';
import { type TestClockRow, testClockJson } from './test-clock.js';
import './tables.js';
import type { CustomerService } from '../customers/service.js';

/**
 * Runs every billing action due for the clock's customers up to `to`, in time order, exactly as
 * the worker would (DESIGN 4). Provided by the billing slice at composition; returns what it did.
 */
export type AdvanceHandler = (clock: TestClockRow, from: Date, to: Date) => Promise<Record<string, unknown>>;

export interface TestClockService {
  create(input: { frozen_time: Date; name?: string }): Promise<TestClockRow>;
  get(id: string, executor?: Executor): Promise<TestClockRow>;
  list(): Promise<TestClockRow[]>;
  /** Moves the clock forward (never back) and runs everything due on the way. */
  advance(id: string, to: Date): Promise<{ clock: TestClockRow; actions: Record<string, unknown> }>;
  /** Deletes the clock and, as Stripe does, the customers attached to it. */
  delete(id: string): Promise<TestClockRow>;
  /** "Now" for a customer: its test clock's frozen time when attached, else the real clock. */
  nowFor(customer: { test_clock: string | null }, executor?: Executor): Promise<Date>;
  setAdvanceHandler(handler: AdvanceHandler): void;
  /** Whether a clock exists (customers ask before attaching to one). */
  exists(id: string, executor?: Executor): Promise<boolean>;
  /**
   * Adds cleanup for when a clock's customers are deleted (a slice's rows), at composition. Every
   * handler runs, in the order added, in the delete's transaction, before the customers go.
   */
  addDeleteHandler(handler: (customerIds: string[], trx: Executor) => Promise<void>): void;
}

export function createTestClockService(
  ctx: ServiceContext,
  customers: Pick<CustomerService, 'idsOnClock' | 'deleteMany'>,
): TestClockService {
  let advanceHandler: AdvanceHandler = async () => ({});
  const deleteHandlers: ((customerIds: string[], trx: Executor) => Promise<void>)[] = [];

  async function get(id: string, executor: Executor = ctx.db) {
    const row = await executor.selectFrom('test_clocks').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('test_clock_not_found', 'test clock', id);
    return row;
  }

  return {
    get,
    async exists(id, executor = ctx.db) {
      return (
        (await executor.selectFrom('test_clocks').select('id').where('id', '=', id).executeTakeFirst()) !==
        undefined
      );
    },
    setAdvanceHandler(handler) {
      advanceHandler = handler;
    },
    addDeleteHandler(handler) {
      deleteHandlers.push(handler);
    },
    async create(input) {
      return ctx.db
        .insertInto('test_clocks')
        .values({
          id: newId('clock'),
          name: input.name ?? null,
          frozen_time: input.frozen_time,
          status: 'ready',
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    },
    async list() {
      return ctx.db.selectFrom('test_clocks').selectAll().orderBy('id', 'desc').execute();
    },
    async advance(id, to) {
      const current = await get(id);
      if (to.getTime() < current.frozen_time.getTime()) {
        throw new ApiError('test_clock_backwards', 'A test clock only moves forward.', {
          param: 'frozen_time',
        });
      }
      // Claim the clock so two advances never interleave.
      const claimed = await ctx.db
        .updateTable('test_clocks')
        .set({ status: 'advancing' })
        .where('id', '=', id)
        .where('status', '=', 'ready')
        .returningAll()
        .executeTakeFirst();
      if (!claimed) throw new ApiError('test_clock_advancing', 'The test clock is already advancing.');
      try {
        const actions = await advanceHandler(claimed, claimed.frozen_time, to);
        const clock = await ctx.db.transaction().execute(async (trx) => {
          const row = await trx
            .updateTable('test_clocks')
            .set({ frozen_time: to, status: 'ready' })
            .where('id', '=', id)
            .returningAll()
            .executeTakeFirstOrThrow();
          await emitEvent(trx, 'test_clock.advanced', { ...testClockJson(row), actions }, to);
          return row;
        });
        return { clock, actions };
      } catch (error) {
        await ctx.db.updateTable('test_clocks').set({ status: 'ready' }).where('id', '=', id).execute();
        throw error;
      }
    },
    async delete(id) {
      return ctx.db.transaction().execute(async (trx) => {
        const row = await get(id, trx);
        const ids = await customers.idsOnClock(id, trx);
        if (ids.length > 0) {
          for (const handler of deleteHandlers) await handler(ids, trx);
          await customers.deleteMany(ids, trx);
        }
        await trx.deleteFrom('test_clocks').where('id', '=', id).execute();
        return row;
      });
    },
    async nowFor(customer, executor = ctx.db) {
      if (!customer.test_clock) return ctx.clock.now();
      const row = await executor
        .selectFrom('test_clocks')
        .select('frozen_time')
        .where('id', '=', customer.test_clock)
        .executeTakeFirst();
      return row?.frozen_time ?? ctx.clock.now();
    },
  };
}
