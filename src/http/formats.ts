import { MAX_INSTANT_MS, MIN_INSTANT_MS } from '../core/time/range.js';

/**
 * The `date-time` format every Timestamp field is validated with (replacing ajv-formats'): RFC 3339
 * with an upper-case `T`, `Z` or a ±hh:mm offset, and a real calendar date. ajv-formats accepts a
 * leap second (`23:59:60Z`) and year 0000, which `new Date` then either normalises to the next
 * minute or turns into a time PostgreSQL refuses (a 500); both are refused here, as is any instant
 * outside 1970-01-01T00:00:00Z … 9999-12-31T23:59:59.999Z (src/core/time/range.ts).
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|([+-])(\d{2}):(\d{2}))$/;

const daysIn = (year: number, month: number) =>
  new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !isLeap(year) ? 1 : 0);
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function isStrictDateTime(text: string): boolean {
  const m = DATE_TIME.exec(text);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || s > 59) return false;
  let offsetMinutes = 0;
  if (m[9]) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return false;
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const at = new Date(0);
  at.setUTCFullYear(y, mo - 1, d);
  at.setUTCHours(h, mi, s, Number((m[7] ?? '.0').slice(1, 4).padEnd(3, '0')));
  const ms = at.getTime() - offsetMinutes * 60_000;
  return ms >= MIN_INSTANT_MS && ms <= MAX_INSTANT_MS;
}

export const DATE_TIME_RULE =
  'expected an RFC 3339 timestamp such as 2026-03-01T00:00:00Z, a real calendar date and time (no leap second) between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z.';

export const dateTimeFormat = { type: 'string' as const, validate: isStrictDateTime };
