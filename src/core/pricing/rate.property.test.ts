import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../money/decimal.js';
import type { PackagePrice, Price, Tier } from './price.js';
import { rate } from './rate.js';
import { validatePrice } from './validate.js';

/** A non-negative decimal string with up to 6 decimals. */
const amount = fc
  .tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 999_999 }))
  .map(([i, f]) => `${i}.${String(f).padStart(6, '0')}`);
const quantity = fc
  .tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 99 }))
  .map(([i, f]) => new Decimal(`${i}.${String(f).padStart(2, '0')}`));

/** Valid tiers: ascending positive bounds, the last unbounded. */
const tiers: fc.Arbitrary<Tier[]> = fc
  .uniqueArray(fc.integer({ min: 1, max: 100_000 }), { minLength: 0, maxLength: 6 })
  .chain((bounds) => {
    const sorted = [...bounds].sort((a, b) => a - b);
    return fc
      .array(fc.tuple(amount, amount), { minLength: sorted.length + 1, maxLength: sorted.length + 1 })
      .map((amounts) =>
        amounts.map(([unit_amount, flat_amount], i) => ({
          up_to: i < sorted.length ? String(sorted[i]) : null,
          unit_amount,
          flat_amount,
        })),
      );
  });

describe('rating properties', () => {
  it('generated tiered prices are valid', () => {
    fc.assert(
      fc.property(tiers, (t) => {
        expect(validatePrice({ type: 'tiered', tiers_mode: 'graduated', tiers: t })).toEqual([]);
      }),
    );
  });

  it('graduated totals never fall as quantity grows', () => {
    fc.assert(
      fc.property(tiers, quantity, quantity, (t, a, b) => {
        const price: Price = { type: 'tiered', tiers_mode: 'graduated', tiers: t };
        const [lo, hi] = a.lessThanOrEqualTo(b) ? [a, b] : [b, a];
        expect(rate(price, lo).lessThanOrEqualTo(rate(price, hi))).toBe(true);
      }),
    );
  });

  it('graduated equals volume with one tier', () => {
    fc.assert(
      fc.property(amount, amount, quantity, (unit_amount, flat_amount, q) => {
        const only: Tier[] = [{ up_to: null, unit_amount, flat_amount }];
        const g = rate({ type: 'tiered', tiers_mode: 'graduated', tiers: only }, q);
        const v = rate({ type: 'tiered', tiers_mode: 'volume', tiers: only }, q);
        expect(g.equals(v)).toBe(true);
      }),
    );
  });

  it('a package price equals per-unit on ceil(quantity / size) (floor when rounding down)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        amount,
        quantity,
        fc.constantFrom('up' as const, 'down' as const),
        (size, unit_amount, q, rounding) => {
          const pkg: PackagePrice = { type: 'package', package_size: String(size), unit_amount, rounding };
          const ratio = q.dividedBy(size);
          const packages = rounding === 'up' ? ratio.ceil() : ratio.floor();
          expect(rate(pkg, q).equals(rate({ type: 'per_unit', unit_amount }, packages))).toBe(true);
        },
      ),
    );
  });

  it('a negative quantity costs exactly minus the positive one, in every model', () => {
    const prices = fc.oneof(
      amount.map((unit_amount): Price => ({ type: 'per_unit', unit_amount })),
      tiers.map((t): Price => ({ type: 'tiered', tiers_mode: 'graduated', tiers: t })),
      tiers.map((t): Price => ({ type: 'tiered', tiers_mode: 'volume', tiers: t })),
    );
    fc.assert(
      fc.property(prices, quantity, (price, q) => {
        expect(rate(price, q.negated()).equals(rate(price, q).negated())).toBe(true);
      }),
    );
  });

  it('per-unit rating is additive: rating a sum equals the sum of ratings', () => {
    fc.assert(
      fc.property(amount, quantity, quantity, (unit_amount, a, b) => {
        const price: Price = { type: 'per_unit', unit_amount };
        expect(rate(price, a.plus(b)).equals(rate(price, a).plus(rate(price, b)))).toBe(true);
      }),
    );
  });
});
