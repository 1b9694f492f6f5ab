import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { freezeIssuedParties } from './migrations.js';

describe.each(TEST_STORES)('invoices freeze their parties at finalization on %s', (kind) => {
  const h = useTariff(kind);

  async function customer(name: string): Promise<string> {
    const res = await h.api.post('/v1/customers', {
      name,
      email: `${name.toLowerCase().replace(/\W/g, '')}@example.com`,
      currency: 'EUR',
      billing_details: {
        company_name: `${name} GmbH`,
        address: { line1: 'Hauptstr. 1', city: 'Berlin', country: 'DE' },
        tax_ids: [{ type: 'eu_vat', value: 'DE123456789' }],
      },
    });
    expect(res.status).toBe(200);
    return res.body.id;
  }

  const draft = async (cus: string) =>
    (
      await h.api.post('/v1/invoices', {
        customer: cus,
        currency: 'EUR',
        lines: [{ description: 'work', amount: '10' }],
      })
    ).body.id as string;

  async function renameEverything(cus: string) {
    expect(
      (
        await h.api.post(`/v1/customers/${cus}`, {
          name: 'Renamed',
          email: 'renamed@example.com',
          billing_details: { company_name: 'Renamed SA', address: { city: 'Paris', country: 'FR' } },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await h.api.post('/v1/account', {
          name: 'Account Renamed',
          tax_registration_number: 'GB000000000',
          time_zone: 'America/New_York',
        })
      ).status,
    ).toBe(200);
  }

  it('keeps the customer and the account of finalization on the API object; a draft has none', async () => {
    await h.api.post('/v1/account', {
      name: 'Issuer KK',
      tax_registration_number: 'DE111',
      time_zone: 'UTC',
    });
    const cus = await customer('Alpha');
    const id = await draft(cus);
    const open = await draft(cus);
    const before = (await h.api.get(`/v1/invoices/${id}`)).body;
    expect(before.customer_details).toBeNull();
    expect(before.issuer_details).toBeNull();

    const finalized = await h.api.post(`/v1/invoices/${id}/finalize`, {});
    expect(finalized.status).toBe(200);
    const frozen = {
      customer_details: {
        name: 'Alpha',
        email: 'alpha@example.com',
        billing_details: {
          company_name: 'Alpha GmbH',
          address: { line1: 'Hauptstr. 1', city: 'Berlin', country: 'DE' },
          tax_ids: [{ type: 'eu_vat', value: 'DE123456789' }],
        },
      },
      issuer_details: { name: 'Issuer KK', tax_registration_number: 'DE111', time_zone: 'UTC' },
    };
    expect(finalized.body).toMatchObject(frozen);

    await renameEverything(cus);
    const after = (await h.api.get(`/v1/invoices/${id}`)).body;
    expect(after).toMatchObject({ ...frozen, tax_registration_number: 'DE111' });
    const listed = (await h.api.get('/v1/invoices', { customer: cus })).body.data;
    expect(listed.find((i: { id: string }) => i.id === id)).toMatchObject(frozen);
    expect((await h.api.get(`/v1/invoices/${open}`)).body.customer_details).toBeNull();

    // Paying (or voiding) later does not refreeze.
    expect((await h.api.post(`/v1/invoices/${id}/pay`, {})).body).toMatchObject(frozen);
  });

  it('freezes every invoice of a finalize-due batch with its own customer', async () => {
    await h.api.post('/v1/account', {
      name: 'Batch Issuer',
      tax_registration_number: null,
      time_zone: 'UTC',
    });
    const customers = [await customer('Beta'), await customer('Gamma')];
    const ids = [await draft(customers[0] as string), await draft(customers[1] as string)];
    const until = new Date(h.clock.now().getTime() + 86_400_000);
    expect(await h.tariff.services.invoicing.finalizeDue(until)).toBeGreaterThanOrEqual(2);
    for (const cus of customers) await renameEverything(cus);
    for (const [i, name] of ['Beta', 'Gamma'].entries()) {
      const inv = (await h.api.get(`/v1/invoices/${ids[i]}`)).body;
      expect(inv.status).toBe('open');
      expect(inv.customer_details).toMatchObject({ name, email: `${name.toLowerCase()}@example.com` });
      expect(inv.customer_details.billing_details.company_name).toBe(`${name} GmbH`);
      expect(inv.issuer_details).toEqual({
        name: 'Batch Issuer',
        tax_registration_number: null,
        time_zone: 'UTC',
      });
    }
  });

  it('backfills invoices finalized before the freeze with the current values, drafts untouched', async () => {
    await h.api.post('/v1/account', { name: 'Backfill Issuer', tax_registration_number: 'GB999' });
    const cus = await customer('Delta');
    const [issued, kept] = [await draft(cus), await draft(cus)];
    await h.api.post(`/v1/invoices/${issued}/finalize`, {});
    // As a row finalized before migration 0312: nothing frozen, its own registration number only.
    await h.store.db
      .updateTable('invoices')
      .set({ customer_details: null, issuer_details: null, tax_registration_number: null })
      .where('id', '=', issued)
      .execute();
    await h.api.post(`/v1/customers/${cus}`, { name: 'Delta Now' });
    await freezeIssuedParties(h.store.db as unknown as Kysely<unknown>);
    const inv = (await h.api.get(`/v1/invoices/${issued}`)).body;
    expect(inv.customer_details).toMatchObject({ name: 'Delta Now', email: 'delta@example.com' });
    expect(inv.issuer_details).toEqual({
      name: 'Backfill Issuer',
      tax_registration_number: 'GB999',
      time_zone: 'America/New_York',
    });
    expect((await h.api.get(`/v1/invoices/${kept}`)).body.customer_details).toBeNull();
  });
});
