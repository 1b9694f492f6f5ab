import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Decimal } from '../core/money/decimal.js';
import { type PercentagePrice, ratePercentageEvents } from '../core/pricing/percentage.js';
import { freshStore, TEST_STORES, type TestStore } from '../testing/stores.js';
import { feeOf } from './fee-sql.js';

/**
 * The fee metering sums in SQL is the core's `percentageFee`, event by event: any amounts
 * (refunds, zeros, sub-cent values) under any price give the same exact sum in `numeric` as the
 * core computes in decimals.
 */

const amount = fc
  .tuple(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: 0, max: 6 }))
  .map(([n, scale]) => new Decimal(n).dividedBy(new Decimal(10).toPower(scale)).toFixed());
const positive = fc
  .tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 4 }))
  .map(([n, scale]) => new Decimal(n).dividedBy(new Decimal(10).toPower(scale)).toFixed());
const price: fc.Arbitrary<PercentagePrice> = fc
  .record({
    percentage: positive.filter((p) => new Decimal(p).lessThanOrEqualTo(100)),
    fixed_amount_per_event: fc.option(positive),
    limits: fc.option(fc.tuple(positive, positive)),
    only: fc.constantFrom('both', 'min', 'max'),
  })
  .map(({ percentage, fixed_amount_per_event, limits, only }) => {
    const [a, b] = limits ?? [];
    const [lo, hi] = a && b && new Decimal(a).greaterThan(new Decimal(b)) ? [b, a] : [a, b];
    return {
      type: 'percentage' as const,
      percentage,
      fixed_amount_per_event,
      min_per_event: lo && only !== 'max' ? lo : null,
      max_per_event: hi && only !== 'min' ? hi : null,
    };
  });

describe.each(TEST_STORES)('percentage fee in SQL on %s', (kind) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await freshStore(kind);
  });
  afterAll(async () => store?.dispose());

  it('equals the core fee summed over the events', async () => {
    await fc.assert(
      fc.asyncProperty(price, fc.array(amount, { minLength: 1, maxLength: 20 }), async (p, amounts) => {
        const expected = ratePercentageEvents(
          p,
          amounts.map((a) => new Decimal(a)),
        );
        const { rows } = await sql<{ fee: string }>`
          select sum(${feeOf(p, sql.ref('v'))})::text as fee
          from unnest(${amounts}::numeric[]) as t(v)`.execute(store.db);
        expect(new Decimal(rows[0]?.fee ?? '0').equals(expected)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
