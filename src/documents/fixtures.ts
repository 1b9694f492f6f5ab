import type {
  DocumentCustomer,
  DocumentInput,
  DocumentInvoice,
  DocumentLine,
  DocumentSeller,
} from './document-input.js';

/**
 * Invoices for the renderer's tests and for looking at the output: a Japanese qualified invoice
 * with two tax rates, credits, customer balance and a zero-amount line; a US invoice with a
 * sub-cent unit price; and a long one that spans pages.
 */
/** March 2026 in Tokyo (the account's zone): [Mar 1 00:00 JST, Apr 1 00:00 JST). */
const march = { period_start: '2026-02-28T15:00:00Z', period_end: '2026-03-31T15:00:00Z' };

export const acme: DocumentCustomer = {
  id: 'cus_01ACME',
  name: '株式会社アクメ',
  email: 'billing@acme.example.jp',
  billing_details: {
    company_name: '株式会社アクメ',
    address: { line1: '千代田区丸の内1-1-1', city: '東京都', postal_code: '100-0005', country: 'JP' },
    tax_ids: [{ type: 'jp_trn', value: 'T1234567890123' }],
  },
};

export const nimbus: DocumentCustomer = {
  id: 'cus_01NIMBUS',
  name: 'Nimbus AI, Inc.',
  email: 'ap@nimbus.example.com',
  billing_details: {
    company_name: 'Nimbus AI, Inc.',
    address: {
      line1: '500 Howard St',
      city: 'San Francisco',
      state: 'CA',
      postal_code: '94105',
      country: 'US',
    },
  },
};

const base = {
  status: 'open',
  ...march,
  created_at: '2026-04-01T00:00:00Z',
  finalized_at: '2026-04-01T01:00:00Z',
  paid_at: null,
  due_date: '2026-04-30T15:00:00Z',
  payment_reference: null,
};

export const jpyInvoice: DocumentInvoice = {
  ...base,
  id: 'in_01JPY',
  number: 'TRF-000042',
  currency: 'JPY',
  lines: [
    {
      type: 'license_fee',
      description: 'スタンダードプラン 月額基本料金',
      quantity: '1',
      unit_amount: '25000',
      amount: '25000',
      ...march,
    },
    {
      type: 'usage',
      description: 'API 呼び出し（1〜10,000 回）',
      quantity: '10000',
      unit_amount: '0.5',
      amount: '5000',
      ...march,
    },
    {
      type: 'usage',
      description: 'ストレージ（無料枠内）',
      quantity: '12.5',
      unit_amount: '0',
      amount: '0',
      ...march,
    },
    {
      type: 'usage',
      description: '軽減税率対象 サポート書籍',
      quantity: '2',
      unit_amount: '1500',
      amount: '3000',
      ...march,
    },
  ],
  subtotal: '33000',
  credits_applied: '2000',
  tax: '3240',
  tax_breakdown: [
    { display_name: '消費税', percentage: '10', inclusive: false, taxable_amount: '28000', amount: '2800' },
    {
      display_name: '消費税（軽減税率）',
      percentage: '8',
      inclusive: false,
      taxable_amount: '3000',
      amount: '240',
    },
  ],
  total: '34240',
  balance_applied: '968',
  amount_due: '33272',
  amount_paid: '0',
  tax_registration_number: 'T9876543210987',
};

export const usdInvoice: DocumentInvoice = {
  ...base,
  id: 'in_01USD',
  number: 'TRF-000043',
  currency: 'USD',
  lines: [
    {
      type: 'license_fee',
      description: 'Pro plan — monthly fee',
      quantity: '3',
      unit_amount: '49',
      amount: '147.00',
      ...march,
    },
    {
      type: 'usage',
      description: 'Tokens (model: large)',
      quantity: '1523400',
      unit_amount: '0.000002',
      amount: '3.05',
      ...march,
    },
    {
      type: 'usage',
      description: 'Tokens (model: tiny)',
      quantity: '0',
      unit_amount: '0.0000005',
      amount: '0.00',
      ...march,
    },
    {
      type: 'proration',
      description: 'Remaining time on Pro plan after 22 Mar 2026',
      quantity: null,
      unit_amount: null,
      amount: '-15.81',
      period_start: '2026-03-22T00:00:00Z',
      period_end: '2026-04-01T00:00:00Z',
    },
  ],
  subtotal: '134.24',
  credits_applied: '0.00',
  tax: '11.08',
  tax_breakdown: [
    {
      display_name: 'CA sales tax',
      percentage: '8.25',
      inclusive: false,
      taxable_amount: '134.24',
      amount: '11.08',
    },
  ],
  total: '145.32',
  balance_applied: '0.00',
  amount_due: '145.32',
  amount_paid: '0.00',
  tax_registration_number: null,
};

function manyLines(n: number): DocumentLine[] {
  return Array.from({ length: n }, (_, i) => ({
    type: 'usage',
    description: `API 呼び出し 日次 ${i + 1}`,
    quantity: String(1000 + i),
    unit_amount: '1',
    amount: String(1000 + i),
    ...march,
  }));
}

export const longInvoice: DocumentInvoice = { ...jpyInvoice, id: 'in_01LONG', lines: manyLines(70) };

export const paidJpyInvoice: DocumentInvoice = {
  ...jpyInvoice,
  status: 'paid',
  paid_at: '2026-04-10T03:00:00Z',
  amount_paid: '33272',
  payment_reference: 'pi_3Nabc',
};

export function fixtureInput(
  invoice: DocumentInvoice,
  lang: 'ja' | 'en' = invoice.currency === 'JPY' ? 'ja' : 'en',
): DocumentInput {
  return {
    invoice,
    customer: invoice.currency === 'JPY' ? acme : nimbus,
    seller: { name: 'Tariff Demo 株式会社', tax_registration_number: 'T9876543210987' },
    timeZone: 'Asia/Tokyo',
    lang,
  };
}

/** The issuer as a Japanese company sets it on the account (POST /v1/account). */
export const tokyoIssuer: DocumentSeller = {
  name: 'Tariff Demo 株式会社',
  tax_registration_number: 'T9876543210987',
  address: {
    postal_code: '150-0002',
    state: '東京都',
    city: '渋谷区',
    line1: '渋谷2-21-1',
    line2: '渋谷ヒカリエ 8F',
    country: 'JP',
  },
  phone: '03-1234-5678',
  bank_transfer: {
    bank_name: 'みずほ銀行',
    branch_name: '渋谷支店',
    account_type: 'ordinary',
    account_number: '1234567',
    account_holder: 'カ）タリフデモ',
  },
};
