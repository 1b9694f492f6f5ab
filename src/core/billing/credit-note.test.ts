import { describe, expect, it } from 'vitest';
import { Decimal } from '../money/decimal.js';
import { closingCredit, creditForAmount, creditForLines } from './credit-note.js';

const rate = (percentage: string, inclusive = false) => ({
  id: `txr_${percentage}`,
  displayName: percentage,
  percentage: new Decimal(percentage),
  inclusive,
});
const str = (c: { tax: Decimal; amount: Decimal }) => [c.amount.toFixed(), c.tax.toFixed()];

describe('credit note amounts', () => {
  it.each([
    ['1000', [rate('10')], ['1100', '100']],
    ['105', [rate('10')], ['116', '11']],
    ['1080', [rate('8', true)], ['1080', '80']],
    ['1000', [], ['1000', '0']],
  ] as const)('lines worth %s credit tax per rate, rounded once', (net, rates, expected) => {
    expect(str(creditForLines(new Decimal(net), rates, 'JPY'))).toEqual(expected);
  });

  it('an amount carries the invoice tax pro rata; the rest of the invoice takes the rest of the tax', () => {
    const invoice = {
      total: new Decimal(347),
      tax: new Decimal(32),
      remaining: new Decimal(347),
      taxCredited: new Decimal(0),
    };
    expect(str(creditForAmount(new Decimal(100), invoice, 'JPY'))).toEqual(['100', '9']);
    const rest = { ...invoice, remaining: new Decimal(247), taxCredited: new Decimal(9) };
    expect(str(creditForAmount(new Decimal(247), rest, 'JPY'))).toEqual(['247', '23']);
    expect(str(closingCredit(new Decimal(115), new Decimal(10)))).toEqual(['115', '10']);
  });
});
