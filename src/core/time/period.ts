import { Decimal } from '../money/decimal.js';

/** A half-open interval of time, `[start, end)`. */
export interface Period {
  readonly start: Date;
  readonly end: Date;
}

export function period(start: Date, end: Date): Period {
  if (end.getTime() < start.getTime()) throw new RangeError('a period cannot end before it starts');
  return Object.freeze({ start: new Date(start), end: new Date(end) });
}

export function contains(p: Period, at: Date): boolean {
  const t = at.getTime();
  return t >= p.start.getTime() && t < p.end.getTime();
}

export function overlaps(a: Period, b: Period): boolean {
  return a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime();
}

export function durationSeconds(p: Period): number {
  return Math.floor((p.end.getTime() - p.start.getTime()) / 1000);
}

/**
 * The share of a period that remains after `at`, per second: remaining seconds / seconds of the
 * period, exact. Clamped to [0, 1] so a change outside the period prorates nothing or everything.
 */
export function remainingFraction(p: Period, at: Date): Decimal {
  const total = durationSeconds(p);
  if (total <= 0) return new Decimal(0);
  const remaining = Math.floor((p.end.getTime() - at.getTime()) / 1000);
  const clamped = Math.max(0, Math.min(total, remaining));
  return new Decimal(clamped).dividedBy(total);
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.start.getTime() === b.start.getTime() && a.end.getTime() === b.end.getTime();
}
