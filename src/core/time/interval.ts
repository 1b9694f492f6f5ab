import { DateTime } from 'luxon';
import { type Period, period } from './period.js';

export type IntervalUnit = 'day' | 'week' | 'month' | 'year';
export const INTERVAL_UNITS: readonly IntervalUnit[] = ['day', 'week', 'month', 'year'];

/** A recurring interval: `count` × `unit`, counted from an anchor in a time zone. */
export interface Interval {
  readonly unit: IntervalUnit;
  readonly count: number;
}

function step(interval: Interval, n: number): Record<string, number> {
  switch (interval.unit) {
    case 'day':
      return { days: interval.count * n };
    case 'week':
      return { weeks: interval.count * n };
    case 'month':
      return { months: interval.count * n };
    case 'year':
      return { years: interval.count * n };
    default: {
      const never: never = interval.unit;
      throw new Error(`unknown interval unit ${String(never)}`);
    }
  }
}

/**
 * The n-th boundary after the anchor. Always counted from the anchor, never from the previous
 * boundary, so month-end anchors clamp and recover: Jan 31 → Feb 28 (29) → Mar 31. Calendar
 * arithmetic happens in the account's time zone, so "a month" in Asia/Tokyo starts at 00:00 JST.
 */
export function boundary(anchor: Date, interval: Interval, n: number, zone: string): Date {
  return DateTime.fromJSDate(anchor, { zone }).plus(step(interval, n)).toJSDate();
}

/** Approximate length of one interval in ms, used only to guess the index before correcting it. */
function approxMs(interval: Interval): number {
  const day = 86_400_000;
  const unit = { day, week: 7 * day, month: 30.436875 * day, year: 365.2425 * day }[interval.unit];
  return unit * interval.count;
}

/** Index n such that boundary(n) <= at < boundary(n + 1). Negative before the anchor. */
export function indexAt(anchor: Date, interval: Interval, at: Date, zone: string): number {
  let n = Math.floor((at.getTime() - anchor.getTime()) / approxMs(interval));
  while (boundary(anchor, interval, n, zone).getTime() > at.getTime()) n -= 1;
  while (boundary(anchor, interval, n + 1, zone).getTime() <= at.getTime()) n += 1;
  return n;
}

/** The interval period `[boundary(n), boundary(n+1))` that contains `at`. */
export function periodAt(anchor: Date, interval: Interval, at: Date, zone: string): Period {
  const n = indexAt(anchor, interval, at, zone);
  return nthPeriod(anchor, interval, n, zone);
}

export function nthPeriod(anchor: Date, interval: Interval, n: number, zone: string): Period {
  return period(boundary(anchor, interval, n, zone), boundary(anchor, interval, n + 1, zone));
}

/** Every interval period that lies entirely inside `[from, to)`, in order. */
export function periodsCompletedWithin(
  anchor: Date,
  interval: Interval,
  within: Period,
  zone: string,
): Period[] {
  const out: Period[] = [];
  let n = indexAt(anchor, interval, within.start, zone);
  for (;;) {
    const p = nthPeriod(anchor, interval, n, zone);
    if (p.end.getTime() > within.end.getTime()) break;
    if (p.start.getTime() >= within.start.getTime()) out.push(p);
    n += 1;
  }
  return out;
}

/** Whether an interval never outlasts another (a service interval must fit in the cadence). */
export function fitsWithin(inner: Interval, outer: Interval): boolean {
  return approxMs(inner) <= approxMs(outer) + 1;
}
