import { ApiError } from '../shared/errors/index.js';

/**
 * How far a subscription may start from now. Starting in the past bills every period since, at
 * once: a `start_date` of 1900-01-01 made one request run 11.5 s and issue 1,524 invoices. Usage
 * older than the account's event window cannot be ingested anyway, so starting before it needs
 * `backfill: true`, and even then at most BACKFILL_YEARS back (24 monthly invoices). Starting
 * more than FUTURE_YEARS ahead is refused as a likely typo (2062 for 2026).
 */
export const BACKFILL_YEARS = 2;
export const FUTURE_YEARS = 2;

const yearsFrom = (at: Date, years: number) => {
  const d = new Date(at.getTime());
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d;
};

export function assertStartDate(
  start: Date,
  now: Date,
  eventWindowPastSeconds: number,
  backfill: boolean,
): void {
  const earliest = yearsFrom(now, -BACKFILL_YEARS);
  if (start < earliest) {
    throw new ApiError(
      'parameter_invalid',
      `start_date may be at most ${BACKFILL_YEARS} years before now (${earliest.toISOString()}), even with backfill: true.`,
      { param: 'start_date' },
    );
  }
  const window = new Date(now.getTime() - eventWindowPastSeconds * 1000);
  if (start < window && !backfill) {
    throw new ApiError(
      'parameter_invalid',
      `start_date is before the account's event window (${eventWindowPastSeconds / 86400} days, ${window.toISOString()}); send backfill: true to bill the periods since (at most ${BACKFILL_YEARS} years back).`,
      { param: 'start_date' },
    );
  }
  const latest = yearsFrom(now, FUTURE_YEARS);
  if (start > latest) {
    throw new ApiError(
      'parameter_invalid',
      `start_date may be at most ${FUTURE_YEARS} years after now (${latest.toISOString()}).`,
      { param: 'start_date' },
    );
  }
}
