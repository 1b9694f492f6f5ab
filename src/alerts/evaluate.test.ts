import { describe, expect, it } from 'vitest';
import { Decimal } from '../core/money/decimal.js';
import type { DeliveredUsage } from '../credits/usage-source.js';
import { type AlertRule, evaluateAlert } from './evaluate.js';

const jan = new Date('2026-01-01T00:00:00Z');
const row = (meterId: string, item: string, quantity: string, amount: string): DeliveredUsage => ({
  subscriptionId: 'sub_1',
  customerId: 'cus_1',
  billableItemId: item,
  meterId,
  currency: 'USD',
  periodStart: jan,
  periodEnd: new Date('2026-02-01T00:00:00Z'),
  quantity: new Decimal(quantity),
  amount: new Decimal(amount),
  additive: true,
});
const rule = (r: Partial<AlertRule>): AlertRule => ({
  type: 'usage',
  meterId: 'mtr_1',
  billableItemId: null,
  currency: null,
  threshold: new Decimal(100),
  ...r,
});
const delivered = [
  row('mtr_1', 'bi_a', '60', '6'),
  row('mtr_1', 'bi_b', '40', '8'),
  row('mtr_2', 'bi_c', '5', '50'),
];

describe('evaluateAlert', () => {
  const cases: [string, AlertRule, string | undefined][] = [
    ['usage sums the items of a meter and fires at the threshold', rule({}), '100'],
    ['usage below the threshold does not fire', rule({ threshold: new Decimal(101) }), undefined],
    [
      'usage on a meter without usage does not fire',
      rule({ meterId: 'mtr_9', threshold: new Decimal(0) }),
      undefined,
    ],
    ['spend on an item', rule({ type: 'spend', billableItemId: 'bi_c', threshold: new Decimal(50) }), '50'],
    ['spend below', rule({ type: 'spend', billableItemId: 'bi_b', threshold: new Decimal(9) }), undefined],
    [
      'credit balance below the threshold',
      rule({ type: 'credit_balance', currency: 'USD', threshold: new Decimal(10) }),
      '3',
    ],
    [
      'credit balance at the threshold',
      rule({ type: 'credit_balance', currency: 'USD', threshold: new Decimal(3) }),
      undefined,
    ],
  ];
  it.each(cases)('%s', (_name, r, expected) => {
    const crossing = evaluateAlert(r, delivered, () => new Decimal(3));
    expect(crossing?.value.toFixed()).toBe(expected);
    if (crossing) expect(crossing.periodKey).toBe(jan.toISOString());
  });
});
