import { describe, expect, it } from 'vitest';
import { Decimal } from '../money/decimal.js';
import { period } from '../time/period.js';
import { invoiceLines } from './assemble.js';
import { type MinimumCommitment, minimumTrueUp, proratedMinimum } from './commitments.js';
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

const min = (amount: string, active = APRIL, billedBefore = '0'): MinimumCommitment => ({
  amount: D(amount),
  period: APRIL,
  active,
  billedBefore: D(billedBefore),
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
    // a discount (negative line) lowers the charges, so the true-up grows
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
