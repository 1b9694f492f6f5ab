import { describe, expect, it } from 'vitest';
import type { Customer } from '../../console/src/api/types.js';
import { dailySeries } from '../../console/src/charts/usage-series.js';
import { formatMoney, formatUnitPrice, negated } from '../../console/src/format/format.js';
import { matchesCustomer } from '../../console/src/pages/customers/match.js';
import { inPeriod } from '../../console/src/pages/invoices/period-filter.js';
import { draftAmount } from '../../console/src/pages/plans/draft-amount.js';
import { addTier, draftOf, removeTier, toPrice } from '../../console/src/pages/plans/price-draft.js';
import { monthlyRows } from '../../console/src/pages/revenue/monthly-rows.js';
import { lastMonths } from '../../console/src/pages/revenue/months.js';

/** The console's pure helpers; the pages around them are covered by console.e2e.test.ts. */
describe('rate editor drafts', () => {
  const tiers = [
    { up_to: '10', unit_amount: '100', flat_amount: '0' },
    { up_to: '20', unit_amount: '90', flat_amount: '0' },
    { up_to: '30', unit_amount: '80', flat_amount: '0' },
    { up_to: null, unit_amount: '70', flat_amount: '0' },
  ];

  it.each([
    ['graduated', '15', '1450'],
    ['volume', '15', '1350'],
    ['graduated', '0', '0'],
    ['volume', '31', '2170'],
  ] as const)('prices the FAQ tiers %s at %s units: ¥%s', (mode, q, amount) => {
    expect(draftAmount({ type: 'tiered', tiers_mode: mode, tiers }, q, 'JPY')).toBe(amount);
  });

  it('rounds once to the minor unit', () => {
    expect(draftAmount({ type: 'per_unit', unit_amount: '0.000002' }, '1523400', 'USD')).toBe('3.05');
    expect(draftAmount({ type: 'per_unit', unit_amount: '0.5' }, '3', 'JPY')).toBe('2');
  });

  it('accepts only complete prices and says what is wrong', () => {
    const base = draftOf({ type: 'per_unit', unit_amount: '2' });
    expect(toPrice(base)).toEqual({ ok: true, price: { type: 'per_unit', unit_amount: '2' } });
    expect(toPrice({ ...base, unit_amount: '0.' })).toEqual({ ok: false, problem: 'unit amount' });
    expect(toPrice({ ...base, type: 'package', package_size: '0' })).toEqual({
      ok: false,
      problem: 'package size',
    });
    const tiered = { ...base, type: 'tiered' as const, tiers };
    expect(toPrice(tiered).ok).toBe(true);
    expect(toPrice({ ...tiered, tiers: [tiers[1]!, tiers[0]!, tiers[3]!] })).toEqual({
      ok: false,
      problem: 'tier 2: up to must grow',
    });
    expect(toPrice({ ...tiered, tiers: [tiers[0]!] })).toEqual({
      ok: false,
      problem: 'the last tier has no upper bound',
    });
  });

  it('adds tiers before the unbounded one and keeps the last one unbounded on removal', () => {
    const one = [{ up_to: null, unit_amount: '5', flat_amount: '0' }];
    const two = addTier(one);
    expect(two.map((t) => t.up_to)).toEqual(['10', null]);
    expect(addTier(two).map((t) => t.up_to)).toEqual(['10', '20', null]);
    expect(removeTier(addTier(two), 2).map((t) => t.up_to)).toEqual(['10', null]);
    expect(removeTier(one, 0)).toBe(one);
  });
});

describe('daily usage series', () => {
  it('has one row per day of the period in the account zone, missing days at zero', () => {
    const series = dailySeries(
      [
        { start_time: '2026-02-28T15:00:00Z', end_time: '2026-03-01T15:00:00Z', value: '12' },
        { start_time: '2026-03-02T15:00:00Z', end_time: '2026-03-03T15:00:00Z', value: '0.5' },
      ],
      '2026-02-28T15:00:00Z',
      '2026-03-04T15:00:00Z',
      'Asia/Tokyo',
    );
    expect(series.names).toEqual(['value']);
    expect(series.rows).toEqual([
      { day: '2026-03-01', value: 12 },
      { day: '2026-03-02', value: 0 },
      { day: '2026-03-03', value: 0.5 },
      { day: '2026-03-04', value: 0 },
    ]);
  });

  it('stacks by a dimension', () => {
    const row = (model: string, value: string) => ({
      start_time: '2026-03-01T00:00:00Z',
      end_time: '2026-03-02T00:00:00Z',
      value,
      dimensions: { model },
    });
    const series = dailySeries(
      [row('large', '3'), row('tiny', '4')],
      '2026-03-01T00:00:00Z',
      '2026-03-02T00:00:00Z',
      'UTC',
      'model',
    );
    expect(series.names).toEqual(['large', 'tiny']);
    expect(series.rows).toEqual([{ day: '2026-03-01', large: 3, tiny: 4 }]);
  });
});

