import { DateTime, IANAZone } from 'luxon';
import { type Period, period } from './period.js';
import { inSupportedRange } from './range.js';

export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

export type CalendarUnit = 'hour' | 'day' | 'month';

/** The calendar hour, day or month containing `at`, in the account's time zone. */
export function calendarPeriod(at: Date, unit: CalendarUnit, zone: string): Period {
  const start = DateTime.fromJSDate(at, { zone }).startOf(unit);
  return period(start.toJSDate(), start.plus({ [`${unit}s`]: 1 }).toJSDate());
}

/** A calendar day given as `YYYY-MM-DD` in the zone, or undefined when the string is not a date. */
export function dayPeriod(date: string, zone: string): Period | undefined {
  const start = DateTime.fromISO(date, { zone });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !start.isValid || !inSupportedRange(start.toJSDate()))
    return undefined;
  return period(start.toJSDate(), start.plus({ days: 1 }).toJSDate());
}

/** A calendar month given as `YYYY-MM` in the zone, or undefined. */
export function monthPeriod(month: string, zone: string): Period | undefined {
  const start = DateTime.fromISO(`${month}-01`, { zone });
  if (!/^\d{4}-\d{2}$/.test(month) || !start.isValid || !inSupportedRange(start.toJSDate())) return undefined;
  return period(start.toJSDate(), start.plus({ months: 1 }).toJSDate());
}

/** Splits a window into consecutive calendar buckets in the zone (for usage by hour/day/month). */
export function calendarBuckets(window: Period, unit: CalendarUnit, zone: string): Period[] {
  const out: Period[] = [];
  let cursor = DateTime.fromJSDate(window.start, { zone }).startOf(unit);
  const end = window.end.getTime();
  while (cursor.toMillis() < end) {
    const next = cursor.plus({ [`${unit}s`]: 1 });
    out.push(period(cursor.toJSDate(), next.toJSDate()));
    cursor = next;
  }
  return out;
}

export function formatDate(at: Date, zone: string): string {
  return DateTime.fromJSDate(at, { zone }).toFormat('yyyy-MM-dd');
}

export function formatMonth(at: Date, zone: string): string {
  return DateTime.fromJSDate(at, { zone }).toFormat('yyyy-MM');
}
