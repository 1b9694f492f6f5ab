import type { AccountService } from '../account/service.js';
import { Decimal, ZERO } from '../core/money/decimal.js';
import { type Period, period } from '../core/time/period.js';
import { type CalendarUnit, calendarBuckets } from '../core/time/zone.js';
import type { CustomerService } from '../customers/service.js';
import type { Executor } from '../db/store.js';
import type { ServiceContext } from '../shared/context.js';
import { ApiError } from '../shared/errors/index.js';
import { feeNeedsEvents, selectFees } from './fee-sql.js';
import { createHorizonHint } from './fold.js';
import type { MeterRow } from './meter.js';
import type { MeterStore } from './meters.js';
import type { Formula } from './tables.js';
import { excludeKey, filterKey, type UsageQuery } from './usage-query.js';
import { selectUsage, type UsageSelect } from './usage-sql.js';

export type Granularity = CalendarUnit | 'none';

export interface UsageBucket {
  readonly start: Date;
  readonly end: Date;
  readonly group: string | null;
  readonly value: Decimal;
}

export interface UsageRequest {
  readonly customer?: string | undefined;
  readonly start: Date;
  readonly end: Date;
  readonly granularity?: Granularity | undefined;
  readonly groupBy?: string | undefined;
  readonly filter?: Readonly<Record<string, string>> | undefined;
}

export interface UsageReader {
  aggregateWindow(query: UsageQuery, executor?: Executor): Promise<Decimal>;
  /**
   * `aggregateWindow` for many queries, answered in order: one statement per (meter, window,
   * filter) however many customers ask it (a billing batch asks the same window for each).
   */
  aggregateMany(queries: readonly UsageQuery[], executor?: Executor): Promise<Decimal[]>;
  /** A meter's usage in calendar buckets of the account's time zone (DESIGN 5). */
  usage(
    meterRef: string,
    request: UsageRequest,
  ): Promise<{ meter: MeterRow; customerId: string | null; zone: string; buckets: UsageBucket[] }>;
  /** Every meter's aggregate for one customer over [start, end). */
  customerUsage(
    customerRef: string,
    start: Date,
    end: Date,
  ): Promise<{ customerId: string; meters: { meter: MeterRow; value: Decimal }[] }>;
  /** The meter's aggregate for one customer in each of the given consecutive periods. */
  countsIn(meter: MeterRow, customerId: string, periods: readonly Period[]): Promise<Decimal[]>;
}

/** Time-series queries return at most this many buckets (a year of hours fits). */
export const MAX_BUCKETS = 10_000;

