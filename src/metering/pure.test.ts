import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../core/money/decimal.js';
import { period } from '../core/time/period.js';
import { nextCellValue } from './cells.js';
import { cover } from './cover.js';
import {
  checkWindow,
  dimensionKey,
  isRejection,
  measure,
  parseEnvelope,
  parseEventTime,
} from './event-parse.js';

const H = 3_600_000;
const T0 = Date.parse('2026-03-01T00:00:00Z');

describe('cover', () => {
  it.each([
    ['whole hours', [[0, 3 * H]], [[0, 3 * H]], []],
    ['two whole days', [[0, 48 * H]], [], [], [[0, 48 * H]]],
    [
      'partial edges',
      [[H / 2, 3 * H + 60_000]],
      [[H, 3 * H]],
      [
        [H / 2, H],
        [3 * H, 3 * H + 60_000],
      ],
    ],
    ['inside one hour', [[60_000, 120_000]], [], [[60_000, 120_000]]],
    [
      'Kolkata days',
      [
        [-H / 2, 24 * H - H / 2],
        [24 * H - H / 2, 48 * H - H / 2],
      ],
      [
        [0, 23 * H],
        [24 * H, 47 * H],
      ],
      [
        [-H / 2, 0],
        [23 * H, 24 * H],
        [47 * H, 47.5 * H],
      ],
    ],
    [
      'Tokyo month: whole UTC days in between',
      [[-9 * H, 31 * 24 * H - 9 * H]],
      [
        [-9 * H, 0],
        [30 * 24 * H, 31 * 24 * H - 9 * H],
      ],
      [],
      [[0, 30 * 24 * H]],
    ],
  ] as const)('%s', (_, buckets, hours, raw, days?: readonly (readonly [number, number])[]) => {
    const c = cover(buckets.map(([s, e]) => period(new Date(T0 + s), new Date(T0 + e))));
    const ms = (rs: readonly { start: Date; end: Date }[]) =>
      rs.map((r) => [r.start.getTime() - T0, r.end.getTime() - T0]);
    expect(ms(c.hours)).toEqual(hours);
    expect(ms(c.raw)).toEqual(raw);
    expect(ms(c.days)).toEqual(days ?? []);
  });

  it('covers every instant of consecutive buckets exactly once, rollups only with whole hours and days', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 4000 * 60 }), { minLength: 2, maxLength: 8 }),
        fc.integer({ min: 0, max: 4000 * 60 }),
        (cuts, probe) => {
          const sorted = [...cuts].sort((a, b) => a - b);
          const buckets = sorted
            .slice(1)
            .map((m, i) => period(new Date(T0 + (sorted[i] ?? 0) * 60_000), new Date(T0 + m * 60_000)));
          const c = cover(buckets);
          const at = T0 + probe * 60_000;
          const inside = (rs: readonly { start: Date; end: Date }[]) =>
            rs.filter((r) => r.start.getTime() <= at && at < r.end.getTime()).length;
          const inBuckets = at >= T0 + (sorted[0] ?? 0) * 60_000 && at < T0 + (sorted.at(-1) ?? 0) * 60_000;
          expect(inside(c.days) + inside(c.hours) + inside(c.raw)).toBe(inBuckets ? 1 : 0);
          for (const r of c.hours) expect((r.start.getTime() % H) + (r.end.getTime() % H)).toBe(0);
          for (const r of c.days)
            expect((r.start.getTime() % (24 * H)) + (r.end.getTime() % (24 * H))).toBe(0);
        },
      ),
    );
  });
});

describe('event parsing', () => {
  const meter = {
    formula: 'sum' as const,
    customer_key: 'customer',
    value_key: 'value',
    dimension_keys: ['model'],
  };

  it('reads ISO 8601 and Unix seconds', () => {
    expect(parseEventTime('2026-03-01T00:00:00Z')?.getTime()).toBe(T0);
    expect(parseEventTime(T0 / 1000)?.getTime()).toBe(T0);
    expect(parseEventTime(String(T0 / 1000))?.getTime()).toBe(T0);
    expect(parseEventTime('yesterday')).toBeUndefined();
    expect(parseEventTime(1.5)).toBeUndefined();
  });

  it.each([
    [{ event_name: 'x' }, 'parameter_missing'],
    [{ event_name: 'x', payload: {}, colour: 1 }, 'parameter_unknown'],
    [{ event_name: 'x', payload: {}, identifier: '' }, 'parameter_invalid'],
    [{ event_name: 'x', payload: {}, timestamp: 'soon' }, 'parameter_invalid'],
    [[], 'parameter_invalid'],
  ])('rejects envelope %j with %s', (raw, code) => {
    const r = parseEnvelope(raw);
    expect(isRejection(r) && r.code).toBe(code);
  });

  it.each([
    [{ customer: 'c', value: '1.50' }, '1.5', '[]'],
    [{ customer: 'c', value: -2, model: 'tiny' }, '-2', '[["model","tiny"]]'],
    [{ customer: 'c', value: '1e3' }, 'invalid_value', ''],
    [{ value: '1' }, 'parameter_missing', ''],
  ])('measures %j', (payload, value, dimKey) => {
    const m = measure(meter, payload);
    if (isRejection(m)) expect(m.code).toBe(value);
    else expect([m.value.toFixed(), m.dimKey]).toEqual([value, dimKey]);
  });

  it('allows negative values only on sum meters; count ignores the value', () => {
    const neg = measure({ ...meter, formula: 'max' }, { customer: 'c', value: '-1' });
    expect(isRejection(neg) && neg.code).toBe('invalid_value');
    const count = measure({ ...meter, formula: 'count' }, { customer: 'c' });
    expect(!isRejection(count) && count.value.toFixed()).toBe('1');
  });

  it('keys a dimension set independently of key order', () => {
    expect(dimensionKey({ b: '2', a: '1' })).toBe(dimensionKey({ a: '1', b: '2' }));
  });

  it('keys a dimension set as the JSON of its sorted [name, value] pairs (the stored format)', () => {
    // Stored keys and the fold's rebuild of a set from its key (fold.ts) rely on this exact text.
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string({ unit: 'binary' })), (dims) => {
        const sorted = Object.keys(dims).sort();
        expect(dimensionKey(dims)).toBe(JSON.stringify(sorted.map((k) => [k, dims[k]])));
      }),
    );
  });

  it('accepts 35 days back and 5 minutes ahead, inclusive', () => {
    const now = new Date(T0);
    expect(checkWindow(new Date(T0 - 35 * 86_400_000), now, 35 * 86400, 300)).toBeUndefined();
    expect(checkWindow(new Date(T0 + 300_000), now, 35 * 86400, 300)).toBeUndefined();
    expect(checkWindow(new Date(T0 + 300_001), now, 35 * 86400, 300)?.code).toBe('timestamp_out_of_range');
  });
});

describe('cells', () => {
  it('follows the FAQ cell sequence add 5, add 3, sub 2, direct 10', () => {
    let cell = new Decimal(0);
    const seen = [];
    for (const [method, n] of [
      ['add', 5],
      ['add', 3],
      ['sub', 2],
      ['direct', 10],
    ] as const) {
      cell = nextCellValue(cell, method, new Decimal(n));
      seen.push(cell.toNumber());
    }
    expect(seen).toEqual([5, 8, 6, 10]);
  });
});
