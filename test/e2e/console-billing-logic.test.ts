import { describe, expect, it } from 'vitest';
import type { Customer, Subscription } from '../../console/src/api/types.js';
import { en } from '../../console/src/i18n/en.js';
import { ja } from '../../console/src/i18n/ja.js';
import { customerBody, customerDraft } from '../../console/src/pages/customers/customer-draft.js';
import { churn, recurringRevenue } from '../../console/src/pages/finance/metrics.js';
import { usageChange } from '../../console/src/pages/finance/usage-change.js';
import { taxName } from '../../console/src/pages/invoices/invoice-totals.js';
import { prorationPreview } from '../../console/src/pages/subscriptions/proration.js';
import { SAME_IN_BOTH } from './untranslated.js';

/** The console's billing helpers: forms to API bodies, proration previews, finance metrics, i18n. */
describe('customer form', () => {
  const acme = {
    id: 'cus_1',
    external_id: 'tenant-acme-jp',
    name: '株式会社アクメ',
    email: 'billing@acme.example.jp',
    currency: 'JPY',
    billing_details: {
      company_name: '株式会社アクメ',
      address: { postal_code: '100-0005', city: '東京都', line1: '千代田区丸の内1-1-1', country: 'JP' },
      tax_ids: [{ type: 'jp_trn', value: 'T1234567890123' }],
    },
    test_clock: null,
    metadata: {},
    created_at: '2026-03-01T00:00:00Z',
  } as Customer;

  it('round-trips a customer into the body the API takes', () => {
    expect(customerBody(customerDraft(acme))).toEqual({
      name: '株式会社アクメ',
      email: 'billing@acme.example.jp',
      external_id: 'tenant-acme-jp',
      currency: 'JPY',
      billing_details: {
        company_name: '株式会社アクメ',
        address: { postal_code: '100-0005', city: '東京都', line1: '千代田区丸の内1-1-1', country: 'JP' },
        tax_ids: [{ type: 'jp_trn', value: 'T1234567890123' }],
      },
    });
  });

  it('leaves blanks out, upper-cases codes, drops half-filled tax ids and keeps cleared details cleared', () => {
    const draft = {
      ...customerDraft(),
      name: '  Kobo ',
      currency: 'jpy',
      country: 'jp',
      tax_ids: [
        { type: 'jp_trn', value: '' },
        { type: 'eu_vat', value: 'DE123' },
      ],
    };
    expect(customerBody(draft)).toEqual({
      name: 'Kobo',
      currency: 'JPY',
      billing_details: { address: { country: 'JP' }, tax_ids: [{ type: 'eu_vat', value: 'DE123' }] },
    });
  });
});

describe('proration preview', () => {
  const fee = (id: string, amount: string) => ({
    id,
    name: id,
    billableItem: `bi_${id}`,
    unitAmount: amount,
  });
  const march = { start: '2026-03-01T00:00:00Z', end: '2026-04-01T00:00:00Z', currency: 'JPY' };

  it('is what the server invoices: Plan A → Plan B on Mar 22 00:01 is -8,064 + 9,032 = 968', () => {
    const preview = prorationPreview({
      ...march,
      oldFees: [fee('a', '25000')],
      oldQuantities: {},
      newFees: [fee('b', '28000')],
      newQuantities: {},
      at: new Date('2026-03-22T00:01:00Z'),
    });
    expect(preview.lines.map((l) => [l.kind, l.feeId, l.amount])).toEqual([
      ['credit', 'a', '-8064'],
      ['charge', 'b', '9032'],
    ]);
    expect(preview.total).toBe('968');
  });

  it('prorates a quantity change and a cancellation (old fees, no new ones)', () => {
    const seats = [fee('seats', '1000')];
    const at = new Date('2026-03-22T00:01:00Z');
    const more = prorationPreview({
      ...march,
      oldFees: seats,
      oldQuantities: { seats: '2' },
      newFees: seats,
      newQuantities: { seats: '5' },
      at,
    });
    expect(more.lines.map((l) => [l.kind, l.quantity, l.amount])).toEqual([
      ['credit', '2', '-645'],
      ['charge', '5', '1613'],
    ]);
    expect(more.total).toBe('968');
    const cancel = prorationPreview({
      ...march,
      oldFees: seats,
      oldQuantities: {},
      newFees: [],
      newQuantities: {},
      at,
    });
    expect(cancel.total).toBe('-323');
  });

  it('prorates nothing after the period', () => {
    const preview = prorationPreview({
      ...march,
      oldFees: [fee('a', '25000')],
      oldQuantities: {},
      newFees: [fee('b', '28000')],
      newQuantities: {},
      at: new Date('2026-04-02T00:00:00Z'),
    });
    expect(preview).toEqual({ lines: [], total: '0' });
  });
});

