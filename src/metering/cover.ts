import type { Period } from '../core/time/period.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

export interface Range {
  readonly start: Date;
  readonly end: Date;
}

/**
 * How a set of consecutive buckets is answered exactly: whole UTC days inside one bucket come
 * from the daily rollups, the other whole UTC hours from the hourly rollups; the rest (a window
 * that starts or ends mid-hour, or a calendar boundary inside an hour in a zone such as
 * Asia/Kolkata) from the raw events of those minutes. Every instant of every bucket is covered
 * exactly once, and a month reads about 30 daily rows whatever the traffic.
 */
export interface Cover {
  readonly days: Range[];
  readonly hours: Range[];
  readonly raw: Range[];
}

function push(list: Range[], start: number, end: number): void {
  if (end <= start) return;
  const prev = list[list.length - 1];
  if (prev && prev.end.getTime() === start) list[list.length - 1] = { start: prev.start, end: new Date(end) };
  else list.push({ start: new Date(start), end: new Date(end) });
}

/** Whole UTC days of [s, e) (both on hour boundaries) to `days`, the hours around them to `hours`. */
function pushHours(days: Range[], hours: Range[], s: number, e: number): void {
  const ds = Math.ceil(s / DAY_MS) * DAY_MS;
  const de = Math.floor(e / DAY_MS) * DAY_MS;
  if (ds < de) {
    push(hours, s, ds);
    push(days, ds, de);
    push(hours, de, e);
  } else {
    push(hours, s, e);
  }
}

export function cover(buckets: readonly Period[]): Cover {
  const days: Range[] = [];
  const hours: Range[] = [];
  const raw: Range[] = [];
  for (const b of buckets) {
    const s = b.start.getTime();
    const e = b.end.getTime();
    const hs = Math.ceil(s / HOUR_MS) * HOUR_MS;
    const he = Math.floor(e / HOUR_MS) * HOUR_MS;
    if (hs < he) {
      push(raw, s, hs);
      pushHours(days, hours, hs, he);
      push(raw, he, e);
    } else {
      push(raw, s, e);
    }
  }
  return { days, hours, raw };
}
