import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, sum } from '../money/decimal.js';
import { invoiceLines } from './assemble.js';
import { type DiscountSpec, discountLines, discountShares } from './discounts.js';
import type { LineDraft } from './line.js';

const apr = new Date('2026-04-01T00:00:00Z');
const may = new Date('2026-05-01T00:00:00Z');
const jun = new Date('2026-06-01T00:00:00Z');

const line = (
  key: string,
  amount: string,
  item: string | null = null,
  start = apr,
  end = may,
): LineDraft => ({
  key,
  type: 'license_fee',
  description: key,
  billableItemId: item,
  quantity: null,
  unitAmount: null,
  amount: new Decimal(amount),
  periodStart: start,
  periodEnd: end,
});

const coupon = (over: Partial<DiscountSpec>): DiscountSpec => ({
  id: 'di_1',
  name: 'Launch',
  percentOff: null,
  amountOff: null,
  billableItems: null,
  start: apr,
  end: null,
  ...over,
});

const strings = (xs: readonly Decimal[]) => xs.map((x) => x.toFixed(2));

describe('discountShares', () => {
  it.each([
    // percent: rounded once per line (half up)
    ['20% of 10.05 and 0.03', ['10.05', '0.03'], coupon({ percentOff: new Decimal(20) }), ['2.01', '0.01']],
    [
      '33.33% of 1.00 ×3',
      ['1.00', '1.00', '1.00'],
      coupon({ percentOff: new Decimal('33.33') }),
      ['0.33', '0.33', '0.33'],
    ],
    [
      '100% (first month free)',
      ['49.00', '6.00'],
      coupon({ percentOff: new Decimal(100) }),
      ['49.00', '6.00'],
    ],
    // amount: allocated in proportion, sums exactly
    ['10.00 off 1+2', ['1.00', '2.00'], coupon({ amountOff: new Decimal(10) }), ['1.00', '2.00']],
    [
      '1.00 off three thirds',
      ['3.00', '3.00', '3.00'],
      coupon({ amountOff: new Decimal(1) }),
      ['0.34', '0.33', '0.33'],
    ],
    [
      'item-limited',
      ['5.00', '5.00'],
      coupon({ percentOff: new Decimal(50), billableItems: ['bi_b'] }),
      ['0.00', '2.50'],
    ],
  ])('%s', (_name, amounts, d, expected) => {
    const lines = amounts.map((a, i) => line(`l${i}`, a, i === 1 ? 'bi_b' : 'bi_a'));
    expect(strings(discountShares(lines, [d], 'USD')[0] ?? [])).toEqual(expected);
  });

  it('a discount starting mid-period is prorated by time on the lines of that period', () => {
    const lines = [
      line('april', '30.00', null, apr, may),
      line('prorated', '15.00', null, new Date('2026-04-16T00:00:00Z'), may),
      line('march', '30.00', null, new Date('2026-03-01T00:00:00Z'), apr),
    ];
    const d = coupon({ percentOff: new Decimal(10), start: new Date('2026-04-16T00:00:00Z') });
    // April: 15 of its 30 days in reach → 30.00 × 10 % × 15/30; the line from Apr 16 wholly; March not.
    expect(strings(discountShares(lines, [d], 'USD')[0] ?? [])).toEqual(['1.50', '1.50', '0.00']);
  });

  it('an amount_off in force for part of the period takes that part of its amount', () => {
    const lines = [line('april', '30.00', null, apr, may), line('usage', '12.00', null, apr, may)];
    // 10 days of April's 30 → 10.00 × 1/3 = 3.33, allocated 30 : 12.
    const d = coupon({ amountOff: new Decimal(10), start: new Date('2026-04-21T00:00:00Z') });
    expect(strings(discountShares(lines, [d], 'USD')[0] ?? [])).toEqual(['2.38', '0.95']);
  });

  it('a discount ending mid-period is prorated too; a one-off is in reach when its instant is', () => {
    const oneOff = { ...line('setup', '20.00', null, apr, apr), type: 'one_off' as const };
    const lines = [line('april', '30.00', null, apr, may), oneOff];
    const d = coupon({
      percentOff: new Decimal(50),
      start: new Date('2026-03-21T00:00:00Z'),
      end: new Date('2026-04-11T00:00:00Z'),
    });
    expect(strings(discountShares(lines, [d], 'USD')[0] ?? [])).toEqual(['5.00', '10.00']);
  });

  it('ends: a line starting at or after `end` is not discounted', () => {
    const lines = [line('apr', '10.00', null, apr, may), line('may', '10.00', null, may, jun)];
    expect(
      strings(discountShares(lines, [coupon({ percentOff: new Decimal(20), end: may })], 'USD')[0] ?? []),
    ).toEqual(['2.00', '0.00']);
  });

  it('a second discount works on what the first left; never below zero', () => {
    const lines = [line('a', '10.00')];
    const shares = discountShares(
      lines,
      [coupon({ percentOff: new Decimal(60) }), coupon({ id: 'di_2', amountOff: new Decimal(9) })],
      'USD',
    );
    expect(shares.map((s) => strings(s))).toEqual([['6.00'], ['4.00']]);
  });

  it('JPY: whole yen', () => {
    const shares = discountShares(
      [line('a', '1001'), line('b', '999')],
      [coupon({ percentOff: new Decimal(15) })],
      'JPY',
    );
    expect((shares[0] ?? []).map((s) => s.toFixed())).toEqual(['150', '150']);
  });
});

