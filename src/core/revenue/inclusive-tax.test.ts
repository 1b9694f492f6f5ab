import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, sum } from '../money/decimal.js';
import { inclusiveTaxOf, splitInclusiveTax } from './inclusive-tax.js';

const d = (v: string | number) => new Decimal(v);

describe('inclusive tax', () => {
  it.each([
    // subtotal, credits, tax, total → inclusive part
    ['1080', '0', '80', '1080', '80'],
    ['1500', '0', '150', '1650', '0'],
    ['1100', '100', '91', '1000', '91'],
    ['1000', '0', '0', '1000', '0'],
  ])('subtotal %s credits %s tax %s total %s: inclusive %s', (subtotal, credits, tax, total, inclusive) => {
    const got = inclusiveTaxOf({
      subtotal: d(subtotal),
      creditsApplied: d(credits),
      tax: d(tax),
      total: d(total),
    });
    expect(got.toFixed()).toBe(inclusive);
  });

  it.each([
    [['1080'], '80', 'JPY', ['80']],
    [['1000', '100'], '100', 'JPY', ['91', '9']],
    [['333', '333', '334'], '91', 'JPY', ['30', '30', '31']],
    [['10.00', '0'], '0.91', 'USD', ['0.91', '0']],
    [['0'], '5', 'JPY', ['0']],
  ])('splits %j with tax %s (%s) into %j', (amounts, tax, currency, shares) => {
    const got = splitInclusiveTax(amounts.map(d), d(tax), currency);
    expect(got.map((s) => s.toFixed())).toEqual(shares);
  });

  it('shares always sum to the tax, in whole minor units', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -100_000, max: 1_000_000 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 100_000 }),
        (amounts, tax) => {
          const ds = amounts.map(d);
          const shares = splitInclusiveTax(ds, d(tax), 'JPY');
          if (sum(ds).isZero()) expect(shares.every((s) => s.isZero())).toBe(true);
          else expect(sum(shares).eq(tax)).toBe(true);
          expect(shares.every((s) => s.isInteger())).toBe(true);
        },
      ),
    );
  });
});
