import { type Interval, nthPeriod } from '../core/time/interval.js';
import { type Period, period } from '../core/time/period.js';

/** A simulation covers at most this many service intervals of one component. */
export const MAX_SIMULATED_PERIODS = 400;

/**
 * The service intervals of a window, counted from its start in the account's time zone; the last
 * one is cut at the window's end (a partial interval is priced on the usage inside it).
 * Returns undefined when the window holds more than MAX_SIMULATED_PERIODS intervals.
 */
export function servicePeriods(window: Period, interval: Interval, zone: string): Period[] | undefined {
  const out: Period[] = [];
  for (let n = 0; ; n++) {
    const p = nthPeriod(window.start, interval, n, zone);
    if (p.start.getTime() >= window.end.getTime()) return out;
    if (out.length === MAX_SIMULATED_PERIODS) return undefined;
    out.push(p.end.getTime() > window.end.getTime() ? period(p.start, window.end) : p);
  }
}
