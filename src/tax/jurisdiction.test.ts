import { describe, expect, it } from 'vitest';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { scopeDefaultRates } from './migrations.js';

/**
 * A default tax rate belongs to a jurisdiction (country, optionally state) and applies only to
 * customers whose billing address is in it (docs/billing.md, "Tax jurisdictions").
 */
describe.each(TEST_STORES)('tax jurisdictions on %s', (kind) => {
  const h = useTariff(kind);
  let seq = 0;

  async function customer(currency: string, address?: Record<string, string>) {
    seq += 1;
    const res = await h.api.post('/v1/customers', {
      name: `Tax customer ${seq}`,
      currency,
      ...(address && { billing_details: { address } }),
    });
    expect(res.status).toBe(200);
    return res.body.id as string;
  }

  async function invoice(cus: string, currency: string, amount: string) {
    const res = await h.api.post('/v1/invoices', {
      customer: cus,
      currency,
      lines: [{ description: 'Service', amount }],
      finalize: true,
    });
    expect(res.status).toBe(200);
    return res.body;
  }

  async function rate(body: Record<string, unknown>) {
    const res = await h.api.post('/v1/tax_rates', { inclusive: false, ...body });
    expect(res.status).toBe(200);
    return res.body;
  }

  /** A rate as it was before jurisdictions: no country (only the database can make one now). */
  async function legacyRate(id: string, isDefault: boolean) {
    await h.store.db
      .insertInto('tax_rates')
      .values({
        id,
        display_name: 'legacy',
        percentage: '10',
        inclusive: false,
        country: null,
        state: null,
        description: null,
        active: true,
        is_default: isDefault,
        metadata: '{}',
        created_at: new Date('2026-01-01T00:00:00Z'),
      })
      .execute();
  }

  /** A subscription on a 1,000-a-month fee, for the upcoming invoice. */
  async function subscribed(cus: string, currency: string) {
    const item = await h.api.post('/v1/billable_items', { type: 'licensed', name: 'Plan' });
    const fee = await h.api.post('/v1/license_fees', {
      name: 'Plan fee',
      licensed_item: item.body.id,
      currency,
      unit_amount: '1000',
      service_interval: 'month',
    });
    const plan = await h.api.post('/v1/pricing_plans', {
      name: `Plan ${seq}`,
      currency,
      components: [{ type: 'license_fee', license_fee: fee.body.id }],
    });
    const sub = await h.api.post('/v1/subscriptions', { customer: cus, pricing_plan: plan.body.id });
    expect(sub.status).toBe(200);
    return sub.body.id as string;
  }

  it('a JP default rate is not charged on the USD invoice of a US customer, and is on a JP one', async () => {
    const jct = await rate({ display_name: '消費税 10%', percentage: '10', country: 'JP', default: true });
    try {
      const us = await customer('USD', {
        line1: '1 Market St',
        city: 'San Francisco',
        state: 'CA',
        country: 'US',
      });
      const usInvoice = await invoice(us, 'USD', '100.00');
      expect(usInvoice).toMatchObject({ subtotal: '100.00', tax: '0.00', total: '100.00' });
      expect(usInvoice.tax_breakdown).toEqual([]);

      const jp = await customer('JPY', { city: '東京都', country: 'JP' });
      const jpInvoice = await invoice(jp, 'JPY', '1000');
      expect(jpInvoice).toMatchObject({ tax: '100', total: '1100' });
      expect(jpInvoice.tax_breakdown).toMatchObject([{ tax_rate: jct.id, country: 'JP' }]);
    } finally {
      await h.api.post(`/v1/tax_rates/${jct.id}`, { default: false });
    }
  });

  it('a state rate applies only in its state; country and state rates stack', async () => {
    const ca = await rate({
      display_name: 'CA sales tax',
      percentage: '7.25',
      country: 'US',
      state: 'CA',
      default: true,
    });
    const gst = await rate({ display_name: 'GST', percentage: '5', country: 'CA', default: true });
    const bc = await rate({
      display_name: 'PST BC',
      percentage: '7',
      country: 'CA',
      state: 'BC',
      default: true,
    });
    try {
      expect(ca).toMatchObject({ country: 'US', state: 'CA', default: true });
      const sf = await customer('USD', { state: 'ca', country: 'US' });
      expect((await invoice(sf, 'USD', '100.00')).tax).toBe('7.25');
      const ny = await customer('USD', { state: 'NY', country: 'US' });
      expect((await invoice(ny, 'USD', '100.00')).tax).toBe('0.00');
      const vancouver = await customer('CAD', { state: 'BC', country: 'CA' });
      expect((await invoice(vancouver, 'CAD', '100.00')).tax).toBe('12.00');
      const toronto = await customer('CAD', { state: 'ON', country: 'CA' });
      expect((await invoice(toronto, 'CAD', '100.00')).tax).toBe('5.00');
    } finally {
      for (const r of [ca, gst, bc]) await h.api.post(`/v1/tax_rates/${r.id}`, { default: false });
    }
  });

  it('a customer without an address gets no default rate and the upcoming invoice warns', async () => {
    const jct = await rate({ display_name: '消費税 10%', percentage: '10', country: 'JP', default: true });
    try {
      const nowhere = await customer('JPY');
      const sub = await subscribed(nowhere, 'JPY');
      const upcoming = await h.api.get('/v1/invoices/upcoming', { subscription: sub });
      expect(upcoming.status).toBe(200);
      expect(upcoming.body).toMatchObject({ total: '1000', tax: '0' });
      expect(upcoming.body.warnings).toEqual([
        { code: 'tax_address_missing', message: expect.stringContaining('billing address') },
      ]);
      expect((await invoice(nowhere, 'JPY', '1000')).tax).toBe('0');

      const home = await customer('JPY', { country: 'JP' });
      const homeSub = await subscribed(home, 'JPY');
      const homeUpcoming = await h.api.get('/v1/invoices/upcoming', { subscription: homeSub });
      expect(homeUpcoming.body).toMatchObject({ total: '1100', tax: '100', warnings: [] });

      // Exempt customers, and customers with their own rates, need no address.
      await h.api.post(`/v1/customers/${nowhere}/tax_settings`, { exempt: true });
      expect((await h.api.get('/v1/invoices/upcoming', { subscription: sub })).body.warnings).toEqual([]);
    } finally {
      await h.api.post(`/v1/tax_rates/${jct.id}`, { default: false });
    }
  });

  it('a customer’s own rates apply wherever the customer is', async () => {
    const vat = await rate({ display_name: 'VAT 20%', percentage: '20', country: 'GB' });
    const cus = await customer('GBP');
    await h.api.post(`/v1/customers/${cus}/tax_settings`, { tax_rates: [vat.id] });
    expect((await invoice(cus, 'GBP', '10.00')).tax).toBe('2.00');
  });

  it('every new rate needs a country; one from before jurisdictions cannot become a default without one', async () => {
    for (const extra of [{}, { default: true }, { state: 'CA' }]) {
      const res = await h.api.post('/v1/tax_rates', {
        display_name: 'somewhere',
        percentage: '10',
        inclusive: false,
        ...extra,
      });
      expect(res.status, JSON.stringify(extra)).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'parameter_missing', param: 'country' });
    }
    const lower = await h.api.post('/v1/tax_rates', {
      display_name: 'lower case',
      percentage: '10',
      inclusive: false,
      country: 'jp',
    });
    expect(lower.status).toBe(400);
    expect(lower.body.error).toMatchObject({ param: 'country' });

    // A rate made before jurisdictions (migration 0321 left it without a country).
    await legacyRate('txr_plain', false);
    const promote = await h.api.post('/v1/tax_rates/txr_plain', { default: true });
    expect(promote.status).toBe(400);
    expect(promote.body.error).toMatchObject({ code: 'parameter_missing', param: 'country' });
    const placed = await h.api.post('/v1/tax_rates/txr_plain', { country: 'FR', default: true });
    expect(placed.body).toMatchObject({ country: 'FR', state: null, default: true });
    await h.api.post('/v1/tax_rates/txr_plain', { default: false });
  });

  it('migration: an existing default rate without a country takes the account’s jurisdiction', async () => {
    const db = h.store.db;
    const insert = legacyRate;
    const countryOf = async (id: string) =>
      (await db.selectFrom('tax_rates').select('country').where('id', '=', id).executeTakeFirstOrThrow())
        .country;
    const before = await h.tariff.services.account.get();
    try {
      // A Japanese qualified-invoice registration number says JP, whatever the currency.
      await h.tariff.services.account.update({
        tax_registration_number: 'T1234567890123',
        default_currency: 'USD',
      });
      await insert('txr_legacy_jp', true);
      await insert('txr_legacy_plain', false);
      await scopeDefaultRates(db as never);
      expect(await countryOf('txr_legacy_jp')).toBe('JP');
      expect(await countryOf('txr_legacy_plain')).toBeNull();

      // Else the home country of the account's currency.
      await h.tariff.services.account.update({ tax_registration_number: null, default_currency: 'GBP' });
      await insert('txr_legacy_gb', true);
      await scopeDefaultRates(db as never);
      expect(await countryOf('txr_legacy_gb')).toBe('GB');

      // A currency of many countries says nothing: the rate keeps no country and applies to no one.
      await h.tariff.services.account.update({ default_currency: 'EUR' });
      await insert('txr_legacy_eu', true);
      await scopeDefaultRates(db as never);
      expect(await countryOf('txr_legacy_eu')).toBeNull();
      const cus = await customer('EUR', { country: 'FR' });
      expect((await invoice(cus, 'EUR', '100.00')).tax).toBe('0.00');
      const sub = await subscribed(cus, 'EUR');
      const upcoming = await h.api.get('/v1/invoices/upcoming', { subscription: sub });
      expect(upcoming.body.warnings).toEqual([
        { code: 'tax_rate_jurisdiction_missing', message: expect.stringContaining('txr_legacy_eu') },
      ]);
    } finally {
      await db
        .updateTable('tax_rates')
        .set({ is_default: false })
        .where('id', 'like', 'txr_legacy%')
        .execute();
      await h.tariff.services.account.update({
        tax_registration_number: before.tax_registration_number,
        default_currency: before.default_currency,
      });
    }
  });
});
