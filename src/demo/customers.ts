import type { Services } from '../app/compose.js';

/** Demo customers: a Tokyo company billed in JPY and a US start-up billed in USD. */
export async function demoCustomers(services: Services) {
  const acme = await services.customers.create({
    external_id: 'tenant-acme-jp',
    name: '株式会社アクメ',
    email: 'billing@acme.example.jp',
    currency: 'JPY',
    billing_details: {
      company_name: '株式会社アクメ',
      address: { line1: '千代田区丸の内1-1-1', city: '東京都', postal_code: '100-0005', country: 'JP' },
      tax_ids: [{ type: 'jp_trn', value: 'T1234567890123' }],
    },
    metadata: { segment: 'enterprise' },
  });
  const nimbus = await services.customers.create({
    external_id: 'tenant-nimbus-us',
    name: 'Nimbus AI, Inc.',
    email: 'ap@nimbus.example.com',
    currency: 'USD',
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
    metadata: { segment: 'startup' },
  });
  const kobo = await services.customers.create({
    external_id: 'tenant-kobo-jp',
    name: 'Kobo Design',
    email: 'hello@kobo.example.jp',
    currency: 'JPY',
    billing_details: { company_name: 'Kobo Design', address: { city: '大阪府', country: 'JP' } },
  });
  return { acme, nimbus, kobo };
}
