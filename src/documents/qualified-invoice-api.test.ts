import { describe, expect, it } from 'vitest';
import { TEST_KEY, useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { pdfText, squash } from './pdf-text.js';

/** The account's issuer details go onto the invoice at finalization and into its PDF. */
describe.each(TEST_STORES)('Japanese invoice through the API on %s', (kind) => {
  const h = useTariff(kind);

  const pdfOf = async (id: string) => {
    const res = await h.api.raw({
      method: 'GET',
      url: `/v1/invoices/${id}/pdf`,
      headers: { authorization: `Bearer ${TEST_KEY}` },
    });
    expect(res.statusCode).toBe(200);
    return squash((await pdfText(res.rawPayload)).join('\n'));
  };
  const invoiceFor = async (currency: string, country: string) => {
    const customer = (
      await h.api.post('/v1/customers', {
        name: `Customer ${country}`,
        currency,
        billing_details: { company_name: `Customer ${country}`, address: { country } },
      })
    ).body.id;
    const res = await h.api.post('/v1/invoices', {
      customer,
      currency,
      lines: [{ description: 'Setup', amount: currency === 'JPY' ? '50000' : '500.00' }],
      finalize: true,
    });
    expect(res.status).toBe(200);
    return res.body;
  };

  it('stores the issuer details, freezes them on the invoice and prints them', async () => {
    const account = await h.api.post('/v1/account', {
      name: 'Tariff Demo 株式会社',
      time_zone: 'Asia/Tokyo',
      tax_registration_number: 'T9876543210987',
      address: {
        postal_code: '150-0002',
        state: '東京都',
        city: '渋谷区',
        line1: '渋谷2-21-1',
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
      payment_terms: { type: 'end_of_following_month' },
    });
    expect(account.status).toBe(200);
    expect(account.body.bank_transfer.account_type).toBe('ordinary');
    expect(account.body.payment_terms).toEqual({ type: 'end_of_following_month' });

    const jp = await invoiceFor('JPY', 'JP');
    expect(jp.issuer_details).toMatchObject({
      phone: '03-1234-5678',
      bank_transfer: { bank_name: 'みずほ銀行' },
    });
    const text = await pdfOf(jp.id);
    for (const expected of [
      '登録番号: T9876543210987',
      '〒150-0002',
      'TEL 03-1234-5678',
      'お振込先',
      'みずほ銀行 渋谷支店 普通 1234567',
      'お支払期限',
    ]) {
      expect(text).toContain(expected);
    }

    const us = await invoiceFor('USD', 'US');
    const english = await pdfOf(us.id);
    expect(english).toContain('Invoice');
    expect(english).not.toContain('T9876543210987');
  });

  it('refuses a malformed bank account and changes nothing', async () => {
    const before = (await h.api.get('/v1/account')).body;
    const res = await h.api.post('/v1/account', {
      phone: '011-000-0000',
      bank_transfer: {
        bank_name: 'X',
        branch_name: 'Y',
        account_type: 'savings',
        account_number: '12',
        account_holder: 'Z',
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.param).toContain('bank_transfer');
    expect((await h.api.get('/v1/account')).body.phone).toBe(before.phone);
  });
});
