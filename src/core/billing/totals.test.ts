import { describe, expect, it } from 'vitest';
import { Decimal } from '../money/decimal.js';
import { isValidJapanRegistrationNumber } from './tax.js';
import { computeTotals } from './totals.js';
import { canTransition, nextStatus } from './transitions.js';

const D = (s: string) => new Decimal(s);
const rate = (p: string, inclusive = false) => ({
  id: `txr_${p}`,
  displayName: `${p}%`,
  percentage: D(p),
  inclusive,
});

describe('invoice totals', () => {
  it('the April invoice after a -968 downgrade: 25,000 - 968 of balance = 24,032 due', () => {
    const t = computeTotals({
      lineAmounts: [D('25000')],
      creditsApplied: D('0'),
      taxRates: [],
      balance: D('-968'),
      currency: 'JPY',
    });
    expect([t.total.toFixed(), t.balanceApplied.toFixed(), t.amountDue.toFixed()]).toEqual([
      '25000',
      '968',
      '24032',
    ]);
  });
  it('a negative total becomes balance and nothing is due', () => {
    const t = computeTotals({
      lineAmounts: [D('-9032'), D('8064')],
      creditsApplied: D('0'),
      taxRates: [],
      balance: D('0'),
      currency: 'JPY',
    });
    expect([t.total.toFixed(), t.balanceApplied.toFixed(), t.amountDue.toFixed()]).toEqual([
      '-968',
      '-968',
      '0',
    ]);
  });
  it('a balance the customer owes is added to what is due (Stripe)', () => {
    const t = computeTotals({
      lineAmounts: [D('1000')],
      creditsApplied: D('0'),
      taxRates: [],
      balance: D('300'),
      currency: 'JPY',
    });
    expect([t.total.toFixed(), t.balanceApplied.toFixed(), t.amountDue.toFixed()]).toEqual([
      '1000',
      '-300',
      '1300',
    ]);
  });
  it('tax is per rate on the whole invoice and rounded once (not per line)', () => {
    // Three lines of 105 JPY at 10 %: per line would be 11 + 11 + 11 = 33; per invoice 31.5 → 32.
    const t = computeTotals({
      lineAmounts: [D('105'), D('105'), D('105')],
      creditsApplied: D('0'),
      taxRates: [rate('10')],
      balance: D('0'),
      currency: 'JPY',
    });
    expect([t.tax.toFixed(), t.total.toFixed()]).toEqual(['32', '347']);
  });
  it('credits come off before tax; inclusive tax does not change the total', () => {
    const ex = computeTotals({
      lineAmounts: [D('1000')],
      creditsApplied: D('200'),
      taxRates: [rate('10')],
      balance: D('0'),
      currency: 'JPY',
    });
    expect([ex.tax.toFixed(), ex.total.toFixed()]).toEqual(['80', '880']);
    const inc = computeTotals({
      lineAmounts: [D('1100')],
      creditsApplied: D('0'),
      taxRates: [rate('10', true)],
      balance: D('0'),
      currency: 'JPY',
    });
    expect([inc.tax.toFixed(), inc.total.toFixed(), inc.taxLines[0]?.taxableAmount.toFixed()]).toEqual([
      '100',
      '1100',
      '1000',
    ]);
  });
  it('validates Japan registration numbers', () => {
    expect(isValidJapanRegistrationNumber('T1234567890123')).toBe(true);
    expect(isValidJapanRegistrationNumber('T123')).toBe(false);
  });
});

describe('invoice transitions', () => {
  it.each([
    ['draft', 'finalize', true],
    ['open', 'finalize', false],
    ['open', 'pay', true],
    ['draft', 'pay', false],
    ['paid', 'void', false],
    ['open', 'void', true],
    ['uncollectible', 'pay', true],
    ['void', 'mark_uncollectible', false],
    ['paid', 'credit', true],
    ['draft', 'credit', false],
  ] as const)('%s --%s--> allowed: %s', (from, action, ok) => {
    expect(canTransition(from, action)).toBe(ok);
  });
  it('moves to the target state', () => {
    expect(nextStatus('draft', 'finalize')).toBe('open');
    expect(nextStatus('open', 'payment_failed')).toBe('open');
  });
});
