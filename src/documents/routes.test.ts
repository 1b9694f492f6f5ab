import { describe, expect, it } from 'vitest';
import { Decimal } from '../core/money/decimal.js';
import { TEST_KEY, useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { pdfText, squash } from './pdf-text.js';

describe.each(TEST_STORES)('invoice documents over HTTP on %s', (kind) => {
  const h = useTariff(kind);
  let invoiceId = '';

  it('serves a finalized invoice as a PDF in the customer language', async () => {
    const { services } = h.tariff;
    await services.account.update({
      name: 'Tariff テスト株式会社',
      time_zone: 'Asia/Tokyo',
      tax_registration_number: 'T1111111111111',
    });
    const customer = await services.customers.create({
      name: '株式会社サンプル',
      currency: 'JPY',
      billing_details: { company_name: '株式会社サンプル', address: { country: 'JP', city: '東京都' } },
    });
    const invoice = await services.invoicing.createStandaloneInvoice({
      customerId: customer.id,
      currency: 'JPY',
      lines: [
        { description: '導入支援', amount: new Decimal(50000), quantity: new Decimal(1) },
        { description: '無償サポート', amount: new Decimal(0), quantity: new Decimal(1) },
      ],
      finalize: true,
    });
    invoiceId = invoice.id;
    const res = await h.api.raw({
      method: 'GET',
      url: `/v1/invoices/${invoiceId}/pdf`,
      headers: { authorization: `Bearer ${TEST_KEY}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('.pdf');
    const text = squash((await pdfText(res.rawPayload)).join('\n'));
    expect(text).toContain('請求書');
    expect(text).toContain('株式会社サンプル 御中');
    expect(text).toContain('登録番号: T1111111111111');
    expect(text).toContain('導入支援');
    expect(text).toMatch(/無償サポート 1 ¥0/);
    expect(text).toContain(invoice.number ?? invoice.id);
  });

  it('writes English on request', async () => {
    const res = await h.api.get(`/v1/invoices/${invoiceId}/pdf`, { lang: 'en' });
    expect(res.status).toBe(200);
  });

  it('gives a receipt only for a paid invoice', async () => {
    const unpaid = await h.api.get(`/v1/invoices/${invoiceId}/receipt`);
    expect(unpaid.status).toBe(409);
    expect(unpaid.body.error.code).toBe('invoice_not_paid');
    await h.tariff.services.invoicing.pay(invoiceId);
    const paid = await h.api.raw({
      method: 'GET',
      url: `/v1/invoices/${invoiceId}/receipt`,
      headers: { authorization: `Bearer ${TEST_KEY}` },
    });
    expect(paid.statusCode).toBe(200);
    const text = squash((await pdfText(paid.rawPayload)).join('\n'));
    expect(text).toContain('領収書');
    expect(text).toContain('上記の金額を正に領収いたしました。');
  });

  it('answers 404 for an unknown invoice, 400 for an unknown language, 401 without a key', async () => {
    expect((await h.api.get('/v1/invoices/in_missing/pdf')).body.error.code).toBe('invoice_not_found');
    expect((await h.api.get(`/v1/invoices/${invoiceId}/pdf`, { lang: 'fr' })).status).toBe(400);
    expect((await h.api.raw({ method: 'GET', url: `/v1/invoices/${invoiceId}/pdf` })).statusCode).toBe(401);
  });
});