describe('discountLines and the invoice', () => {
  it('one negative discount line after the charges, before a true-up', () => {
    const lines = invoiceLines({
      currency: 'USD',
      owner: 'sub_1',
      usage: [],
      fees: [],
      pending: [line('fee', '100.00')],
      discounts: [coupon({ percentOff: new Decimal(20), name: 'SPRING20' })],
      minimum: {
        amount: new Decimal('150'),
        period: { start: apr, end: may },
        active: { start: apr, end: may },
        billedBefore: [],
      },
    });
    expect(lines.map((l) => [l.type, l.amount.toFixed(2)])).toEqual([
      ['license_fee', '100.00'],
      ['discount', '-20.00'],
      ['minimum_commitment_true_up', '70.00'],
    ]);
    expect(lines[1]?.description).toBe('SPRING20 (20% off)');
  });

  it('no line when nothing is in reach', () => {
    expect(discountLines([line('a', '0.00')], [coupon({ amountOff: new Decimal(5) })], 'USD', 'sub')).toEqual(
      [],
    );
  });
});

describe('properties', () => {
  const cents = fc.integer({ min: 0, max: 10_000_000 }).map((c) => new Decimal(c).dividedBy(100));
  const spec = fc.oneof(
    fc.integer({ min: 1, max: 10_000 }).map((bp) => coupon({ percentOff: new Decimal(bp).dividedBy(100) })),
    cents.map((a) => coupon({ amountOff: a })),
  );
  it('discounts never exceed the charges; an amount_off allocates exactly min(amount, charges)', () => {
    fc.assert(
      fc.property(
        fc.array(cents, { minLength: 1, maxLength: 12 }),
        fc.array(spec, { minLength: 1, maxLength: 3 }),
        (amounts, specs) => {
          const lines = amounts.map((a, i) => line(`l${i}`, a.toFixed(2)));
          const shares = discountShares(lines, specs, 'USD');
          lines.forEach((l, i) => {
            const taken = sum(shares.map((s) => s[i] as Decimal));
            expect(taken.lte(l.amount)).toBe(true);
            expect(shares.every((s) => (s[i] as Decimal).gte(0))).toBe(true);
          });
          const first = specs[0] as DiscountSpec;
          if (first.amountOff) {
            const charges = sum(lines.map((l) => l.amount));
            const expected = first.amountOff.lt(charges) ? first.amountOff : charges;
            expect(sum(shares[0] ?? []).toFixed(2)).toBe(expected.toFixed(2));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
