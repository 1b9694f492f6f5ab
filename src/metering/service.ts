import type { AccountService } from '../account/service.js';
import { type Decimal, decimalString, ZERO } from '../core/money/decimal.js';
import type { CustomerService } from '../customers/service.js';
import type { Executor } from '../db/store.js';
import type { ServiceContext } from '../shared/context.js';
import { ApiError } from '../shared/errors/index.js';
import type { TestClockService } from '../test-clocks/service.js';
import type { Job } from '../worker/worker.js';
import { type AdjustmentRow, cancelByIdentifier } from './cancel.js';
import { type CellMethod, clearCell, writeCell } from './cells.js';
import { createCustomerCache } from './customer-cache.js';
import type { MeterEventRow } from './event.js';
import { findEvent } from './event-lookup.js';
import { checkWindow } from './event-parse.js';
import { foldEvents } from './fold.js';
import { type GroupCommitOptions, groupCommitFromEnv } from './group-commit.js';
import type { BatchResult, IngestDeps, IngestOptions } from './ingest.js';
import type { MeterRow } from './meter.js';
import { createMeterCache } from './meter-cache.js';
import { createMeterStore, type MeterInput } from './meters.js';
import type { NewEvent } from './rollup-store.js';
import type { EventSink } from './sink.js';
import { createDirectSink } from './sink-direct.js';
import { createGroupCommitSink } from './sink-group-commit.js';
import { createStreamStore, type StreamStore } from './stream.js';
import type { MeterStatus } from './tables.js';
import { createUsageReader, type UsageReader } from './usage.js';
import type { UsageQuery } from './usage-query.js';

/**
 * How often the worker folds: the raw tail every read scans is about this much traffic (the
 * price of exact reads between folds), and one fold's cost grows with it.
 */
const FOLD_EVERY_MS = 250;

export interface MeteringDeps {
  readonly account: AccountService;
  readonly customers: CustomerService;
  readonly testClocks: TestClockService;
  /** Group commit of single events (group-commit.ts); default: TARIFF_GROUP_COMMIT_MS or 2 ms. */
  readonly groupCommit?: GroupCommitOptions;
  /**
   * Where validated events go instead of one statement into meter_events (ingest.ts): the
   * JetStream ingest log (src/ingest-log) publishes them, and its apply workers store them.
   */
  readonly store?: IngestDeps['store'];
}

export interface MeteringService extends UsageReader {
  createMeter(input: MeterInput): Promise<MeterRow>;
  /** A meter by id or event_name; throws `meter_not_found`. */
  getMeter(idOrEventName: string, executor?: Executor): Promise<MeterRow>;
  listMeters(query: { limit?: number; starting_after?: string; status?: MeterStatus }): Promise<MeterRow[]>;
  renameMeter(ref: string, displayName: string): Promise<MeterRow>;
  setMeterStatus(ref: string, status: MeterStatus): Promise<MeterRow>;
  /** Stores a batch; answers after the commit. `backfill` is for the demo loader only. */
  ingest(events: readonly unknown[], options?: IngestOptions): Promise<BatchResult>;
  /**
   * One event: the stored row (the original for a duplicate), its meter and its status; a
   * rejection is thrown as the ApiError of its code.
   */
  recordEvent(
    raw: unknown,
  ): Promise<{ row: MeterEventRow; meter: MeterRow; status: 'accepted' | 'duplicate' }>;
  cancelEvent(meterRef: string, identifier: string): Promise<AdjustmentRow>;
  /** The meter's aggregate for one customer over [start, end): the contract billing uses. */
  aggregate(query: UsageQuery, executor?: Executor): Promise<Decimal>;
  /** FAQ cells: set by add/sub/direct at an instant (default the customer's now); returns the cell. */
  writeCell(
    meterRef: string,
    customerRef: string,
    at: Date | undefined,
    method: CellMethod,
    count: Decimal,
  ): Promise<{ meter: MeterRow; at: Date; value: Decimal }>;
  clearCell(meterRef: string, customerRef: string, at: Date): Promise<MeterRow>;
  /** A customer's id, "now" (its test clock when attached) and the account's time zone. */
  customerContext(customerRef: string): Promise<{ customerId: string; now: Date; zone: string }>;
  /** Customers removed with their test clock stop resolving at once. */
  forgetCustomers(ids: readonly string[]): void;
  /** Folds the events committed since the last fold into the rollups (fold.ts). */
  fold(): Promise<number | undefined>;
  jobs(): Job[];
  /** Sessions and reported errors of Stripe's v2 meter event stream (stream.ts). */
  readonly stream: StreamStore;
  /** The event sinks (sink.ts): batches go direct, single events through group commit. */
  readonly sinks: { readonly direct: EventSink; readonly groupCommit: EventSink };
}