describe('console formatting and filters', () => {
  it('formats money by the currency and keeps unit price digits', () => {
    expect(formatMoney('25000', 'JPY', 'en-US')).toBe('¥25,000');
    expect(formatMoney('5203.5', 'USD', 'en-US')).toBe('$5,203.50');
    expect(formatMoney('-968', 'JPY', 'ja-JP')).toBe('-￥968');
    expect(formatUnitPrice('0.000002', 'USD', 'en-US')).toBe('$0.000002');
    expect(formatMoney(null, 'USD', 'en-US')).toBe('—');
  });

  it.each([
    ['968', '-968'],
    ['-968', '968'],
    ['0', '0'],
    ['0.00', '0.00'],
    ['-0.00', '0.00'],
  ])('negates %s to %s', (v, expected) => {
    expect(negated(v)).toBe(expected);
  });

  it('filters invoices by overlapping days', () => {
    const march = { period_start: '2026-03-01T00:00:00Z', period_end: '2026-04-01T00:00:00Z' };
    expect(inPeriod(march, '', '')).toBe(true);
    expect(inPeriod(march, '2026-03-31', '')).toBe(true);
    expect(inPeriod(march, '2026-04-01', '')).toBe(false);
    expect(inPeriod(march, '', '2026-02-28')).toBe(false);
    expect(inPeriod(march, '', '2026-03-01')).toBe(true);
  });

  it('matches customers by any part of what an operator types', () => {
    const c = {
      id: 'cus_01ABC',
      external_id: 'tenant-acme-jp',
      name: '株式会社アクメ',
      email: 'billing@acme.example.jp',
      billing_details: { company_name: 'Acme KK' },
    } as Customer;
    for (const q of ['ACME', 'アクメ', 'cus_01a', 'billing@', 'acme kk'])
      expect(matchesCustomer(c, q)).toBe(true);
    expect(matchesCustomer(c, 'nimbus')).toBe(false);
  });
});

describe('revenue months', () => {
  it('lists the last months in the account zone, across a year end', () => {
    // 2026-12-31T16:00Z is already January in Tokyo
    expect(lastMonths(3, 'Asia/Tokyo', new Date('2026-12-31T16:00:00Z'))).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
    ]);
    expect(lastMonths(2, 'UTC', new Date('2026-01-15T00:00:00Z'))).toEqual(['2025-12', '2026-01']);
  });

  it('reads recognized from revenue and billed from ar, per currency', () => {
    const acct = (account: string, currency: string, debit: string, credit: string, net: string) => ({
      account,
      currency,
      debit,
      credit,
      net,
    });
    const byMonth = new Map([
      [
        '2026-03',
        {
          month: '2026-03',
          accounts: [acct('revenue', 'JPY', '0', '25000', '25000'), acct('ar', 'JPY', '27500', '0', '27500')],
        },
      ],
      ['2026-04', { month: '2026-04', accounts: [acct('revenue', 'USD', '0', '12.50', '12.50')] }],
    ]);
    expect(monthlyRows(['2026-03', '2026-04'], byMonth)).toEqual([
      {
        currency: 'JPY',
        rows: [
          {
            month: '2026-03',
            recognized: 25000,
            billed: 27500,
            recognizedText: '25000',
            billedText: '27500',
          },
          { month: '2026-04', recognized: 0, billed: 0, recognizedText: '0', billedText: '0' },
        ],
      },
      {
        currency: 'USD',
        rows: [
          { month: '2026-03', recognized: 0, billed: 0, recognizedText: '0', billedText: '0' },
          { month: '2026-04', recognized: 12.5, billed: 0, recognizedText: '12.50', billedText: '0' },
        ],
      },
    ]);
  });
});
