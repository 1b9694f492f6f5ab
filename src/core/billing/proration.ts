import { Decimal } from '../money/decimal.js';
import { roundAmount } from '../money/money.js';
import { durationSeconds, type Period } from '../time/period.js';
import type { LineDraft } from './line.js';
import type { Slice } from './periods.js';

/**
 * The share of a license fee's service interval still ahead at `at`, per second: the seconds of
 * the (clipped) interval after `at` over the seconds of the full interval. 31 days from Mar 1,
 * at Mar 22 00:01: 863,940 / 2,678,400.
 */
export function remainingShare(slice: Slice, at: Date): Decimal {
  const total = durationSeconds(slice.full);
  if (total <= 0) return new Decimal(0);
  const from = Math.max(slice.period.start.getTime(), at.getTime());
  const remaining = Math.max(0, Math.floor((slice.period.end.getTime() - from) / 1000));
  return new Decimal(remaining).dividedBy(total);
}

/** The share of a full interval a clipped slice covers (a first partial period). */
export function coveredShare(slice: Slice): Decimal {
  const total = durationSeconds(slice.full);
  if (total <= 0) return new Decimal(0);
  return new Decimal(durationSeconds(slice.period)).dividedBy(total);
}

export interface FeeSlice {
  readonly feeId: string;
  readonly name: string;
  readonly billableItemId: string;
  readonly unitAmount: Decimal;
  readonly quantity: Decimal;
  readonly slice: Slice;
}

/**
 * Proration lines for a change at `at`: a credit `-(amount × share)` for every old fee slice
 * and a charge `+(amount × share)` for every new one, each rounded once on its own (DESIGN 4).
 * Slices entirely before `at` prorate nothing and make no line.
 */
export function prorationLines(
  oldFees: readonly FeeSlice[],
  newFees: readonly FeeSlice[],
  at: Date,
  currency: string,
  keyPrefix: string,
): LineDraft[] {
  const lines: LineDraft[] = [];
  const make = (fee: FeeSlice, sign: 1 | -1): LineDraft | undefined => {
    const share = remainingShare(fee.slice, at);
    if (share.isZero()) return undefined;
    const exact = fee.unitAmount.times(fee.quantity).times(share).times(sign);
    const start = new Date(Math.max(at.getTime(), fee.slice.period.start.getTime()));
    const p: Period = { start, end: fee.slice.period.end };
    const verb = sign < 0 ? 'Unused time on' : 'Remaining time on';
    return {
      key: `${keyPrefix}:${sign < 0 ? 'credit' : 'charge'}:${fee.feeId}:${fee.slice.full.start.toISOString()}`,
      type: 'proration',
      description: `${verb} ${fee.name} × ${fee.quantity.toFixed()}`,
      billableItemId: fee.billableItemId,
      quantity: fee.quantity.times(sign),
      unitAmount: fee.unitAmount,
      amount: roundAmount(exact, currency),
      periodStart: p.start,
      periodEnd: p.end,
    };
  };
  for (const fee of oldFees) {
    const line = make(fee, -1);
    if (line) lines.push(line);
  }
  for (const fee of newFees) {
    const line = make(fee, 1);
    if (line) lines.push(line);
  }
  return lines;
}
