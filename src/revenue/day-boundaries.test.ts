import { describe, expect, it } from 'vitest';
import { dayBoundaries } from './service.js';

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());

describe('dayBoundaries', () => {
  it('lists the ends of completed days after `from`, in the account time zone', () => {
    expect(
      iso(dayBoundaries(new Date('2026-03-01T00:00:00Z'), new Date('2026-03-03T12:00:00Z'), 'UTC')),
    ).toEqual(['2026-03-02T00:00:00.000Z', '2026-03-03T00:00:00.000Z']);
    // Tokyo days end at 15:00 UTC
    expect(
      iso(dayBoundaries(new Date('2026-03-01T15:00:00Z'), new Date('2026-03-03T16:00:00Z'), 'Asia/Tokyo')),
    ).toEqual(['2026-03-02T15:00:00.000Z', '2026-03-03T15:00:00.000Z']);
  });

  it('is empty inside the same day and keeps only the latest maxDays', () => {
    expect(dayBoundaries(new Date('2026-03-03T01:00:00Z'), new Date('2026-03-03T23:00:00Z'), 'UTC')).toEqual(
      [],
    );
    const capped = dayBoundaries(
      new Date('2025-01-01T00:00:00Z'),
      new Date('2026-03-03T12:00:00Z'),
      'UTC',
      3,
    );
    expect(iso(capped)).toEqual([
      '2026-03-01T00:00:00.000Z',
      '2026-03-02T00:00:00.000Z',
      '2026-03-03T00:00:00.000Z',
    ]);
  });
});
