import { describe, expect, it } from 'vitest';
import { Decimal } from '../money/decimal.js';
import { period } from '../time/period.js';
import { invoiceLines } from './assemble.js';
import { type MinimumCommitment, minimumTrueUp, proratedMinimum } from './commitments.js';
import type { DiscountSpec } from './discounts.js';
import type { LineDraft } from './line.js';

const D = (s: string) => new Decimal(s);
const at = (s: string) => new Date(`${s}T00:00:00Z`);
const APRIL = period(at('2026-04-01'), at('2026-05-01'));

function line(amount: string, start = '2026-04-01', end = '2026-05-01'): LineDraft {
  return {
    key: `l${amount}${start}`,
    type: 'usage',
    description: 'calls',
    billableItemId: 'bi_calls',
    quantity: null,
    unitAmount: null,
    amount: D(amount),
    periodStart: at(start),
    periodEnd: at(end),
  };
}

/** April's license fee, billed in advance on the invoice before the one closing April. */
const fee = (amount: string): LineDraft => ({
  ...line(amount),
  key: 'fee',
  type: 'license_fee',
  billableItemId: 'bi_seat',
});

const min = (amount: string, active = APRIL, billedBefore = '0'): MinimumCommitment => ({
  amount: D(amount),
  period: APRIL,
  active,
  billedBefore: D(billedBefore).isZero() ? [] : [fee(billedBefore)],
});

const coupon = (over: Partial<DiscountSpec>): DiscountSpec => ({
  id: 'di_1',
  name: 'Promo',
  percentOff: null,
  amountOff: null,
  billableItems: null,
  start: at('2026-03-01'),
  end: null,
  ...over,
});

describe('minimum commitment true-up', () => {
  it.each([
    // charges of the period → true-up (1,000 minimum, whole period)
    { lines: ['400'], before: '0', trueUp: '600' },
    { lines: ['1200'], before: '0', trueUp: null },
    { lines: [], before: '0', trueUp: '1000' },
    { lines: ['1000'], before: '0', trueUp: null },
    { lines: ['999.99'], before: '0', trueUp: '0.01' },
    // the period's fee billed in advance on the previous invoice counts
    { lines: ['300'], before: '500', trueUp: '200' },
    // a negative charge (a credit proration) lowers the charges, so the true-up grows
    { lines: ['400', '-100'], before: '0', trueUp: '700' },
  ])('charges $lines + $before before → $trueUp', ({ lines, before, trueUp }) => {
    const got = minimumTrueUp(
      lines.map((a) => line(a)),
      min('1000', APRIL, before),
      'USD',
      'sub_1',
    );
    expect(got?.amount.toFixed(2) ?? null).toBe(trueUp === null ? null : D(trueUp).toFixed(2));
    if (got) {
      expect(got.type).toBe('minimum_commitment_true_up');
      expect(got.key).toBe('sub_1:minimum:2026-04-01T00:00:00.000Z');
    }
  });

  describe('with a discount: the minimum applies to the post-discount spend (Orb, Metronome)', () => {
    it('a 25 % discount on the usage: 800 − 200 = 600 spent, true-up 400 to a 1,000 minimum', () => {
      const lines = invoiceLines({
        currency: 'USD',
        owner: 'sub_1',
        usage: [],
        fees: [],
        pending: [line('800')],
        discounts: [coupon({ percentOff: D('25') })],
        minimum: min('1000'),
      });
      expect(lines.map((l) => [l.type, l.amount.toFixed(2)])).toEqual([
        ['usage', '800.00'],
        ['discount', '-200.00'],
        ['minimum_commitment_true_up', '400.00'],
      ]);
    });

    it("the period's fee billed before counts net of the discount on it: (500 − 125) + (300 − 75) = 600", () => {
      const lines = [line('300'), { ...line('-75'), type: 'discount' as const }];
      const got = minimumTrueUp(lines, min('1000', APRIL, '500'), 'USD', 's', [
        coupon({ percentOff: D('25') }),
      ]);
      expect(got?.amount.toFixed(2)).toBe('400.00');
      expect(got?.description).toBe('Minimum commitment true-up (minimum 1000.00 USD, charges 600.00 USD)');
    });

    it("a discount line spanning both periods counts only the closing period's share", () => {
      // the invoice closing April: April's usage 300 and May's fee 500 in advance, 20 % off both
      const lines = invoiceLines({
        currency: 'USD',
        owner: 'sub_1',
        usage: [],
        fees: [],
        pending: [line('300'), { ...fee('500'), periodStart: at('2026-05-01'), periodEnd: at('2026-06-01') }],
        discounts: [coupon({ percentOff: D('20') })],
        minimum: min('1000', APRIL, '500'),
      });
      // April: (500 − 100) + (300 − 60) = 640 → 360; the −160 line also holds May's −100
      expect(lines.map((l) => [l.type, l.amount.toFixed(2)])).toEqual([
        ['usage', '300.00'],
        ['license_fee', '500.00'],
        ['discount', '-160.00'],
        ['minimum_commitment_true_up', '360.00'],
      ]);
    });

    it('a discount that ended before the period does not reduce the fee billed before', () => {
      const ended = coupon({ percentOff: D('25'), end: at('2026-04-01') });
      expect(
        minimumTrueUp([line('300')], min('1000', APRIL, '500'), 'USD', 's', [ended])?.amount.toFixed(2),
      ).toBe('200.00');
    });

    it('an amount_off discount is taken off the fee billed before (at most the fee)', () => {
      const off = coupon({ amountOff: D('50') });
      expect(minimumTrueUp([], min('1000', APRIL, '500'), 'USD', 's', [off])?.amount.toFixed(2)).toBe(
        '550.00',
      );
    });
  });

  it("does not count the next period's fees in advance", () => {
    const lines = [line('400'), line('500', '2026-05-01', '2026-06-01')];
    expect(minimumTrueUp(lines, min('1000'), 'USD', 's')?.amount.toFixed()).toBe('600');
  });

  it.each([
    // started Apr 16: 15 of 30 days → half the minimum
    { active: period(at('2026-04-16'), at('2026-05-01')), currency: 'USD', want: '500.00' },
    // ended Apr 11: 10 of 30 days, rounded once (333.333… → 333.33)
    { active: period(at('2026-04-01'), at('2026-04-11')), currency: 'USD', want: '333.33' },
    // JPY has no minor unit: 10/30 of ¥1,000 → ¥333
    { active: period(at('2026-04-01'), at('2026-04-11')), currency: 'JPY', want: '333' },
    { active: APRIL, currency: 'USD', want: '1000.00' },
  ])('prorates per second: $active.start → $want $currency', ({ active, currency, want }) => {
    expect(proratedMinimum(min('1000', active), currency).toFixed(currency === 'JPY' ? 0 : 2)).toBe(want);
  });

  it('comes last on the assembled invoice, after every charge', () => {
    const lines = invoiceLines({
      currency: 'USD',
      owner: 'sub_1',
      usage: [],
      fees: [],
      pending: [line('250')],
      minimum: min('1000'),
    });
    expect(lines.map((l) => [l.type, l.amount.toFixed()])).toEqual([
      ['usage', '250'],
      ['minimum_commitment_true_up', '750'],
    ]);
  });
});