describe('finance metrics', () => {
  const sub = (over: Partial<Subscription>): Subscription => ({
    id: 'sub',
    customer: 'cus',
    pricing_plan: 'pp_a',
    pricing_plan_version: 1,
    status: 'active',
    currency: 'JPY',
    start_date: '2026-01-01T00:00:00Z',
    canceled_at: null,
    ...over,
  });
  const fees = {
    'pp_a@1': [
      { id: 'lf_base', name: 'base', billableItem: 'bi', unitAmount: '25000' },
      { id: 'lf_seat', name: 'seat', billableItem: 'bi2', unitAmount: '1000' },
    ],
    'pp_y@1': [{ id: 'lf_year', name: 'yearly', billableItem: 'bi', unitAmount: '100.00' }],
  } as Record<string, { id: string; name: string; billableItem: string; unitAmount: string }[]>;
  const intervals: Record<string, { interval: string; count: number }> = {
    lf_base: { interval: 'month', count: 1 },
    lf_seat: { interval: 'month', count: 1 },
    lf_year: { interval: 'year', count: 1 },
  };

  it('sums license fees × quantities per currency, a yearly fee as a twelfth, canceled ones left out', () => {
    const result = recurringRevenue(
      [
        sub({ id: 's1', component_configurations: { lf_seat: { quantity: '3' } } }),
        sub({ id: 's2' }),
        sub({ id: 's3', status: 'canceled' }),
        sub({ id: 's4', currency: 'USD', pricing_plan: 'pp_y' }),
      ],
      (s) => fees[`${s.pricing_plan}@${s.pricing_plan_version}`],
      (id) => intervals[id],
    );
    expect(result).toEqual([
      {
        currency: 'JPY',
        mrr: '54000',
        arr: '648000',
        subscriptions: 2,
        byPlan: [{ plan: 'pp_a', mrr: '54000', subscriptions: 2 }],
      },
      {
        currency: 'USD',
        mrr: '8.33',
        arr: '100.00',
        subscriptions: 1,
        byPlan: [{ plan: 'pp_y', mrr: '8.33', subscriptions: 1 }],
      },
    ]);
  });

  it('counts churn among subscriptions live at the start of the window', () => {
    const now = new Date('2026-03-31T00:00:00Z');
    const result = churn(
      [
        sub({ id: 'kept' }),
        sub({ id: 'lost', status: 'canceled', canceled_at: '2026-03-20T00:00:00Z' }),
        sub({ id: 'gone-before', status: 'canceled', canceled_at: '2026-02-01T00:00:00Z' }),
        sub({ id: 'new', start_date: '2026-03-15T00:00:00Z' }),
      ],
      now,
      30,
    );
    expect(result).toEqual({ atStart: 2, canceled: 1, rate: '50.0' });
    expect(churn([], now, 30).rate).toBeNull();
  });

  it.each([
    ['100', '150', '+50.0%'],
    ['3', '2', '-33.3%'],
    ['0', '5', '—'],
    ['0.5', '0.5', '+0.0%'],
  ])('usage change from %s to %s is %s', (before, after, text) => {
    expect(usageChange(before, after)).toBe(text);
  });
});

describe('labels', () => {
  it('names a tax rate once: 消費税 10%, not 消費税 消費税 10%', () => {
    expect(taxName('消費税', '10', '消費税')).toBe('消費税 10%');
    expect(taxName('消費税 10%', '10', '消費税')).toBe('消費税 10%');
    expect(taxName(undefined, '8', 'Tax')).toBe('Tax 8%');
  });

  it('has a Japanese translation for every English string (only names and codes are the same)', () => {
    const same = Object.keys(en).filter(
      (k) => ja[k as keyof typeof en] === en[k as keyof typeof en] && !SAME_IN_BOTH.has(k),
    );
    expect(same).toEqual([]);
    for (const [k, v] of Object.entries(ja)) {
      expect(v.trim(), k).not.toBe('');
      // the same placeholders in both languages
      expect([...v.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort(), k).toEqual(
        [...en[k as keyof typeof en].matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort(),
      );
    }
  });
});
