import { describe, expect, it } from 'vitest';
import type { Price } from './price.js';
import { prefixParam, validatePrice } from './validate.js';

const t = (up_to: string | null, unit_amount = '1', flat_amount = '0') => ({
  up_to,
  unit_amount,
  flat_amount,
});

const invalid: [string, Price, string][] = [
  ['negative unit amount', { type: 'per_unit', unit_amount: '-1' }, 'unit_amount'],
  ['not a decimal', { type: 'per_unit', unit_amount: '1e-6' }, 'unit_amount'],
  [
    'zero package size',
    { type: 'package', package_size: '0', unit_amount: '1', rounding: 'up' },
    'package_size',
  ],
  [
    'bad rounding',
    { type: 'package', package_size: '10', unit_amount: '1', rounding: 'nearest' as 'up' },
    'rounding',
  ],
  ['no tiers', { type: 'tiered', tiers_mode: 'volume', tiers: [] }, 'tiers'],
  [
    'last tier bounded',
    { type: 'tiered', tiers_mode: 'graduated', tiers: [t('10'), t('20')] },
    'tiers[1][up_to]',
  ],
  [
    'unbounded tier in the middle',
    { type: 'tiered', tiers_mode: 'graduated', tiers: [t(null), t(null)] },
    'tiers[0][up_to]',
  ],
  [
    'bounds not ascending',
    { type: 'tiered', tiers_mode: 'volume', tiers: [t('10'), t('10'), t(null)] },
    'tiers[1][up_to]',
  ],
  [
    'bounds descending',
    { type: 'tiered', tiers_mode: 'volume', tiers: [t('10'), t('5'), t(null)] },
    'tiers[1][up_to]',
  ],
  ['zero bound', { type: 'tiered', tiers_mode: 'volume', tiers: [t('0'), t(null)] }, 'tiers[0][up_to]'],
  [
    'negative flat amount',
    { type: 'tiered', tiers_mode: 'volume', tiers: [t(null, '1', '-5')] },
    'tiers[0][flat_amount]',
  ],
  [
    'unknown tiers mode',
    { type: 'tiered', tiers_mode: 'stairs' as 'volume', tiers: [t(null)] },
    'tiers_mode',
  ],
];

describe('validatePrice', () => {
  it.each(invalid)('rejects %s', (_name, price, param) => {
    expect(validatePrice(price).map((p) => p.param)).toContain(param);
  });

  it('accepts every model, sub-minor prices and fractional bounds', () => {
    const valid: Price[] = [
      { type: 'per_unit', unit_amount: '0.000002' },
      { type: 'per_unit', unit_amount: '0' },
      { type: 'package', package_size: '0.5', unit_amount: '3', rounding: 'down' },
      { type: 'tiered', tiers_mode: 'graduated', tiers: [t('0.5'), t('10.25'), t(null)] },
      { type: 'tiered', tiers_mode: 'volume', tiers: [t(null, '0', '25000')] },
    ];
    for (const price of valid) expect(validatePrice(price)).toEqual([]);
  });

  it('prefixes params with where the price sits', () => {
    expect(prefixParam('price', 'tiers[2][up_to]')).toBe('price[tiers][2][up_to]');
    expect(prefixParam('price', 'unit_amount')).toBe('price[unit_amount]');
  });
});
