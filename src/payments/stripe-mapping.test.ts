import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InvoiceForPayment } from './provider.js';
import { daysUntilDue } from './stripe-invoices.js';
import { paramsHash, stripeCustomerParams, stripeInteger, stripeItems } from './stripe-mapping.js';

function invoice(
  over: Partial<InvoiceForPayment> & Pick<InvoiceForPayment, 'lines' | 'amount_due'>,
): InvoiceForPayment {
  return {
    id: 'in_1',
    number: 'T-0001',
    customer: 'cus_1',
    status: 'open',
    currency: 'JPY',
    credits_applied: '0',
    tax: '0',
    balance_applied: '0',
    due_date: null,
    finalized_at: null,
    hosted_invoice_url: null,
    ...over,
  };
}

const line = (id: string, amount: string) => ({
  id,
  type: 'usage',
  description: `line ${id}`,
  amount,
  period_start: '2026-03-01T00:00:00Z',
  period_end: '2026-04-01T00:00:00Z',
});

describe('stripeItems', () => {
  it.each([
    [
      'JPY is zero-decimal',
      'JPY',
      [
        ['il_a', '25000'],
        ['il_b', '5203'],
      ],
      '0',
      '0',
      '30203',
      ['25000', '5203'],
    ],
    [
      'USD in cents',
      'USD',
      [
        ['il_a', '52.03'],
        ['il_b', '0.50'],
      ],
      '0',
      '0',
      '52.53',
      ['5203', '50'],
    ],
    [
      'credits and tax follow the lines',
      'JPY',
      [['il_a', '10000']],
      '1000',
      '900',
      '9900',
      ['10000', '-1000', '900'],
    ],
  ])('%s', (_, currency, lines, credits, tax, due, amounts) => {
    const items = stripeItems(
      invoice({
        currency,
        lines: lines.map(([id, a]) => line(id as string, a as string)),
        credits_applied: credits,
        tax,
        amount_due: due,
      }),
    );
    expect(items.map((i) => i.amount)).toEqual(amounts);
    expect(items[0]?.key).toBe('line:il_a');
    expect(items[0]?.period).toEqual({ start: 1_772_323_200, end: 1_775_001_600 });
  });

  it('refuses to push items that do not add up to the amount due', () => {
    expect(() => stripeItems(invoice({ lines: [line('il_a', '100')], amount_due: '99' }))).toThrow(
      /amount due is 99/,
    );
  });

  it('always sums to the amount due in minor units (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -10_000_000, max: 10_000_000 }), { minLength: 1, maxLength: 20 }),
        (cents) => {
          const lines = cents.map((c, i) => line(`il_${i}`, (c / 100).toFixed(2)));
          const total = cents.reduce((a, b) => a + b, 0);
          const items = stripeItems(
            invoice({ currency: 'USD', lines, amount_due: (total / 100).toFixed(2) }),
          );
          expect(items.reduce((a, i) => a + BigInt(i.amount), 0n)).toBe(BigInt(total));
        },
      ),
    );
  });
});

describe('stripeCustomerParams', () => {
  it('sends the company name, email and address with the Tariff id, and clears what is gone', () => {
    const params = stripeCustomerParams({
      id: 'cus_1',
      external_id: 'tenant-9',
      name: 'Hanako',
      email: 'billing@acme.test',
      currency: 'JPY',
      billing_details: { company_name: 'Acme KK', address: { city: 'Tokyo', country: 'JP' } },
    });
    expect(params).toEqual({
      name: 'Acme KK',
      email: 'billing@acme.test',
      address: { line1: '', line2: '', city: 'Tokyo', state: '', postal_code: '', country: 'JP' },
      metadata: { tariff_customer_id: 'cus_1', tariff_external_id: 'tenant-9' },
    });
    expect(paramsHash(params)).toBe(paramsHash(structuredClone(params)));
  });
});

describe('Stripe amounts and due dates', () => {
  it.each([
    ['5203', 5203],
    ['-100', -100],
  ])('%s minor units is the integer %i', (s, n) => expect(stripeInteger(s)).toBe(n));
  it('refuses an amount beyond exact integers', () =>
    expect(() => stripeInteger('9007199254740993')).toThrow());
  it.each([
    [null, null, 30],
    ['2026-04-15T00:00:00Z', '2026-04-01T00:00:00Z', 14],
    ['2026-04-01T00:00:00Z', '2026-04-01T00:00:00Z', 0],
  ])('due %s after finalizing %s: %i days', (due, finalized, days) => {
    expect(
      daysUntilDue(invoice({ lines: [], amount_due: '0', due_date: due, finalized_at: finalized })),
    ).toBe(days);
  });
});
