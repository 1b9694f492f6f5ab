import { describe, expect, it } from 'vitest';
import { Decimal } from '../money/decimal.js';
import { roundAmount } from '../money/money.js';
import type { Price, Tier } from './price.js';
import { rate } from './rate.js';

/**
 * The platform FAQ's own example (DESIGN 1): tiers 1–10 ¥100, 11–20 ¥90, 21–30 ¥80, 31+ ¥70.
 * `tiered` is volume pricing (the tier the total falls in prices every unit); `tiered_usage` is
 * graduated pricing (each unit at its own tier's price).
 */
const tiers: Tier[] = [
  { up_to: '10', unit_amount: '100', flat_amount: '0' },
  { up_to: '20', unit_amount: '90', flat_amount: '0' },
  { up_to: '30', unit_amount: '80', flat_amount: '0' },
  { up_to: null, unit_amount: '70', flat_amount: '0' },
];
const tiered: Price = { type: 'tiered', tiers_mode: 'volume', tiers };
const tieredUsage: Price = { type: 'tiered', tiers_mode: 'graduated', tiers };
const jpy = (price: Price, q: string) => roundAmount(rate(price, new Decimal(q)), 'JPY').toFixed();

describe("the FAQ's four units", () => {
  it('fixed: a license fee of ¥25,000 × quantity 1 (rated as per-unit on the quantity)', () => {
    expect(jpy({ type: 'per_unit', unit_amount: '25000' }, '1')).toBe('25000');
  });

  it('usage: ¥500 per user, 12 users → ¥6,000', () => {
    expect(jpy({ type: 'per_unit', unit_amount: '500' }, '12')).toBe('6000');
  });

  it('tiered (volume): 15 units → ¥1,350 (15 × ¥90)', () => {
    expect(jpy(tiered, '15')).toBe('1350');
  });

  it('tiered_usage (graduated): 15 units → ¥1,450 (10 × ¥100 + 5 × ¥90)', () => {
    expect(jpy(tieredUsage, '15')).toBe('1450');
  });

  it('both modes agree inside the first tier and part ways above it', () => {
    expect(jpy(tiered, '10')).toBe(jpy(tieredUsage, '10'));
    expect(jpy(tiered, '31')).toBe('2170');
    expect(jpy(tieredUsage, '31')).toBe('2770');
  });
});
