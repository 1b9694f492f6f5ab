import { describe, expect, it } from 'vitest';
import { boundary, indexAt, periodAt, periodsCompletedWithin } from './interval.js';
import { period, remainingFraction } from './period.js';
import { calendarBuckets, calendarPeriod, dayPeriod } from './zone.js';

const d = (s: string) => new Date(s);
const iso = (x: Date) => x.toISOString();

describe('month-end clamping counts from the anchor', () => {
  it('Jan 31 → Feb 28 → Mar 31 → Apr 30', () => {
    const anchor = d('2026-01-31T00:00:00Z');
    const m = { unit: 'month', count: 1 } as const;
    expect([1, 2, 3].map((n) => iso(boundary(anchor, m, n, 'UTC')))).toEqual([
      '2026-02-28T00:00:00.000Z',
      '2026-03-31T00:00:00.000Z',
      '2026-04-30T00:00:00.000Z',
    ]);
  });

  it('Feb 29 in a leap year', () => {
    expect(iso(boundary(d('2028-01-31T00:00:00Z'), { unit: 'month', count: 1 }, 1, 'UTC'))).toBe(
      '2028-02-29T00:00:00.000Z',
    );
  });

  it.each([
    ['day', 3, '2026-01-04T00:00:00.000Z'],
    ['week', 2, '2026-01-15T00:00:00.000Z'],
    ['month', 3, '2026-04-01T00:00:00.000Z'],
    ['year', 1, '2027-01-01T00:00:00.000Z'],
  ] as const)('%s × %i', (unit, count, expected) => {
    expect(iso(boundary(d('2026-01-01T00:00:00Z'), { unit, count }, 1, 'UTC'))).toBe(expected);
  });

  it('months in Asia/Tokyo start at 00:00 JST', () => {
    const anchor = d('2026-02-28T15:00:00Z'); // Mar 1 00:00 JST
    expect(iso(boundary(anchor, { unit: 'month', count: 1 }, 1, 'Asia/Tokyo'))).toBe(
      '2026-03-31T15:00:00.000Z',
    );
  });
});

describe('periods', () => {
  it('finds the period containing an instant (half-open)', () => {
    const anchor = d('2026-01-31T00:00:00Z');
    const m = { unit: 'month', count: 1 } as const;
    const p = periodAt(anchor, m, d('2026-02-28T00:00:00Z'), 'UTC');
    expect([iso(p.start), iso(p.end)]).toEqual(['2026-02-28T00:00:00.000Z', '2026-03-31T00:00:00.000Z']);
    expect(indexAt(anchor, m, d('2026-01-30T00:00:00Z'), 'UTC')).toBe(-1);
  });

  it('a 5-month service interval inside an annual billing period completes twice (seed 004)', () => {
    const anchor = d('2025-04-01T00:00:00Z');
    const year = period(anchor, d('2026-04-01T00:00:00Z'));
    const done = periodsCompletedWithin(anchor, { unit: 'month', count: 5 }, year, 'UTC');
    expect(done.map((p) => [iso(p.start).slice(0, 10), iso(p.end).slice(0, 10)])).toEqual([
      ['2025-04-01', '2025-09-01'],
      ['2025-09-01', '2026-02-01'],
    ]);
  });
});

describe('per-second proration fraction (seed 000)', () => {
  const march = period(d('2026-03-01T00:00:00Z'), d('2026-04-01T00:00:00Z'));
  it('a minute under ten days left', () => {
    const f = remainingFraction(march, d('2026-03-22T00:01:00Z'));
    expect(f.times(25000).toDecimalPlaces(0).toString()).toBe('8064');
    expect(f.times(28000).toDecimalPlaces(0).toString()).toBe('9032');
  });
  it('exactly ten days left', () => {
    expect(
      remainingFraction(march, d('2026-03-22T00:00:00Z')).times(25000).toDecimalPlaces(0).toString(),
    ).toBe('8065');
  });
});

describe('calendar in a time zone', () => {
  it('a Tokyo day', () => {
    const p = dayPeriod('2026-03-01', 'Asia/Tokyo')!;
    expect([iso(p.start), iso(p.end)]).toEqual(['2026-02-28T15:00:00.000Z', '2026-03-01T15:00:00.000Z']);
    expect(iso(calendarPeriod(d('2026-02-28T16:00:00Z'), 'day', 'Asia/Tokyo').start)).toBe(
      '2026-02-28T15:00:00.000Z',
    );
  });
  it('rejects a malformed date', () => expect(dayPeriod('2026-3-1', 'UTC')).toBeUndefined());
  it('splits a window into days', () => {
    const days = calendarBuckets(period(d('2026-03-01T00:00:00Z'), d('2026-03-04T00:00:00Z')), 'day', 'UTC');
    expect(days).toHaveLength(3);
  });
});
