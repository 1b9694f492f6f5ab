import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, sum } from '../money/decimal.js';
import { deferredLeft, deferredShare, type GrantDeferral } from './paid-credit-deferral.js';

const d = (v: string | number) => new Decimal(v);
/** ¥11,000 of credits sold for ¥10,000 net and ¥1,000 of included consumption tax. */
const jpy: GrantDeferral = { amount: d(11000), deferred: d(10000), currency: 'JPY' };

/** Each invoice's share after the invoices before it, in order. */
function shares(grant: GrantDeferral, consumed: readonly Decimal[]): Decimal[] {
  let before = d(0);
  return consumed.map((c) => {
    const share = deferredShare(grant, before, c);
    before = before.plus(c);
    return share;
  });
}

describe('paid credit deferral', () => {
  it('releases the deferred net in proportion, rounded once per invoice', () => {
    expect(shares(jpy, [d(3300)]).map(String)).toEqual(['3000']);
    expect(deferredLeft(jpy, d(3300))?.toString()).toBe('7000');
  });

  it('adds up to exactly the deferred net when the grant is used up, whatever the split', () => {
    // 3,667 + 3,667 + 3,666: rounded alone, 3,334 + 3,334 + 3,333 = 10,001
    expect(shares(jpy, [d(3667), d(3667), d(3666)]).map(String)).toEqual(['3334', '3333', '3333']);
    expect(deferredLeft(jpy, d(11000))?.toString()).toBe('0');
  });

  it('releases the credits themselves for a grant that deferred its whole amount', () => {
    const whole: GrantDeferral = { amount: d(100), deferred: d(100), currency: 'USD' };
    const old: GrantDeferral = { amount: d(100), deferred: null, currency: 'USD' };
    expect(deferredShare(whole, d(10), d('33.33')).toString()).toBe('33.33');
    expect(deferredShare(old, d(10), d('33.33')).toString()).toBe('33.33');
    expect(deferredLeft(whole, d(50))).toBeNull();
  });

  it('property: released so far plus what is left is the deferred net, at every step', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 30 }),
        fc.array(fc.integer({ min: 0, max: 50_000 }), { minLength: 1, maxLength: 12 }),
        (grossCents, taxPercent, parts) => {
          const gross = d(grossCents).dividedBy(100);
          const net = d(Math.round(grossCents / (1 + taxPercent / 100))).dividedBy(100);
          const grant: GrantDeferral = { amount: gross, deferred: net, currency: 'USD' };
          // consumption never exceeds the grant: the last part takes what is left
          const consumed: Decimal[] = [];
          let left = gross;
          for (const p of parts) {
            const c = Decimal.min(d(p).dividedBy(100), left);
            consumed.push(c);
            left = left.minus(c);
          }
          consumed.push(left);
          const released = shares(grant, consumed);
          expect(sum(released).toString()).toBe(net.toString());
          for (const s of released) expect(s.isNegative()).toBe(false);
          const half = consumed.slice(0, Math.ceil(consumed.length / 2));
          const soFar = sum(shares(grant, half));
          const rest = deferredLeft(grant, sum(half)) ?? net.minus(sum(half));
          expect(soFar.plus(rest).toString()).toBe(net.toString());
        },
      ),
    );
  });
});
