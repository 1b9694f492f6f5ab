import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../money/decimal.js';
import { roundAmount } from '../money/money.js';
import { type MatrixPrice, matrixTotal, rateMatrix, validateMatrix } from './matrix.js';
import {
  type PercentagePrice,
  percentageFee,
  ratePercentage,
  ratePercentageEvents,
  validatePercentage,
} from './percentage.js';

const d = (v: string) => new Decimal(v);

describe('percentage price', () => {
  const card: PercentagePrice = {
    type: 'percentage',
    percentage: '2.9',
    fixed_amount_per_event: '0.30',
    min_per_event: '0.50',
    max_per_event: '20',
  };
  const plain: PercentagePrice = { type: 'percentage', percentage: '3.6' };

  const cases: [string, PercentagePrice, string, string][] = [
    ['2.9 % + 0.30 of 100', card, '100', '3.2'],
    ['min: 2.9 % + 0.30 of 5 is 0.445, raised to 0.50', card, '5', '0.5'],
    ['max: 2.9 % + 0.30 of 1,000 is 29.30, capped at 20', card, '1000', '20'],
    ['at the min exactly: 2.9 % of 6.896551… + 0.30', card, '6.9', '0.5001'],
    ['an event of 0 still pays the fixed fee, raised to the min', card, '0', '0.5'],
    ['a refund returns the fee the same amount cost', card, '-100', '-3.2'],
    ['sub-minor-unit exact: 3.6 % of 0.01', plain, '0.01', '0.00036'],
    ['3.6 % of ¥12,345', plain, '12345', '444.42'],
  ];
  it.each(cases)('%s', (_name, price, amount, fee) => {
    expect(percentageFee(price, d(amount)).toFixed()).toBe(fee);
  });

  it('clamps per event: three events of 5, 100 and 1,000 cost 0.50 + 3.20 + 20, not 2.9 % of the sum', () => {
    const events = ['5', '100', '1000'].map(d);
    expect(ratePercentageEvents(card, events).toFixed()).toBe('23.7');
    // The aggregate path needs the per-event sum for a clamped price, and returns it as given.
    expect(() => ratePercentage(card, { amount: d('1105'), events: d('3') })).toThrow(/per-event/);
    expect(
      ratePercentage(card, { amount: d('1105'), events: d('3'), clampedFees: d('23.7') }).toFixed(),
    ).toBe('23.7');
  });

  it('without a clamp, the sum and the count rate exactly like event by event (property)', () => {
    const amount = fc
      .tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 99 }))
      .map(([i, f]) => d(`${i}.${String(f).padStart(2, '0')}`));
    const pct = fc.integer({ min: 0, max: 10_000 }).map((n) => new Decimal(n).dividedBy(100).toFixed());
    const fixed = fc.option(
      fc.integer({ min: 0, max: 500 }).map((n) => new Decimal(n).dividedBy(100).toFixed()),
    );
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 40 }), pct, fixed, (amounts, percentage, f) => {
        const price: PercentagePrice = { type: 'percentage', percentage, fixed_amount_per_event: f };
        const total = amounts.reduce((s, a) => s.plus(a), d('0'));
        const aggregate = ratePercentage(price, { amount: total, events: d(String(amounts.length)) });
        expect(aggregate.equals(ratePercentageEvents(price, amounts))).toBe(true);
      }),
    );
  });

  it('every clamped fee lies between min and max (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (cents) => {
        const fee = percentageFee(card, new Decimal(cents).dividedBy(100));
        expect(fee.greaterThanOrEqualTo(d('0.5')) && fee.lessThanOrEqualTo(d('20'))).toBe(true);
      }),
    );
  });

  it('validates', () => {
    expect(validatePercentage(card)).toEqual([]);
    expect(validatePercentage({ type: 'percentage', percentage: '101' })).toEqual([
      { param: 'percentage', message: 'percentage cannot be more than 100.' },
    ]);
    expect(validatePercentage({ type: 'percentage', percentage: '-1' })[0]?.param).toBe('percentage');
    expect(
      validatePercentage({ type: 'percentage', percentage: '1', min_per_event: '5', max_per_event: '1' }),
    ).toEqual([{ param: 'min_per_event', message: 'min_per_event cannot be more than max_per_event.' }]);
    expect(
      validatePercentage({ type: 'percentage', percentage: '1', fixed_amount_per_event: 'x' })[0]?.param,
    ).toBe('fixed_amount_per_event');
  });
});

