import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { allocate } from './allocate.js';
import { exponentOf } from './currency.js';
import { Decimal, sum } from './decimal.js';
import { add, CurrencyMismatchError, formatAmount, money, roundToMinor, toMinorUnits } from './money.js';

describe('currency exponents (ISO 4217)', () => {
  it.each([
    ['JPY', 0],
    ['USD', 2],
    ['EUR', 2],
    ['KWD', 3],
    ['CLF', 4],
  ])('%s has %i decimals', (code, exp) => expect(exponentOf(code)).toBe(exp));
});

describe('rounding half away from zero, once', () => {
  it.each([
    ['1.5', 'JPY', '2'],
    ['-1.5', 'JPY', '-2'],
    ['2.5', 'JPY', '3'],
    ['8064.1254', 'JPY', '8064'],
    ['0.005', 'USD', '0.01'],
    ['-0.005', 'USD', '-0.01'],
    ['0.0049999', 'USD', '0.00'],
    ['1.0005', 'KWD', '1.001'],
  ])('%s %s → %s', (amount, currency, expected) => {
    const rounded = roundToMinor(money(amount, currency));
    expect(formatAmount(rounded.amount, currency)).toBe(expected);
  });

  it('keeps sub-minor-unit prices exact until rounding', () => {
    const perToken = money('0.000002', 'USD');
    const line = money(perToken.amount.times('1234567'), 'USD');
    expect(line.amount.toFixed()).toBe('2.469134');
    expect(formatAmount(roundToMinor(line).amount, 'USD')).toBe('2.47');
  });

  it('writes minor units as Stripe wants them', () => {
    expect(toMinorUnits(new Decimal('5203.5'), 'USD')).toBe('520350');
    expect(toMinorUnits(new Decimal('25000'), 'JPY')).toBe('25000');
  });
});

describe('currencies do not mix', () => {
  it('throws at run time', () => {
    const a: ReturnType<typeof money<string>> = money('1', 'JPY');
    const b: ReturnType<typeof money<string>> = money('1', 'USD');
    expect(() => add(a, b)).toThrow(CurrencyMismatchError);
  });

  it('does not compile when the currencies are known', () => {
    const jpy = money('100', 'JPY');
    const usd = money('1', 'USD');
    expectTypeOf(add(jpy, jpy)).toEqualTypeOf<ReturnType<typeof money<'JPY'>>>();
    // @ts-expect-error adding USD to JPY is a type error
    expect(() => add(jpy, usd)).toThrow();
  });
});

describe('allocate', () => {
  it('splits 100 JPY three ways', () => {
    const parts = allocate(money('100', 'JPY'), [1, 1, 1]).map((p) => p.amount.toFixed());
    expect(parts).toEqual(['34', '33', '33']);
  });

  it('keeps the total of any split (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.constantFrom('JPY', 'USD', 'KWD'),
        fc
          .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 })
          .filter((r) => r.some((x) => x > 0)),
        (minor, currency, ratios) => {
          const total = money(
            new Decimal(minor).dividedBy(new Decimal(10).pow(exponentOf(currency))),
            currency,
          );
          const parts = allocate(total, ratios);
          expect(sum(parts.map((p) => p.amount)).equals(total.amount)).toBe(true);
          // no part is more than one minor unit away from its exact share
          const unit = new Decimal(1).dividedBy(new Decimal(10).pow(exponentOf(currency)));
          const weight = ratios.reduce((a, b) => a + b, 0);
          parts.forEach((p, i) => {
            const exact = total.amount.times(ratios[i] ?? 0).dividedBy(weight);
            expect(p.amount.minus(exact).abs().lessThan(unit)).toBe(true);
          });
        },
      ),
    );
  });
});
