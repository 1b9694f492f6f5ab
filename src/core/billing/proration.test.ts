import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../money/decimal.js';
import { period } from '../time/period.js';
import type { Slice } from './periods.js';
import { type FeeSlice, prorationLines, remainingShare } from './proration.js';

const march: Slice = {
  period: period(new Date('2026-03-01T00:00:00Z'), new Date('2026-04-01T00:00:00Z')),
  full: period(new Date('2026-03-01T00:00:00Z'), new Date('2026-04-01T00:00:00Z')),
};
const fee = (id: string, amount: string): FeeSlice => ({
  feeId: id,
  name: id,
  billableItemId: `bi_${id}`,
  unitAmount: new Decimal(amount),
  quantity: new Decimal(1),
  slice: march,
});
const amounts = (at: string, from: FeeSlice, to: FeeSlice) =>
  prorationLines([from], [to], new Date(at), 'JPY', 'chg').map((l) => l.amount.toFixed());

describe('per-second proration (seed 000)', () => {
  it('change at Mar 22 00:01: -8,064 and +9,032, difference +968', () => {
    const lines = amounts('2026-03-22T00:01:00Z', fee('a', '25000'), fee('b', '28000'));
    expect(lines).toEqual(['-8064', '9032']);
    expect(new Decimal(lines[0] as string).plus(lines[1] as string).toFixed()).toBe('968');
  });
  it('the reverse change: -9,032 and +8,064, difference -968', () => {
    expect(amounts('2026-03-22T00:01:00Z', fee('b', '28000'), fee('a', '25000'))).toEqual(['-9032', '8064']);
  });
  it('with exactly ten days left the credit is -8,065 (per second means per second)', () => {
    expect(amounts('2026-03-22T00:00:00Z', fee('a', '25000'), fee('b', '28000'))).toEqual(['-8065', '9032']);
  });
  it('the share is remaining seconds over the period seconds', () => {
    expect(
      remainingShare(march, new Date('2026-03-22T00:01:00Z')).equals(
        new Decimal(863_940).dividedBy(2_678_400),
      ),
    ).toBe(true);
    expect(remainingShare(march, new Date('2026-02-01T00:00:00Z')).toFixed()).toBe('1');
    expect(remainingShare(march, new Date('2026-05-01T00:00:00Z')).toFixed()).toBe('0');
  });
  it('changing to the same fee nets to at most one minor unit, at any second', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_678_400 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        (s, amt) => {
          const at = new Date(march.period.start.getTime() + s * 1000);
          const lines = prorationLines([fee('a', String(amt))], [fee('a', String(amt))], at, 'JPY', 'x');
          const net = lines.reduce((t, l) => t.plus(l.amount), new Decimal(0));
          return net.abs().lte(1);
        },
      ),
    );
  });
});
