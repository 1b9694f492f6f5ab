import { describe, expect, it } from 'vitest';
import { Decimal } from '../money/decimal.js';
import { period } from '../time/period.js';
import { assembleInvoice, invoiceLines } from './assemble.js';
import type { LineDraft } from './line.js';
import type { ResolvedRate } from './resolved-plan.js';

const april = period(new Date('2026-04-01T00:00:00Z'), new Date('2026-05-01T00:00:00Z'));
const may = period(april.end, new Date('2026-06-01T00:00:00Z'));

const calls: ResolvedRate = {
  id: 'rate_calls',
  billableItem: {
    id: 'bi_calls',
    type: 'metered',
    name: 'API calls',
    lookupKey: null,
    unitLabel: null,
    meterId: 'mtr_calls',
    meterFilter: null,
  },
  // First 100 free, then $0.10.
  price: {
    type: 'tiered',
    tiers_mode: 'graduated',
    tiers: [
      { up_to: '100', unit_amount: '0', flat_amount: '0' },
      { up_to: null, unit_amount: '0.10', flat_amount: '0' },
    ],
  },
};

const extra = (key: string, type: LineDraft['type'], amount: string): LineDraft => ({
  key,
  type,
  description: key,
  billableItemId: null,
  quantity: null,
  unitAmount: null,
  amount: new Decimal(amount),
  periodStart: april.start,
  periodEnd: april.end,
});

const inputs = {
  currency: 'USD',
  owner: 'sub_1',
  usage: [{ key: 'sub_1:bi_calls:april', rate: calls, interval: april, quantity: new Decimal(160) }],
  adjustments: [extra('adj', 'adjustment', '1.50')],
  fees: [
    {
      feeId: 'lf_seat',
      name: 'Seat',
      billableItemId: 'bi_seat',
      unitAmount: new Decimal('10'),
      quantity: new Decimal(3),
      slice: { period: may, full: may },
    },
  ],
  pending: [extra('proration', 'proration', '-2.25')],
};

describe('assembleInvoice', () => {
  it('makes the lines in one order: usage, adjustments, fees in advance, waiting prorations', () => {
    const lines = invoiceLines(inputs);
    expect(lines.map((l) => [l.type, l.amount.toFixed()])).toEqual([
      ['usage', '6'],
      ['adjustment', '1.5'],
      ['license_fee', '30'],
      ['proration', '-2.25'],
    ]);
    expect(lines[0]?.usage).toMatchObject({ key: 'sub_1:bi_calls:april', rateId: 'rate_calls' });
    expect(lines[2]?.key).toBe('sub_1:fee:lf_seat:2026-05-01T00:00:00.000Z');
  });

  it('settles in order: credits before tax, tax per rate, then the balance', () => {
    const { totals } = assembleInvoice(inputs, {
      creditsApplied: new Decimal('5.25'),
      taxRates: [{ id: 'txr_1', displayName: 'VAT', percentage: new Decimal(10), inclusive: false }],
      balance: new Decimal('-3'),
    });
    expect(
      [totals.subtotal, totals.tax, totals.total, totals.balanceApplied, totals.amountDue].map((d) =>
        d.toFixed(),
      ),
    ).toEqual(['35.25', '3', '33', '3', '30']);
  });

  it('without a settlement the total is the sum of the lines', () => {
    const { lines, totals } = assembleInvoice({ ...inputs, adjustments: [], pending: [] });
    expect(lines).toHaveLength(2);
    expect(totals.total.toFixed()).toBe('36');
    expect(totals.amountDue.toFixed()).toBe('36');
  });
});
