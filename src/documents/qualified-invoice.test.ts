import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { DocumentInput, DocumentInvoice } from './document-input.js';
import { acme, jpyInvoice, nimbus, tokyoIssuer, usdInvoice } from './fixtures.js';
import { pdfText, squash } from './pdf-text.js';
import { renderInvoicePdf } from './render-invoice.js';

/** A March invoice at one rate (10%), net of nothing: what most Japanese SaaS invoices look like. */
const oneRateInvoice: DocumentInvoice = {
  ...jpyInvoice,
  lines: jpyInvoice.lines.slice(0, 3),
  subtotal: '30000',
  credits_applied: '0',
  tax: '3000',
  tax_breakdown: [
    { display_name: '消費税', percentage: '10', inclusive: false, taxable_amount: '30000', amount: '3000' },
  ],
  total: '33000',
  balance_applied: '0',
  amount_due: '33000',
};

const input = (invoice: DocumentInvoice, seller = tokyoIssuer): DocumentInput => ({
  invoice,
  customer: invoice.currency === 'JPY' ? acme : nimbus,
  seller,
  timeZone: 'Asia/Tokyo',
  lang: invoice.currency === 'JPY' ? 'ja' : 'en',
});

const textOf = async (pdf: Buffer) => squash((await pdfText(pdf)).join('\n'));

describe('Japanese qualified invoice (適格請求書)', () => {
  it('prints the issuer, its registration number, each line’s rate, totals and tax per rate, the due date and 振込先', async () => {
    const text = await textOf(await renderInvoicePdf(input(oneRateInvoice)));
    for (const expected of [
      'Tariff Demo 株式会社',
      '〒150-0002',
      '東京都渋谷区渋谷2-21-1',
      'TEL 03-1234-5678',
      '登録番号: T9876543210987',
      '発行日 2026年4月1日',
      'お支払期限 2026年5月1日',
      '税率',
      '¥25,000 10% ¥25,000',
      '10%対象（消費税） ¥30,000',
      '消費税 10% ¥3,000',
      'ご請求金額 ¥33,000',
      'お振込先',
      'みずほ銀行 渋谷支店 普通 1234567',
      '口座名義: カ）タリフデモ',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('leaves the Japanese registration number off a USD invoice to a US customer', async () => {
    const text = await textOf(await renderInvoicePdf(input(usdInvoice)));
    expect(text).toContain('Nimbus AI, Inc.');
    expect(text).not.toContain('T9876543210987');
    expect(text).not.toContain('Registration number');
    expect(text).toContain('Pay by bank transfer to');
  });

  it('prints it on a USD invoice to a customer in Japan', async () => {
    const text = await textOf(await renderInvoicePdf({ ...input(usdInvoice), customer: acme }));
    expect(text).toContain('T9876543210987');
  });

  it('has no bank transfer box once paid', async () => {
    const text = await textOf(await renderInvoicePdf(input({ ...oneRateInvoice, status: 'paid' })));
    expect(text).not.toContain('お振込先');
  });

  // TARIFF_WRITE_INVOICE_PNG=1: writes docs/images/invoice-ja.png (pdftoppm -png -r 80) to look at.
  it.runIf(process.env.TARIFF_WRITE_INVOICE_PNG === '1')('renders docs/images/invoice-ja.png', async () => {
    await writeFile('/tmp/invoice-ja.pdf', await renderInvoicePdf(input(oneRateInvoice)));
    await promisify(execFile)('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-singlefile',
      '/tmp/invoice-ja.pdf',
      'docs/images/invoice-ja',
    ]);
  });
});
