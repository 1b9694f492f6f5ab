import { describe, expect, it } from 'vitest';
import { period } from '../time/period.js';
import { nextStartFrom, type Schedule, sliceAt, slicesCompletedIn, slicesStartingIn } from './periods.js';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const iso = (p: { start: Date; end: Date }) =>
  `${p.start.toISOString().slice(0, 10)}..${p.end.toISOString().slice(0, 10)}`;

describe('billing periods and service intervals', () => {
  it('month-end anchors clamp and recover: Jan 31 → Feb 28 → Mar 31', () => {
    const s: Schedule = {
      anchor: d('2026-01-31'),
      interval: { unit: 'month', count: 1 },
      zone: 'UTC',
      floor: d('2026-01-31'),
    };
    expect(iso(sliceAt(s, d('2026-02-15')).period)).toBe('2026-01-31..2026-02-28');
    expect(iso(sliceAt(s, d('2026-03-01')).period)).toBe('2026-02-28..2026-03-31');
    expect(iso(sliceAt(s, d('2026-04-05')).period)).toBe('2026-03-31..2026-04-30');
  });

  it('5-month service intervals on an annual cadence: two complete in the first year (10 months)', () => {
    const service: Schedule = {
      anchor: d('2026-03-31'),
      interval: { unit: 'month', count: 5 },
      zone: 'UTC',
      floor: d('2026-03-31'),
    };
    const year1 = period(d('2026-03-31'), d('2027-03-31'));
    expect(slicesCompletedIn(service, year1).map((x) => iso(x.period))).toEqual([
      '2026-03-31..2026-08-31',
      '2026-08-31..2027-01-31',
    ]);
    const year2 = period(d('2027-03-31'), d('2028-03-31'));
    expect(slicesCompletedIn(service, year2).map((x) => iso(x.period))).toEqual([
      '2027-01-31..2027-06-30',
      '2027-06-30..2027-11-30',
    ]);
  });

  it('a start after the anchor clips the first interval; fees start at the start', () => {
    const s: Schedule = {
      anchor: d('2026-03-01'),
      interval: { unit: 'month', count: 1 },
      zone: 'UTC',
      floor: d('2026-03-16'),
    };
    const first = sliceAt(s, d('2026-03-16'));
    expect(iso(first.period)).toBe('2026-03-16..2026-04-01');
    expect(iso(first.full)).toBe('2026-03-01..2026-04-01');
    expect(slicesStartingIn(s, first.period).map((x) => iso(x.period))).toEqual(['2026-03-16..2026-04-01']);
  });

  it('weekly intervals inside a monthly period', () => {
    const s: Schedule = {
      anchor: d('2026-03-01'),
      interval: { unit: 'week', count: 1 },
      zone: 'UTC',
      floor: d('2026-03-01'),
    };
    const march = period(d('2026-03-01'), d('2026-04-01'));
    expect(slicesCompletedIn(s, march)).toHaveLength(4);
    expect(slicesStartingIn(s, march)).toHaveLength(5);
  });

  it('a ceiling (cancellation) cuts the running interval so its usage is billed', () => {
    const s: Schedule = {
      anchor: d('2026-03-01'),
      interval: { unit: 'month', count: 1 },
      zone: 'UTC',
      floor: d('2026-03-01'),
      ceiling: d('2026-03-10'),
    };
    expect(slicesCompletedIn(s, period(d('2026-03-01'), d('2026-03-10'))).map((x) => iso(x.period))).toEqual([
      '2026-03-01..2026-03-10',
    ]);
    expect(nextStartFrom(s, d('2026-03-02'))).toBeUndefined();
  });

  it('time zones: a month in Asia/Tokyo starts at 00:00 JST', () => {
    const anchor = new Date('2026-02-28T15:00:00Z');
    const s: Schedule = { anchor, interval: { unit: 'month', count: 1 }, zone: 'Asia/Tokyo', floor: anchor };
    expect(sliceAt(s, new Date('2026-04-10T00:00:00Z')).period.start.toISOString()).toBe(
      '2026-03-31T15:00:00.000Z',
    );
  });
});
