import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, sum } from '../money/decimal.js';
import { type Consumption, type NegativeAdjustment, restoreForAdjustments } from './restore.js';

const d = (v: string | number) => new Decimal(v);
const march = { periodStart: new Date('2026-03-01T00:00:00Z'), periodEnd: new Date('2026-04-01T00:00:00Z') };
const april = { periodStart: new Date('2026-04-01T00:00:00Z'), periodEnd: new Date('2026-05-01T00:00:00Z') };
const consumed = (
  grantId: string,
  restorable: number,
  order: string,
  period = march,
  item = 'bi_a',
): Consumption => ({
  grantId,
  billableItemId: item,
  restorable: d(restorable),
  order,
  ...period,
});
const adjust = (amount: number, item = 'bi_a', period = march): NegativeAdjustment => ({
  key: `il_${amount}`,
  billableItemId: item,
  amount: d(amount),
  ...period,
});
const shape = (r: ReturnType<typeof restoreForAdjustments>) =>
  r.map((x) => [x.chargeKey, x.consumption.grantId, x.amount.toFixed()]);

describe('restoring credits for negative adjustments', () => {
  it('gives back to the newest consumption first, never above what it consumed', () => {
    const got = restoreForAdjustments([adjust(-300)], [consumed('old', 200, '1'), consumed('new', 100, '2')]);
    expect(shape(got)).toEqual([
      ['il_-300', 'new', '100'],
      ['il_-300', 'old', '200'],
    ]);
  });

  it('leaves the rest of the adjustment to the invoice once the consumptions are exhausted', () => {
    const got = restoreForAdjustments([adjust(-500)], [consumed('g', 120, '1')]);
    expect(shape(got)).toEqual([['il_-500', 'g', '120']]);
  });

  it.each([
    ['another billable item', consumed('g', 100, '1', march, 'bi_b')],
    ['another service interval', consumed('g', 100, '1', april)],
    ['nothing left to restore', consumed('g', 0, '1')],
  ])('restores nothing from %s', (_what, c) => {
    expect(restoreForAdjustments([adjust(-50)], [c])).toEqual([]);
  });

  it('positive adjustments restore nothing; two adjustments share what is left', () => {
    expect(restoreForAdjustments([adjust(40)], [consumed('g', 100, '1')])).toEqual([]);
    const got = restoreForAdjustments([adjust(-70), adjust(-60)], [consumed('g', 100, '1')]);
    expect(shape(got)).toEqual([
      ['il_-70', 'g', '70'],
      ['il_-60', 'g', '30'],
    ]);
  });

  it('never restores more than the adjustments or than each consumption holds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 200 }), { maxLength: 4 }),
        fc.array(fc.integer({ min: 0, max: 500 }), { maxLength: 5 }),
        (adjustments, held) => {
          const cs = held.map((h, i) => consumed(`g${i}`, h, String(i)));
          const got = restoreForAdjustments(
            adjustments.map((a) => adjust(a)),
            cs,
          );
          const owed = sum(adjustments.map((a) => d(Math.max(-a, 0))));
          expect(sum(got.map((r) => r.amount)).lte(owed)).toBe(true);
          for (const c of cs) {
            const back = sum(got.filter((r) => r.consumption === c).map((r) => r.amount));
            expect(back.lte(c.restorable)).toBe(true);
          }
          expect(got.every((r) => r.amount.gt(0))).toBe(true);
        },
      ),
    );
  });
});
