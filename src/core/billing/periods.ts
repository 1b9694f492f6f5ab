import { type Interval, indexAt, nthPeriod } from '../time/interval.js';
import { type Period, period } from '../time/period.js';

/**
 * One interval of a recurring schedule, clipped to the life of a subscription. `full` is the
 * unclipped interval (what a license fee's price is for); `period` is the part the customer has.
 */
export interface Slice {
  readonly period: Period;
  readonly full: Period;
}

export interface Schedule {
  readonly anchor: Date;
  readonly interval: Interval;
  readonly zone: string;
  /** Nothing before this moment belongs to the subscription (its start, or its trial end). */
  readonly floor: Date;
  /** Nothing at or after this moment (cancellation); absent while the subscription runs. */
  readonly ceiling?: Date | undefined;
}

const ms = (d: Date) => d.getTime();

function clip(s: Schedule, full: Period): Period | undefined {
  const start = Math.max(ms(full.start), ms(s.floor));
  const end = s.ceiling ? Math.min(ms(full.end), ms(s.ceiling)) : ms(full.end);
  if (end <= start) return undefined;
  return period(new Date(start), new Date(end));
}

/** The billing period that contains `at` (clipped to the subscription), e.g. the first one at the start. */
export function sliceAt(s: Schedule, at: Date): Slice {
  const full = nthPeriod(s.anchor, s.interval, indexAt(s.anchor, s.interval, at, s.zone), s.zone);
  return { full, period: clip(s, full) ?? period(at, at) };
}

/** Intervals whose clipped part starts inside `[window.start, window.end)`: billed in advance. */
export function slicesStartingIn(s: Schedule, window: Period): Slice[] {
  const out: Slice[] = [];
  let n = indexAt(s.anchor, s.interval, window.start, s.zone);
  for (;;) {
    const full = nthPeriod(s.anchor, s.interval, n, s.zone);
    if (ms(full.start) >= ms(window.end)) break;
    const p = clip(s, full);
    if (p && ms(p.start) >= ms(window.start) && ms(p.start) < ms(window.end)) out.push({ period: p, full });
    n += 1;
  }
  return out;
}

/**
 * Intervals whose clipped part ends inside `(window.start, window.end]`: usage billed in arrears.
 * A 5-month interval on an annual cadence completes twice in the first year (10 months of
 * usage); the interval still running at the year's end is billed with the next year.
 */
export function slicesCompletedIn(s: Schedule, window: Period): Slice[] {
  const out: Slice[] = [];
  let n = indexAt(s.anchor, s.interval, new Date(ms(window.start) - 1), s.zone);
  for (;;) {
    const full = nthPeriod(s.anchor, s.interval, n, s.zone);
    const p = clip(s, full);
    if (ms(full.start) >= ms(window.end)) break;
    if (p && ms(p.end) > ms(window.start) && ms(p.end) <= ms(window.end)) out.push({ period: p, full });
    n += 1;
  }
  return out;
}

/** The first interval start at or after `from` (clipped), or undefined past the ceiling. */
export function nextStartFrom(s: Schedule, from: Date): Slice | undefined {
  let n = indexAt(s.anchor, s.interval, from, s.zone);
  for (let guard = 0; guard < 4; guard += 1, n += 1) {
    const full = nthPeriod(s.anchor, s.interval, n, s.zone);
    const p = clip(s, full);
    if (p && ms(p.start) >= ms(from)) return { period: p, full };
    if (s.ceiling && ms(full.start) >= ms(s.ceiling)) return undefined;
  }
  return undefined;
}
