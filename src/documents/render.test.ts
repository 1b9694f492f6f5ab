import { describe, expect, it } from 'vitest';
import { fixtureInput, jpyInvoice, longInvoice, paidJpyInvoice, usdInvoice } from './fixtures.js';
import { pdfText, squash } from './pdf-text.js';
import { renderInvoicePdf } from './render-invoice.js';
import { renderReceiptPdf } from './render-receipt.js';

async function textOf(pdf: Buffer): Promise<string> {
  return squash((await pdfText(pdf)).join('\n'));
}

describe('invoice PDF', () => {
  it('is a qualified invoice in Japanese: issuer number, tax per rate, recipient, every line', async () => {
    const pdf = await renderInvoicePdf(fixtureInput(jpyInvoice));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await textOf(pdf);
    for (const expected of [
      '請求書',
      'TRF-000042',
      '登録番号: T9876543210987',
      '株式会社アクメ 御中',
      '〒100-0005',
      'ご請求金額（税込）',
      '¥33,272',
      'スタンダードプラン 月額基本料金',
      '10%対象（消費税） ¥28,000',
      '消費税 10% ¥2,800',
      '8%対象（消費税（軽減税率）） ¥3,000',
      '消費税 8% ¥240',
      'クレジット適用 -¥2,000',
      'お客様残高の適用 -¥968',
      '2026年3月1日 – 2026年3月31日',
      '¥0.5',
    ]) {
      expect(text).toContain(expected);
    }
    // the zero-amount line is printed with its zero
    expect(text).toMatch(/ストレージ（無料枠内） 12\.5 ¥0 ¥0/);
    // yen has no minor unit: amounts are whole (only the ¥0.5 unit price has a fraction)
    expect(text).not.toContain('.00');
  });

  it('prints USD with cents, sub-cent unit prices, negative proration and zero lines', async () => {
    const text = await textOf(await renderInvoicePdf(fixtureInput(usdInvoice)));
    for (const expected of [
      'Invoice',
      'Nimbus AI, Inc.',
      'San Francisco, CA 94105',
      'Amount due',
      '$145.32',
      '1,523,400 $0.000002 $3.05',
      '0 $0.0000005 $0.00',
      '-$15.81',
      'Taxable at 8.25% (CA sales tax) $134.24',
      'Total $145.32',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('御中');
  });

  it('embeds the Japanese font (subset) rather than relying on the reader', async () => {
    const raw = (await renderInvoicePdf(fixtureInput(jpyInvoice))).toString('latin1');
    expect(raw).toContain('/FontFile2');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansJP/);
  });

  it('breaks long invoices over pages with the header on each and every line kept', async () => {
    const pages = await pdfText(await renderInvoicePdf(fixtureInput(longInvoice)));
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages.slice(0, -1)) expect(page).toContain('内容');
    const all = squash(pages.join('\n'));
    for (let i = 1; i <= 70; i++) expect(all).toContain(`API 呼び出し 日次 ${i} `);
    expect(all).toContain(`${pages.length} / ${pages.length} ページ`);
  });

  it('marks drafts and void invoices', async () => {
    const draft = await textOf(await renderInvoicePdf(fixtureInput({ ...jpyInvoice, status: 'draft' })));
    expect(draft).toContain('下書き（未確定）');
    const voided = await textOf(await renderInvoicePdf(fixtureInput({ ...usdInvoice, status: 'void' })));
    expect(voided).toContain('VOID');
  });

  it('renders the same input to the same bytes', async () => {
    const a = await renderInvoicePdf(fixtureInput(usdInvoice));
    const b = await renderInvoicePdf(fixtureInput(usdInvoice));
    expect(a.equals(b)).toBe(true);
  });
});

describe('receipt PDF', () => {
  it('states the amount received, the date in the account zone, the tax per rate and the issuer', async () => {
    const text = await textOf(await renderReceiptPdf(fixtureInput(paidJpyInvoice)));
    for (const expected of [
      '領収書',
      '領収金額（税込）',
      '¥33,272',
      '2026年4月10日',
      '但し、請求書 TRF-000042 の代金として',
      '消費税 10% ¥28,000 ¥2,800',
      '登録番号: T9876543210987',
      'pi_3Nabc',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('can be written in English', async () => {
    const text = await textOf(await renderReceiptPdf(fixtureInput(paidJpyInvoice, 'en')));
    expect(text).toContain('Receipt');
    expect(text).toContain('Amount paid');
    expect(text).toContain('¥33,272');
    expect(text).toContain('Apr 10, 2026');
  });
});
