import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { type FakeStripe, startFakeStripe } from './fake-stripe/server.js';
import { connectFake, finalizedInvoice, liveStripeCustomers, stripeInvoicesFor } from './test-support.js';

describe.each(TEST_STORES)('Stripe reconcile on %s', (kind) => {
  const h = useTariff(kind);
  let fake: FakeStripe;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    fake = await startFakeStripe();
  });
  afterAll(() => fake.close());

  const reconcile = (repair: boolean) => h.tariff.services.payments.reconcileStripe({ repair });
  const stripeCustomerOf = (id: string) => liveStripeCustomers(fake, id)[0]?.id ?? '';

  it('refuses to reconcile while Stripe is not connected', async () => {
    await expect(reconcile(false)).rejects.toMatchObject({ code: 'payment_provider_not_configured' });
  });

  it('finds nothing to do right after a clean sync', async () => {
    await connectFake(h, fake);
    for (const name of ['edited', 'deleted', 'payer']) {
      ids[name] = (await h.api.post('/v1/customers', { name, currency: 'JPY' })).body.id;
    }
    ids.inv1 = (await finalizedInvoice(h, ids.payer ?? '', 'JPY', ['12000'])).id;
    await h.tariff.worker.runOnce();
    expect(await reconcile(false)).toEqual([]);
  });

  it('lists edits made in Stripe and what was missed while disconnected, and repairs it without duplicates', async () => {
    fake.state.updateCustomer(stripeCustomerOf(ids.edited ?? ''), { name: 'Edited in the dashboard' });
    fake.state.deleteCustomer(stripeCustomerOf(ids.deleted ?? ''));

    expect((await h.api.del('/v1/payment_settings/stripe')).body.provider).toBe('manual');
    ids.late = (await h.api.post('/v1/customers', { name: 'late', currency: 'JPY' })).body.id;
    ids.inv2 = (await finalizedInvoice(h, ids.payer ?? '', 'JPY', ['3400'])).id;
    await h.tariff.worker.runOnce();
    expect(stripeInvoicesFor(fake, ids.inv2)).toHaveLength(0);
    await connectFake(h, fake);

    const drift = await reconcile(false);
    const problems = Object.fromEntries(drift.map((d) => [d.id, d.problem]));
    expect(problems).toEqual({
      [ids.edited ?? '']: 'different in Stripe: name',
      [ids.deleted ?? '']: 'deleted in Stripe',
      [ids.late ?? '']: 'missing in Stripe',
      [ids.inv2 ?? '']: 'missing in Stripe',
    });

    const repaired = await reconcile(true);
    expect(repaired.every((d) => d.repaired)).toBe(true);
    expect(await reconcile(false)).toEqual([]);
    for (const name of ['edited', 'deleted', 'late', 'payer'])
      expect(liveStripeCustomers(fake, ids[name] ?? '')).toHaveLength(1);
    expect(liveStripeCustomers(fake, ids.edited ?? '')[0]?.name).toBe('edited');
    expect(stripeInvoicesFor(fake, ids.inv1 ?? '')).toHaveLength(1);
    expect(stripeInvoicesFor(fake, ids.inv2 ?? '')).toHaveLength(1);
    const inv2 = (await h.api.get(`/v1/invoices/${ids.inv2}`)).body;
    expect(inv2.hosted_invoice_url).toBe(stripeInvoicesFor(fake, ids.inv2 ?? '')[0]?.hosted_invoice_url);

    // Reconnecting re-queued what the sync job skipped while disconnected: it finds it all there.
    const before = fake.requests.filter((r) => r.method === 'POST').length;
    await h.tariff.worker.runOnce();
    expect(fake.requests.filter((r) => r.method === 'POST').length).toBe(before);
    expect(stripeInvoicesFor(fake, ids.inv2 ?? '')).toHaveLength(1);
  });

  it('pushes what was missed while disconnected as soon as Stripe is connected again', async () => {
    await h.api.del('/v1/payment_settings/stripe');
    const offline = (await h.api.post('/v1/customers', { name: 'offline', currency: 'JPY' })).body.id;
    const invoice = (await finalizedInvoice(h, offline, 'JPY', ['777'])).id;
    await h.tariff.worker.runOnce();
    expect(stripeInvoicesFor(fake, invoice)).toHaveLength(0);
    await connectFake(h, fake);
    await h.tariff.worker.runOnce();
    expect(stripeInvoicesFor(fake, invoice)).toHaveLength(1);
    expect(liveStripeCustomers(fake, offline)).toHaveLength(1);
    expect(await reconcile(false)).toEqual([]);
    await h.tariff.services.invoicing.void(invoice);
    await reconcile(true);
  });

  it('recovers a payment whose webhook was lost, and voids in Stripe what Tariff voided', async () => {
    const [remote1] = stripeInvoicesFor(fake, ids.inv1 ?? '');
    fake.state.markPaid(remote1?.id ?? '');
    await h.tariff.services.invoicing.void(ids.inv2 ?? '');

    const drift = await reconcile(true);
    expect(drift.map((d) => [d.id, d.problem, d.repaired])).toEqual([
      [ids.inv1, 'paid in Stripe, open in Tariff', true],
      [ids.inv2, 'void in Tariff, open in Stripe', true],
    ]);
    expect((await h.api.get(`/v1/invoices/${ids.inv1}`)).body).toMatchObject({
      status: 'paid',
      payment_reference: remote1?.id,
    });
    expect(stripeInvoicesFor(fake, ids.inv2 ?? '')[0]?.status).toBe('void');
    expect(await reconcile(false)).toEqual([]);
  });

  it('replaces an invoice voided in Stripe that Tariff still expects to be paid', async () => {
    const payer = ids.payer ?? '';
    const invoice = (await finalizedInvoice(h, payer, 'JPY', ['4321'])).id;
    await h.tariff.worker.runOnce();
    const [old] = stripeInvoicesFor(fake, invoice);
    fake.state.voidInvoice(old?.id ?? '');

    const drift = await reconcile(true);
    expect(drift.map((d) => [d.id, d.problem, d.repaired])).toEqual([
      [invoice, 'void in Stripe, open in Tariff', true],
    ]);
    const both = stripeInvoicesFor(fake, invoice);
    expect(both.map((i) => i.status)).toEqual(['void', 'open']);
    expect(both[1]?.amount_due).toBe(4321);
    expect((await h.api.get(`/v1/invoices/${invoice}`)).body.hosted_invoice_url).toBe(
      both[1]?.hosted_invoice_url,
    );
    expect(await reconcile(true)).toEqual([]);
    expect(stripeInvoicesFor(fake, invoice)).toHaveLength(2);
  });
});
