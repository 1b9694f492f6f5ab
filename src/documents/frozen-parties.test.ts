import { describe, expect, it } from 'vitest';
import { Decimal } from '../core/money/decimal.js';
import { TEST_KEY, useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { pdfText, squash } from './pdf-text.js';

const OLD = {
  account: 'Issuer Old Ltd',
  registration: 'DE111111111',
  customer: 'Buyer Old GmbH',
  street: 'Old Street 1',
  email: 'old@buyer.example',
  taxId: 'DE999999999',
};
const NEW = {
  account: 'Issuer New Ltd',
  registration: 'GB222222222',
  customer: 'Buyer New GmbH',
  street: 'New Avenue 2',
  email: 'new@buyer.example',
  taxId: 'FR888888888',
};

describe.each(TEST_STORES)('issued invoice documents keep their parties on %s', (kind) => {
  const h = useTariff(kind, new Date('2026-03-10T12:00:00Z'));

  async function text(path: string): Promise<string> {
    const res = await h.api.raw({
      method: 'GET',
      url: path,
      headers: { authorization: `Bearer ${TEST_KEY}` },
    });
    expect(res.statusCode).toBe(200);
    return squash((await pdfText(res.rawPayload)).join('\n'));
  }

  const has = (doc: string, who: typeof OLD, fields: (keyof typeof OLD)[]) => {
    for (const f of fields) expect(doc, f).toContain(who[f]);
  };
  const lacks = (doc: string, who: typeof OLD, fields: (keyof typeof OLD)[]) => {
    for (const f of fields) expect(doc, f).not.toContain(who[f]);
  };
  const ALL = Object.keys(OLD) as (keyof typeof OLD)[];
  const RECEIPT = ['account', 'registration', 'customer'] as (keyof typeof OLD)[];

  it('prints the customer and account of finalization after both change; a draft prints the new ones', async () => {
    const { services } = h.tariff;
    // 21:00 in Tokyo: still the 10th there, already the 11th at UTC+14.
    await services.account.update({
      name: OLD.account,
      tax_registration_number: OLD.registration,
      time_zone: 'Asia/Tokyo',
    });
    const customer = await services.customers.create({
      name: 'Buyer',
      email: OLD.email,
      currency: 'EUR',
      billing_details: {
        company_name: OLD.customer,
        address: { line1: OLD.street, city: 'Berlin', country: 'DE' },
        tax_ids: [{ type: 'eu_vat', value: OLD.taxId }],
      },
    });
    const line = { description: 'Setup', amount: new Decimal(100), quantity: new Decimal(1) };
    const issued = await services.invoicing.createStandaloneInvoice({
      customerId: customer.id,
      currency: 'EUR',
      lines: [line],
      finalize: true,
    });
    await services.invoicing.pay(issued.id);
    const draft = await services.invoicing.createStandaloneInvoice({
      customerId: customer.id,
      currency: 'EUR',
      lines: [line],
      finalize: false,
    });
    const before = await text(`/v1/invoices/${issued.id}/pdf?lang=en`);
    has(before, OLD, ALL);
    expect(before).toContain('Mar 10, 2026');

    await services.customers.update(customer.id, {
      email: NEW.email,
      billing_details: {
        company_name: NEW.customer,
        address: { line1: NEW.street, city: 'Paris', country: 'FR' },
        tax_ids: [{ type: 'eu_vat', value: NEW.taxId }],
      },
    });
    await services.account.update({
      name: NEW.account,
      tax_registration_number: NEW.registration,
      time_zone: 'Pacific/Kiritimati',
    });

    const invoice = await text(`/v1/invoices/${issued.id}/pdf?lang=en`);
    has(invoice, OLD, ALL);
    lacks(invoice, NEW, ALL);
    expect(invoice).toContain('Mar 10, 2026');
    expect(invoice).not.toContain('Mar 11, 2026');
    const receipt = await text(`/v1/invoices/${issued.id}/receipt?lang=en`);
    has(receipt, OLD, RECEIPT);
    lacks(receipt, NEW, RECEIPT);

    const live = await text(`/v1/invoices/${draft.id}/pdf?lang=en`);
    has(live, NEW, ALL);
    lacks(live, OLD, ALL);
    expect(live).toContain('Mar 11, 2026');
  });

  it('picks the language from the frozen address, not the current one', async () => {
    const { services } = h.tariff;
    const customer = await services.customers.create({
      name: '株式会社旧名',
      currency: 'USD',
      billing_details: { address: { country: 'JP', city: '東京都' } },
    });
    const issued = await services.invoicing.createStandaloneInvoice({
      customerId: customer.id,
      currency: 'USD',
      lines: [{ description: 'Setup', amount: new Decimal(10) }],
      finalize: true,
    });
    await services.customers.update(customer.id, {
      name: 'New Name Inc',
      billing_details: { address: { country: 'US', city: 'Austin' } },
    });
    const doc = await text(`/v1/invoices/${issued.id}/pdf`);
    expect(doc).toContain('請求書');
    expect(doc).toContain('株式会社旧名 御中');
    expect(doc).not.toContain('New Name Inc');
  });
});
