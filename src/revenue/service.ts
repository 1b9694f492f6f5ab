import { netOfInclusive } from '../core/billing/tax.js';
import { Decimal } from '../core/money/decimal.js';
import { calendarPeriod } from '../core/time/zone.js';
import type { ClockScope } from '../credits/expiry.js';
import type { UsageSource } from '../credits/usage-source.js';
import type { InvoiceHooks } from '../invoicing/hooks.js';
import type { ServiceContext } from '../shared/context.js';
import { bookFinalizedMany, type InclusivePercents } from './finalized.js';
import { bookCreditNote, bookPayment, bookVoided, bookWrittenOff } from './invoice-revenue.js';
import { earnDeferred, recognizeUsage } from './recognition.js';

export interface RevenueDeps {
  timeZone: () => Promise<string>;
  /** "Now" for a customer: its test clock's time when it has one. */
  nowFor: (customerId: string) => Promise<Date>;
  usage: () => UsageSource;
  /**
   * The sum of each customer's inclusive tax rates, in percent (absent: none): usage delivered is
   * booked net of it. Bound once billing exists (app/credits-slice.ts); until then, none.
   */
  inclusiveTax?: () => InclusivePercents | undefined;
}

const DAY_MS = 86_400_000;

export interface CatchUp {
  since?: Date;
  maxDays?: number;
}
/** How far back one run catches up on days a stopped worker missed. */
const MAX_CATCH_UP_DAYS = 62;

/**
 * Day boundaries (ends of days in `zone`) after `from`, up to and including `to`'s day start, at
 * most `maxDays` of them (the latest).
 */
export function dayBoundaries(from: Date, to: Date, zone: string, maxDays = MAX_CATCH_UP_DAYS): Date[] {
  const last = calendarPeriod(to, 'day', zone).start;
  const out: Date[] = [];
  const floor = last.getTime() - (maxDays - 1) * DAY_MS;
  let cursor = calendarPeriod(new Date(Math.max(from.getTime(), floor - 1)), 'day', zone).end;
  while (cursor.getTime() <= last.getTime()) {
    if (cursor.getTime() >= floor) out.push(cursor);
    cursor = calendarPeriod(cursor, 'day', zone).end;
  }
  return out;
}

export function createRevenueService(ctx: ServiceContext, deps: RevenueDeps) {
  const percents: InclusivePercents = (executor, customerIds) =>
    deps.inclusiveTax?.()?.(executor, customerIds) ?? Promise.resolve(new Map());
  const invoiceHooks: InvoiceHooks = {
    onFinalized: (trx, invoice, at) => bookFinalizedMany(trx, [{ invoice, at }], percents),
    onFinalizedMany: (trx, items) => bookFinalizedMany(trx, items, percents),
    onPayment: bookPayment,
    onVoided: bookVoided,
    onMarkedUncollectible: bookWrittenOff,
    onCreditNote: bookCreditNote,
  };

  /** Fees billed in advance, earned up to the last day boundary each customer's clock has passed. */
  async function earnFees(now: Date, zone: string, scope?: ClockScope): Promise<number> {
    let q = ctx.db
      .selectFrom('deferred_schedules')
      .select(['id', 'customer_id', 'recognized_through', 'period_end'])
      .where('status', '=', 'active')
      .orderBy('id')
      .limit(1000);
    if (scope) q = q.where('customer_id', 'in', scope.customerIds);
    const schedules = await q.execute();
    let booked = 0;
    for (const s of schedules) {
      const customerNow = scope?.at ?? (await deps.nowFor(s.customer_id).catch(() => now));
      const boundaries = dayBoundaries(s.recognized_through, customerNow, zone);
      if (s.period_end.getTime() <= customerNow.getTime()) boundaries.push(s.period_end);
      if (boundaries.length === 0) continue;
      boundaries.sort((a, b) => a.getTime() - b.getTime());
      booked += await ctx.db.transaction().execute((trx) => earnDeferred(trx, s.id, boundaries));
    }
    return booked;
  }

  /** Usage delivered on every completed day since the last run, per customer, per day. */
  async function recognizeDays(
    now: Date,
    zone: string,
    catchUp: CatchUp,
    scope?: ClockScope,
  ): Promise<number> {
    const source = deps.usage();
    let booked = 0;
    for (const customerId of await source.customers()) {
      if (scope && !scope.customerIds.includes(customerId)) continue;
      const customerNow = scope?.at ?? (await deps.nowFor(customerId).catch(() => now));
      let percent: Decimal | undefined;
      const open = await ctx.db
        .selectFrom('revenue_usage')
        .select((eb) => eb.fn.min('recognized_through').as('from'))
        .where('customer_id', '=', customerId)
        .where('invoice_id', 'is', null)
        .whereRef('recognized_through', '<', 'period_end')
        .executeTakeFirst();
      const today = calendarPeriod(customerNow, 'day', zone).start;
      const start = catchUp.since ?? new Date(today.getTime() - 1);
      const from = open?.from ? new Date(open.from as Date) : start;
      for (const b of dayBoundaries(from, customerNow, zone, catchUp.maxDays)) {
        const dayStart = calendarPeriod(new Date(b.getTime() - 1), 'day', zone).start;
        // read outside the transaction: the source lists subscriptions on its own connection
        const delivered = await source.delivered(customerId, b);
        // Read once per run and customer, and only for a customer with a day to book.
        percent ??= (await percents(ctx.db, [customerId])).get(customerId) ?? new Decimal(0);
        const net = percent;
        booked += await ctx.db.transaction().execute(async (trx) => {
          let n = 0;
          for (const u of delivered) {
            if (!u.additive && u.periodEnd.getTime() > b.getTime()) continue;
            const delta = await recognizeUsage(trx, {
              ...u,
              testClock: u.testClock ?? null,
              deliveredAmount: netOfInclusive(u.amount, net),
              through: b,
              recognizedAt: dayStart,
            });
            if (!delta.isZero()) n += 1;
          }
          return n;
        });
      }
    }
    return booked;
  }

  return {
    invoiceHooks,
    recognizeUsage,
    /** The `onCreditNote` hook, also callable directly inside a transaction. */
    bookCreditNote,
    async entryCount(): Promise<number> {
      const row = await ctx.db
        .selectFrom('journal_entries')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    /**
     * The worker job: books completed days of usage and earned fees. Idempotent (keyed). A
     * customer seen for the first time is booked from yesterday, or from `since` (a backfill).
     */
    async recognizeDue(
      now: Date,
      catchUp: CatchUp = {},
      scope?: ClockScope,
    ): Promise<{ usage: number; fees: number }> {
      if (scope?.customerIds.length === 0) return { usage: 0, fees: 0 };
      const zone = await deps.timeZone();
      return {
        usage: await recognizeDays(now, zone, catchUp, scope),
        fees: await earnFees(now, zone, scope),
      };
    },
  };
}

export type RevenueService = ReturnType<typeof createRevenueService>;
