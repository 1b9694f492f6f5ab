import { describe, expect, it } from 'vitest';
import { parseValue } from './event-parse.js';

describe('event values are bounded like every decimal of the API', () => {
  it.each([
    ['12', '12'],
    ['-3.5', '-3.5'],
    ['0.000000000001', '0.000000000001'],
    [1e-7, '0.0000001'],
    [42, '42'],
    ['99999999999999999999.999999999999', '99999999999999999999.999999999999'],
  ])('accepts %s', (input, expected) => {
    expect(parseValue(input)?.toFixed()).toBe(expected);
  });

  it.each([
    1e308,
    1e20,
    '1e3',
    '1'.repeat(21),
    '0.0000000000001',
    '64'.repeat(32),
    Number.NaN,
    Infinity,
    'x',
    '',
  ])('refuses %s', (input) => {
    expect(parseValue(input)).toBeUndefined();
  });
});