export function createUsageReader(
  ctx: ServiceContext,
  deps: { meters: MeterStore; customers: CustomerService; account: AccountService },
): UsageReader {
  // A meter's formula never changes, so aggregate() (called per rate line by billing) needs no
  // meter lookup after the first.
  const formulas = new Map<string, Formula>();
  const hint = createHorizonHint();
  const select = async (executor: Executor, q: Omit<UsageSelect, 'horizonHint'>) =>
    selectUsage(executor, { ...q, horizonHint: await hint.get(executor) });
  async function formulaOf(meterId: string, executor?: Executor): Promise<{ id: string; formula: Formula }> {
    const known = formulas.get(meterId);
    if (known) return { id: meterId, formula: known };
    const meter = await deps.meters.get(meterId, executor);
    formulas.set(meter.id, meter.formula);
    return meter;
  }

  /**
   * One question asked for many customers over one window: the meter's formula, or a percentage
   * price's fee (`fee`): a bare percentage is the rollups' sum × p / 100, exactly; a fixed part or
   * a clamp per event is summed over the raw events.
   */
  async function perCustomer(
    query: UsageQuery,
    customerIds: readonly string[],
    executor: Executor,
  ): Promise<Map<string | null, Decimal>> {
    const meter = await formulaOf(query.meterId, executor);
    const { fee } = query;
    if (fee && feeNeedsEvents(fee))
      return selectFees(executor, {
        meterId: meter.id,
        customerIds,
        filter: query.filter,
        exclude: query.exclude,
        start: query.start,
        end: query.end,
        price: fee,
      });
    const shape = {
      meterId: meter.id,
      formula: fee ? ('sum' as const) : meter.formula,
      filter: query.filter ?? null,
      exclude: query.exclude,
      buckets: [period(query.start, query.end)],
    };
    // One customer: the plain one-window plan (billing's aggregate, the month count).
    const rows =
      customerIds.length === 1
        ? (await select(executor, { ...shape, customerId: customerIds[0] })).map((r) => ({
            ...r,
            group: customerIds[0] ?? null,
          }))
        : await select(executor, { ...shape, customerIds });
    const ratio = fee ? new Decimal(fee.percentage).dividedBy(100) : null;
    return new Map(rows.map((r) => [r.group, ratio ? r.value.times(ratio) : r.value]));
  }

  async function countsIn(
    meter: MeterRow,
    customerId: string,
    periods: readonly Period[],
    executor: Executor = ctx.db,
  ) {
    const rows = await select(executor, {
      meterId: meter.id,
      formula: meter.formula,
      customerId,
      buckets: periods,
    });
    const byStart = new Map(rows.map((r) => [r.start.getTime(), r.value]));
    return periods.map((p) => byStart.get(p.start.getTime()) ?? ZERO);
  }

  return {
    countsIn,
    async aggregateMany(queries, executor = ctx.db) {
      const answers: Decimal[] = queries.map(() => ZERO);
      const groups = new Map<string, { query: UsageQuery; asked: number[] }>();
      for (const [i, q] of queries.entries()) {
        if (q.end.getTime() <= q.start.getTime()) continue;
        const key = JSON.stringify([
          q.meterId,
          q.start.getTime(),
          q.end.getTime(),
          filterKey(q.filter),
          q.fee ?? null,
          excludeKey(q.exclude),
        ]);
        const group = groups.get(key);
        if (group) group.asked.push(i);
        else groups.set(key, { query: q, asked: [i] });
      }
      for (const { query, asked } of groups.values()) {
        const customerIds = [...new Set(asked.map((i) => (queries[i] as UsageQuery).customerId))];
        const byCustomer = await perCustomer(query, customerIds, executor);
        for (const i of asked) answers[i] = byCustomer.get((queries[i] as UsageQuery).customerId) ?? ZERO;
      }
      return answers;
    },
    async aggregateWindow(query, executor = ctx.db) {
      return (await perCustomer(query, [query.customerId], executor)).get(query.customerId) ?? ZERO;
    },
    async usage(meterRef, request) {
      const meter = await deps.meters.get(meterRef);
      const customerId = request.customer ? (await deps.customers.get(request.customer)).id : null;
      if (request.end.getTime() <= request.start.getTime()) {
        throw new ApiError('parameter_invalid', 'end_time must be after start_time.', { param: 'end_time' });
      }
      const zone = (await deps.account.get()).time_zone;
      const window = period(request.start, request.end);
      const granularity = request.granularity ?? 'none';
      // Calendar buckets, clipped to the window so that the first and last count only what is asked.
      const buckets =
        granularity === 'none'
          ? [window]
          : calendarBuckets(window, granularity, zone).map((b) =>
              period(
                new Date(Math.max(b.start.getTime(), window.start.getTime())),
                new Date(Math.min(b.end.getTime(), window.end.getTime())),
              ),
            );
      if (buckets.length > MAX_BUCKETS) {
        throw new ApiError(
          'parameter_invalid',
          `At most ${MAX_BUCKETS} buckets per query; use a coarser granularity.`,
          { param: 'granularity' },
        );
      }
      if (request.groupBy && !meter.dimension_keys.includes(request.groupBy)) {
        throw new ApiError(
          'parameter_invalid',
          `'${request.groupBy}' is not a dimension of meter ${meter.id}.`,
          { param: 'group_by' },
        );
      }
      const rows = await select(ctx.db, {
        meterId: meter.id,
        formula: meter.formula,
        customerId: customerId ?? undefined,
        filter: request.filter ?? null,
        buckets,
        groupBy: request.groupBy,
      });
      const ends = new Map(buckets.map((b) => [b.start.getTime(), b.end]));
      return {
        meter,
        customerId,
        zone,
        buckets: rows.map((r) => ({
          start: r.start,
          end: ends.get(r.start.getTime()) ?? r.start,
          group: r.group,
          value: r.value,
        })),
      };
    },
    async customerUsage(customerRef, start, end) {
      const customer = await deps.customers.get(customerRef);
      const window = [period(start, end)];
      const all: MeterRow[] = [];
      for (let page = await deps.meters.list({ limit: 100 }); page.length > 0; ) {
        all.push(...page.slice(0, 100));
        const last = page[99];
        page =
          page.length > 100 && last ? await deps.meters.list({ limit: 100, starting_after: last.id }) : [];
      }
      const meters = [];
      for (const meter of all)
        meters.push({ meter, value: (await countsIn(meter, customer.id, window))[0] ?? ZERO });
      return { customerId: customer.id, meters };
    },
  };
}
