import { Decimal, decimalString } from '../core/money/decimal.js';
import { roundAmount } from '../core/money/money.js';
import { deferredEarned, earnedBy, usageDelivered } from '../core/revenue/postings.js';
import { period } from '../core/time/period.js';
import type { Executor } from '../db/store.js';
import { book } from './book.js';
import './tables.js';

export interface UsageRecognition {
  subscriptionId: string;
  customerId: string;
  /** The subscription's test clock (absent or null: the real books). */
  testClock?: string | null;
  billableItemId: string;
  currency: string;
  periodStart: Date;
  periodEnd: Date;
  /** Price of the interval's usage delivered up to `through` (cumulative, unrounded). */
  deliveredAmount: Decimal;
  through: Date;
  /** When the delivery happened: the start of the day being recognized. */
  recognizedAt: Date;
}

/**
 * Books usage as delivered (Dr unbilled_ar / Cr revenue): the difference between the interval's
 * usage so far, rounded to the minor unit, and what is already booked. Keyed by interval and
 * `through`, and skipped once an invoice billed the interval (finalization trues it up).
 */
export async function recognizeUsage(trx: Executor, r: UsageRecognition): Promise<Decimal> {
  await trx
    .insertInto('revenue_usage')
    .values({
      subscription_id: r.subscriptionId,
      billable_item_id: r.billableItemId,
      period_start: r.periodStart,
      period_end: r.periodEnd,
      customer_id: r.customerId,
      currency: r.currency,
      recognized: '0',
      recognized_through: r.periodStart,
      invoice_id: null,
    })
    .onConflict((oc) => oc.columns(['subscription_id', 'billable_item_id', 'period_start']).doNothing())
    .execute();
  const row = await trx
    .selectFrom('revenue_usage')
    .selectAll()
    .where('subscription_id', '=', r.subscriptionId)
    .where('billable_item_id', '=', r.billableItemId)
    .where('period_start', '=', r.periodStart)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (row.invoice_id || row.recognized_through.getTime() >= r.through.getTime()) return new Decimal(0);
  const delta = roundAmount(r.deliveredAmount, r.currency).minus(row.recognized);
  await book(trx, {
    key: `usage:${r.subscriptionId}:${r.billableItemId}:${r.periodStart.toISOString()}:${r.through.toISOString()}`,
    customerId: r.customerId,
    testClock: r.testClock ?? null,
    currency: r.currency,
    source: 'usage_delivered',
    sourceId: r.subscriptionId,
    description: `Usage delivered (${r.billableItemId})`,
    recognizedAt: r.recognizedAt,
    postings: usageDelivered(delta),
    billableItemId: r.billableItemId,
  });
  await trx
    .updateTable('revenue_usage')
    .set({
      recognized: decimalString(new Decimal(row.recognized).plus(delta)),
      recognized_through: r.through,
    })
    .where('subscription_id', '=', r.subscriptionId)
    .where('billable_item_id', '=', r.billableItemId)
    .where('period_start', '=', r.periodStart)
    .execute();
  return delta;
}

/**
 * Earns fees billed in advance per second, one transaction per day boundary passed (`days`, in
 * order, each the end of a day in the account's zone), the last one at the end of the interval.
 * Returns how many transactions were booked.
 */
export async function earnDeferred(
  trx: Executor,
  scheduleId: string,
  boundaries: readonly Date[],
): Promise<number> {
  const s = await trx
    .selectFrom('deferred_schedules')
    .selectAll()
    .where('id', '=', scheduleId)
    .where('status', '=', 'active')
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
  if (!s) return 0;
  const service = period(s.period_start, s.period_end);
  const amount = new Decimal(s.amount);
  let recognized = new Decimal(s.recognized);
  let through = s.recognized_through;
  let booked = 0;
  const steps = boundaries
    .map((b) => (b.getTime() > s.period_end.getTime() ? s.period_end : b))
    .filter(
      (b, i, all) => b.getTime() > through.getTime() && (i === 0 || all[i - 1]?.getTime() !== b.getTime()),
    );
  for (const until of steps) {
    const delta = earnedBy(amount, service, until, s.currency).minus(recognized);
    const written = await book(trx, {
      key: `deferred:${s.id}:${until.toISOString()}`,
      customerId: s.customer_id,
      testClock: s.test_clock,
      currency: s.currency,
      source: 'deferred_earned',
      sourceId: s.invoice_id,
      description: `Fee earned over its service interval (${s.line_id})`,
      recognizedAt: through,
      postings: deferredEarned(delta),
      billableItemId: s.billable_item_id,
    });
    if (written) booked += 1;
    recognized = recognized.plus(delta);
    through = until;
  }
  await trx
    .updateTable('deferred_schedules')
    .set({
      recognized: decimalString(recognized),
      recognized_through: through,
      status: through.getTime() >= s.period_end.getTime() ? 'complete' : 'active',
    })
    .where('id', '=', s.id)
    .execute();
  return booked;
}