describe('matrix price', () => {
  const tokens: MatrixPrice = {
    type: 'matrix',
    dimensions: ['region', 'model'],
    entries: [
      { values: ['us', 'large'], unit_amount: '0.00003' },
      { values: ['us', 'small'], unit_amount: '0.000002' },
      { values: ['eu', 'large'], unit_amount: '0.000036' },
    ],
    default_unit_amount: null,
  };
  const u = (region: string | null, model: string | null, quantity: string) => ({
    values: { region, model },
    quantity: d(quantity),
  });

  it('prices each combination by its entry, one line per combination with its dimension values', () => {
    const rating = rateMatrix(tokens, [
      u('us', 'large', '1000000'),
      u('eu', 'large', '500000'),
      u('us', 'large', '250000'),
      u('us', 'small', '3000000'),
    ]);
    expect(rating.unpriced).toEqual([]);
    expect(
      rating.lines.map((l) => [l.values, l.quantity.toFixed(), l.unit_amount.toFixed(), l.amount.toFixed()]),
    ).toEqual([
      [{ region: 'us', model: 'large' }, '1250000', '0.00003', '37.5'],
      [{ region: 'us', model: 'small' }, '3000000', '0.000002', '6'],
      [{ region: 'eu', model: 'large' }, '500000', '0.000036', '18'],
    ]);
    expect(matrixTotal(rating).toFixed()).toBe('61.5');
  });

  it('without a default, an unknown combination (or a missing value) is reported unpriced, not billed', () => {
    const rating = rateMatrix(tokens, [u('us', 'large', '10'), u('ap', 'large', '7'), u(null, 'small', '2')]);
    expect(rating.lines).toHaveLength(1);
    expect(rating.unpriced).toEqual([
      { values: { region: 'ap', model: 'large' }, quantity: d('7') },
      { values: { region: null, model: 'small' }, quantity: d('2') },
    ]);
  });

  it('with a default, the unknown combinations are billed at it, each on its own line', () => {
    const rating = rateMatrix({ ...tokens, default_unit_amount: '0.00005' }, [
      u('ap', 'large', '1000'),
      u('us', 'small', '1000'),
      u(null, 'small', '10'),
    ]);
    expect(rating.unpriced).toEqual([]);
    expect(rating.lines.map((l) => [l.values, l.priced_by, l.amount.toFixed()])).toEqual([
      [{ region: 'us', model: 'small' }, 'entry', '0.002'],
      [{ region: 'ap', model: 'large' }, 'default', '0.05'],
      [{ region: '', model: 'small' }, 'default', '0.0005'],
    ]);
  });

  it('rounds once per line: the total of rounded lines is what the invoice shows', () => {
    const rating = rateMatrix(tokens, [u('us', 'small', '1234567'), u('eu', 'large', '7')]);
    expect(rating.lines.map((l) => roundAmount(l.amount, 'USD').toFixed())).toEqual(['2.47', '0']);
  });

  it('splitting usage of a combination into parts never changes its line (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 20 }),
        (parts) => {
          const whole = rateMatrix(tokens, [u('us', 'large', String(parts.reduce((a, b) => a + b, 0)))]);
          const split = rateMatrix(
            tokens,
            parts.map((p) => u('us', 'large', String(p))),
          );
          expect(matrixTotal(split).equals(matrixTotal(whole))).toBe(true);
          expect(split.lines).toHaveLength(1);
        },
      ),
    );
  });

  it('validates', () => {
    expect(validateMatrix(tokens)).toEqual([]);
    expect(validateMatrix({ ...tokens, dimensions: [] }).map((p) => p.param)).toContain('dimensions');
    expect(validateMatrix({ ...tokens, dimensions: ['region', 'region'] }).map((p) => p.param)).toContain(
      'dimensions',
    );
    expect(
      validateMatrix({
        ...tokens,
        entries: [
          { values: ['us'], unit_amount: '1' },
          { values: ['us', 'large'], unit_amount: '-1' },
          { values: ['us', 'large'], unit_amount: '1' },
        ],
      }).map((p) => p.param),
    ).toEqual(['entries[0][values]', 'entries[1][unit_amount]', 'entries[2][values]']);
    expect(validateMatrix({ ...tokens, default_unit_amount: 'free' }).map((p) => p.param)).toEqual([
      'default_unit_amount',
    ]);
  });
});
