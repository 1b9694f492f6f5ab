import type { Period } from '../core/time/period.js';

const HOUR_MS = 3_600_000;

export interface Range {
  readonly start: Date;
  readonly end: Date;
}

/**
 * How a set of consecutive buckets is answered exactly: whole UTC hours inside one bucket come
 * from the hourly rollups; the rest (a window that starts or ends mid-hour, or a calendar
 * boundary inside an hour in a zone such as Asia/Kolkata) from the raw events of those minutes.
 * Every instant of every bucket is covered exactly once.
 */
export interface Cover {
  readonly hours: Range[];
  readonly raw: Range[];
}

function push(list: Range[], start: number, end: number): void {
  if (end <= start) return;
  const prev = list[list.length - 1];
  if (prev && prev.end.getTime() === start) list[list.length - 1] = { start: prev.start, end: new Date(end) };
  else list.push({ start: new Date(start), end: new Date(end) });
}

export function cover(buckets: readonly Period[]): Cover {
  const hours: Range[] = [];
  const raw: Range[] = [];
  for (const b of buckets) {
    const s = b.start.getTime();
    const e = b.end.getTime();
    const hs = Math.ceil(s / HOUR_MS) * HOUR_MS;
    const he = Math.floor(e / HOUR_MS) * HOUR_MS;
    if (hs < he) {
      push(raw, s, hs);
      push(hours, hs, he);
      push(raw, he, e);
    } else {
      push(raw, s, e);
    }
  }
  return { hours, raw };
}
