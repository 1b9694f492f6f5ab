export { type Clock, manualClock, systemClock } from './clock.js';
export {
  boundary,
  fitsWithin,
  INTERVAL_UNITS,
  type Interval,
  type IntervalUnit,
  indexAt,
  nthPeriod,
  periodAt,
  periodsCompletedWithin,
} from './interval.js';
export {
  contains,
  durationSeconds,
  overlaps,
  type Period,
  period,
  remainingFraction,
  samePeriod,
} from './period.js';
export {
  type CalendarUnit,
  calendarBuckets,
  calendarPeriod,
  dayPeriod,
  formatDate,
  formatMonth,
  isValidTimeZone,
  monthPeriod,
} from './zone.js';
