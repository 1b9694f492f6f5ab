import { describe, expect, it } from 'vitest';
import { period } from '../core/time/period.js';
import { MAX_SIMULATED_PERIODS, servicePeriods } from './service-periods.js';

const d = (s: string) => new Date(s);
const iso = (ps: { start: Date; end: Date }[]) => ps.map((p) => [p.start.toISOString(), p.end.toISOString()]);

describe('servicePeriods', () => {
  it('splits a window into whole intervals from its start', () => {
    const ps = servicePeriods(
      period(d('2026-01-01T00:00:00Z'), d('2026-04-01T00:00:00Z')),
      { unit: 'month', count: 1 },
      'UTC',
    );
    expect(iso(ps ?? [])).toEqual([
      ['2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z'],
      ['2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z'],
      ['2026-03-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z'],
    ]);
  });

  it('cuts the last interval at the window end', () => {
    const ps = servicePeriods(
      period(d('2026-01-01T00:00:00Z'), d('2026-01-18T00:00:00Z')),
      { unit: 'week', count: 1 },
      'UTC',
    );
    expect(iso(ps ?? []).at(-1)).toEqual(['2026-01-15T00:00:00.000Z', '2026-01-18T00:00:00.000Z']);
    expect(ps).toHaveLength(3);
  });

  it('counts calendar months in the zone, clamping month ends', () => {
    const start = d('2026-01-30T15:00:00Z'); // Jan 31 00:00 in Tokyo
    const ps = servicePeriods(
      period(start, d('2026-03-30T15:00:00Z')),
      { unit: 'month', count: 1 },
      'Asia/Tokyo',
    );
    expect(iso(ps ?? [])[0]).toEqual(['2026-01-30T15:00:00.000Z', '2026-02-27T15:00:00.000Z']);
  });

  it('returns nothing for an empty window and refuses an oversized one', () => {
    expect(
      servicePeriods(
        period(d('2026-01-01T00:00:00Z'), d('2026-01-01T00:00:00Z')),
        { unit: 'day', count: 1 },
        'UTC',
      ),
    ).toEqual([]);
    const long = period(d('2026-01-01T00:00:00Z'), d('2028-01-01T00:00:00Z'));
    expect(servicePeriods(long, { unit: 'day', count: 1 }, 'UTC')).toBeUndefined();
    expect(servicePeriods(long, { unit: 'day', count: 2 }, 'UTC')).toHaveLength(MAX_SIMULATED_PERIODS - 35);
  });
});
