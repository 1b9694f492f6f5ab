import { describe, expect, it } from 'vitest';
import { money, quantity, unitPrice } from './amounts.js';
import { day, period } from './dates.js';

describe('document amounts', () => {
  it.each([
    ['25000', 'JPY', '¥25,000'],
    ['0', 'JPY', '¥0'],
    ['-968', 'JPY', '-¥968'],
    ['1234567.5', 'JPY', '¥1,234,568'],
    ['5203.5', 'USD', '$5,203.50'],
    ['0.00', 'USD', '$0.00'],
    ['-15.81', 'USD', '-$15.81'],
    ['1.2345', 'KWD', 'KWD 1.235'],
    ['99.999', 'EUR', '€100.00'],
  ])('money(%s, %s) = %s', (amount, currency, expected) => {
    expect(money(amount, currency)).toBe(expected);
  });

  it.each([
    ['0.000002', 'USD', '$0.000002'],
    ['2', 'USD', '$2.00'],
    ['0.5', 'JPY', '¥0.5'],
    ['1500', 'JPY', '¥1,500'],
    ['0.125', 'USD', '$0.125'],
  ])('unitPrice(%s, %s) = %s', (amount, currency, expected) => {
    expect(unitPrice(amount, currency)).toBe(expected);
  });

  it.each([
    ['1234567', '1,234,567'],
    ['12.5', '12.5'],
    ['0', '0'],
    ['-1000', '-1,000'],
  ])('quantity(%s) = %s', (value, expected) => {
    expect(quantity(value)).toBe(expected);
  });
});

describe('document dates', () => {
  it('writes days in the account zone and periods as first and last day', () => {
    expect(day('2026-03-31T15:00:00Z', 'Asia/Tokyo', 'ja')).toBe('2026年4月1日');
    expect(day('2026-03-31T15:00:00Z', 'UTC', 'en')).toBe('Mar 31, 2026');
    expect(period('2026-02-28T15:00:00Z', '2026-03-31T15:00:00Z', 'Asia/Tokyo', 'ja')).toBe(
      '2026年3月1日 – 2026年3月31日',
    );
    expect(period('2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z', 'UTC', 'en')).toBe('Mar 1, 2026');
  });
});