/** The row `storeEvents` writes for an event (rollup-store.ts): values as PostgreSQL echoes them. */
function storedRow(event: NewEvent, arrivedAt: Date): MeterEventRow {
  return {
    meter_id: event.meterId,
    identifier: event.identifier,
    id: event.id,
    customer_id: event.customerId,
    ts: event.ts,
    value: decimalString(event.value),
    distinct_value: event.distinctValue,
    dim_key: event.dimKey,
    dimensions: event.dimensions,
    created_at: arrivedAt,
    cancelled_at: null,
  };
}

export function createMeteringService(ctx: ServiceContext, deps: MeteringDeps): MeteringService {
  const meters = createMeterStore(ctx);
  const customers = createCustomerCache(deps.customers);
  const ingestDeps = {
    ctx,
    account: deps.account,
    testClocks: deps.testClocks,
    customers,
    meters: createMeterCache(ctx.db),
    ...(deps.store && { store: deps.store }),
  };
  const direct = createDirectSink(ingestDeps);
  // Concurrent single events share one statement and one commit (sink-group-commit.ts); each
  // answer is exactly the one its event would get alone, in the order the events arrived.
  const groupCommit = createGroupCommitSink(ingestDeps, deps.groupCommit ?? groupCommitFromEnv());
  const reader = createUsageReader(ctx, { meters, customers: deps.customers, account: deps.account });

  return {
    ...reader,
    createMeter: (input) => meters.create(input),
    getMeter: (ref, executor) => meters.get(ref, executor),
    listMeters: (query) => meters.list(query),
    async renameMeter(ref, name) {
      ingestDeps.meters.forget();
      return meters.rename(ref, name);
    },
    async setMeterStatus(ref, status) {
      const row = await meters.setStatus(ref, status);
      ingestDeps.meters.forget();
      return row;
    },
    ingest: (events, options) => direct.accept(events, options),
    async recordEvent(raw) {
      const { results, arrivedAt } = await groupCommit.accept([raw]);
      const r = results[0];
      if (!r || r.status === 'rejected' || !r.meter || !r.event) {
        const e = r?.error ?? { code: 'internal_error' as const, message: 'The event was not stored.' };
        throw new ApiError(e.code, e.message, e.param === undefined ? {} : { param: e.param });
      }
      // Accepted: the row is exactly what the statement wrote, no need to read it back. A
      // duplicate answers the row stored first.
      if (r.status === 'accepted')
        return { row: storedRow(r.event, arrivedAt), meter: r.meter, status: r.status };
      const row = await findEvent(ctx.db, r.meter.id, r.event.identifier);
      // With the ingest log (src/ingest-log) the first copy may still be in the log, not stored:
      // the answer then shows this copy's row.
      return { row: row ?? storedRow(r.event, arrivedAt), meter: r.meter, status: r.status };
    },
    async cancelEvent(meterRef, identifier) {
      const meter = await meters.get(meterRef);
      return ctx.db
        .transaction()
        .execute((trx) => cancelByIdentifier(trx, meter.id, identifier, ctx.clock.now()));
    },
    async aggregate(query, executor) {
      if (query.end.getTime() <= query.start.getTime()) return ZERO;
      return reader.aggregateWindow(query, executor);
    },
    async writeCell(meterRef, customerRef, at, method, count) {
      const meter = await meters.get(meterRef);
      const customer = await deps.customers.get(customerRef);
      const now = await deps.testClocks.nowFor(customer);
      const when = at ?? new Date(Math.floor(now.getTime() / 1000) * 1000);
      const account = await deps.account.get();
      const outside = checkWindow(
        when,
        now,
        account.event_past_window_seconds,
        account.event_future_window_seconds,
      );
      if (outside) throw new ApiError(outside.code, outside.message, { param: 'timestamp' });
      const value = await ctx.db
        .transaction()
        .execute((trx) =>
          writeCell(trx, { meter, customerId: customer.id, at: when, method, count, now: ctx.clock.now() }),
        );
      return { meter, at: when, value };
    },
    async clearCell(meterRef, customerRef, at) {
      const meter = await meters.get(meterRef);
      const customer = await deps.customers.get(customerRef);
      await ctx.db.transaction().execute((trx) => clearCell(trx, meter, customer.id, at, ctx.clock.now()));
      return meter;
    },
    async customerContext(customerRef) {
      const customer = await deps.customers.get(customerRef);
      const now = await deps.testClocks.nowFor(customer);
      return { customerId: customer.id, now, zone: (await deps.account.get()).time_zone };
    },
    forgetCustomers: (ids) => customers.forget(ids),
    fold: () => foldEvents(ctx.db),
    stream: createStreamStore(ctx),
    sinks: { direct, groupCommit },
    jobs: () => [
      {
        name: 'metering-fold',
        everyMs: FOLD_EVERY_MS,
        run: async () => ({ events_folded: (await foldEvents(ctx.db)) ?? 0 }),
      },
    ],
  };
}
