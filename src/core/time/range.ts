/**
 * The instants Tariff accepts from clients: 1970-01-01T00:00:00Z up to the end of year 9999.
 * Unix seconds are non-negative in every API that takes them, so the lower bound matches; the
 * upper bound keeps a time writable as a four-digit ISO year (JS Date and PostgreSQL go further,
 * but `+010000-…` strings and year-0 timestamps broke the code that formats and stores them).
 */
export const MIN_INSTANT_MS = 0;
export const MAX_INSTANT_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
export const MAX_UNIX_SECONDS = Math.floor(MAX_INSTANT_MS / 1000);
export const MIN_YEAR = 1970;
export const MAX_YEAR = 9999;

export function inSupportedRange(at: Date): boolean {
  const ms = at.getTime();
  return Number.isFinite(ms) && ms >= MIN_INSTANT_MS && ms <= MAX_INSTANT_MS;
}
