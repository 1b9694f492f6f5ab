import { describe, expect, it } from 'vitest';
import { Decimal } from '../money/decimal.js';
import { roundAmount } from '../money/money.js';
import type { Price, Tier } from './price.js';
import { rate } from './rate.js';

const tier = (up_to: string | null, unit_amount: string, flat_amount = '0'): Tier => ({
  up_to,
  unit_amount,
  flat_amount,
});

const perUnit: Price = { type: 'per_unit', unit_amount: '0.002' };
const tokens: Price = { type: 'per_unit', unit_amount: '0.000002' };
const pkgUp: Price = { type: 'package', package_size: '1000', unit_amount: '0.02', rounding: 'up' };
const pkgDown: Price = { type: 'package', package_size: '1000', unit_amount: '0.02', rounding: 'down' };
const fourTiers = [tier('10', '100'), tier('20', '90'), tier('30', '80'), tier(null, '70')];
const graduated: Price = { type: 'tiered', tiers_mode: 'graduated', tiers: fourTiers };
const volume: Price = { type: 'tiered', tiers_mode: 'volume', tiers: fourTiers };
const withFlat: Price = {
  type: 'tiered',
  tiers_mode: 'graduated',
  tiers: [tier('100', '0', '500'), tier(null, '2', '300')],
};
const stairs: Price = {
  type: 'tiered',
  tiers_mode: 'volume',
  tiers: [tier('3', '0', '5000'), tier('10', '0', '12000'), tier(null, '0', '30000')],
};

const cases: [string, Price, string, string][] = [
  ['per_unit, zero', perUnit, '0', '0'],
  ['per_unit, one', perUnit, '1', '0.002'],
  ['per_unit, many', perUnit, '1500', '3'],
  ['per_unit, fractional quantity', perUnit, '2.5', '0.005'],
  ['per_unit, sub-minor price stays exact', tokens, '1234567', '2.469134'],
  ['per_unit, a billion tokens', tokens, '1000000000', '2000'],
  ['package up, zero', pkgUp, '0', '0'],
  ['package up, one unit buys a package', pkgUp, '1', '0.02'],
  ['package up, exactly one package', pkgUp, '1000', '0.02'],
  ['package up, one over', pkgUp, '1001', '0.04'],
  ['package down, partial is free', pkgDown, '999', '0'],
  ['package down, exactly two', pkgDown, '2000', '0.04'],
  ['package down, 2999', pkgDown, '2999', '0.04'],
  ['graduated, zero', graduated, '0', '0'],
  ['graduated, inside first tier', graduated, '5', '500'],
  ['graduated, on the first boundary', graduated, '10', '1000'],
  ['graduated, just over the boundary', graduated, '11', '1090'],
  ['graduated, FAQ example', graduated, '15', '1450'],
  ['graduated, on the last bounded boundary', graduated, '30', '2700'],
  ['graduated, into the unbounded tier', graduated, '35', '3050'],
  ['graduated, fractional across a boundary', graduated, '10.5', '1045'],
  ['graduated flat, zero reaches no tier', withFlat, '0', '0'],
  ['graduated flat, first tier', withFlat, '1', '500'],
  ['graduated flat, on the boundary', withFlat, '100', '500'],
  ['graduated flat, second tier reached', withFlat, '101', '802'],
  ['volume, zero', volume, '0', '0'],
  ['volume, inside first tier', volume, '5', '500'],
  ['volume, on the first boundary', volume, '10', '1000'],
  ['volume, just over the boundary', volume, '11', '990'],
  ['volume, FAQ example', volume, '15', '1350'],
  ['volume, on the last bounded boundary', volume, '30', '2400'],
  ['volume, unbounded tier', volume, '31', '2170'],
  ['stair-step, 1 project', stairs, '1', '5000'],
  ['stair-step, on the boundary', stairs, '3', '5000'],
  ['stair-step, next step', stairs, '4', '12000'],
  ['stair-step, top step', stairs, '50', '30000'],
  ['negative per_unit mirrors', perUnit, '-1500', '-3'],
  ['negative package mirrors (rounded away)', pkgUp, '-1001', '-0.04'],
  ['negative graduated mirrors', graduated, '-15', '-1450'],
  ['negative volume mirrors', volume, '-15', '-1350'],
];

describe('rate', () => {
  it.each(cases)('%s', (_name, price, quantity, expected) => {
    expect(rate(price, new Decimal(quantity)).toFixed()).toBe(new Decimal(expected).toFixed());
  });

  it('does not round: invoices round once per line, half away from zero', () => {
    const half: Price = { type: 'per_unit', unit_amount: '0.5' };
    const amount = rate(half, new Decimal(3));
    expect(amount.toFixed()).toBe('1.5');
    expect(roundAmount(amount, 'JPY').toFixed()).toBe('2');
    expect(roundAmount(rate(half, new Decimal(-3)), 'JPY').toFixed()).toBe('-2');
    expect(roundAmount(rate(tokens, new Decimal('2500')), 'USD').toFixed()).toBe('0.01');
    expect(roundAmount(rate(tokens, new Decimal('2499')), 'USD').toFixed()).toBe('0');
  });
});
