import { afterAll, describe, expect, it } from 'vitest';
import type { Harness } from '../testing/harness.js';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import type { CollectionResult, InvoiceForPayment, PaymentProvider } from './provider.js';
import { finalizedInvoice } from './test-support.js';

/** A provider as its test file sets it up on a Tariff, with the way its customers pay. */
export interface ProviderUnderTest {
  readonly provider: PaymentProvider;
  /** Pays a collected invoice as this provider's customers do (by hand; a Stripe webhook). */
  pay(invoice: InvoiceForPayment, collected: CollectionResult): Promise<void>;
  close?(): Promise<void>;
}

/**
 * The one suite every `PaymentProvider` passes (provider.ts states the contract), on every store:
 * syncing a customer is idempotent; collecting a finalized invoice answers the provider's name and
 * either both a payment page and a remote id or neither, the same answer when repeated (a retry
 * never creates a second remote invoice), and never pays the invoice by itself; the provider's
 * way of paying marks the invoice paid once, for its full amount.
 */
export function describePaymentProviderConformance(
  name: PaymentProvider['name'],
  setup: (h: Harness) => Promise<ProviderUnderTest>,
): void {
  describe.each(TEST_STORES)(`PaymentProvider conformance: ${name} on %s`, (kind) => {
    const h = useTariff(kind);
    let under: ProviderUnderTest;
    afterAll(() => under?.close?.());

    const newCustomer = async (label: string) =>
      (
        await h.api.post('/v1/customers', {
          name: `${name} ${label}`,
          email: `${label}@${name}.test`,
          currency: 'JPY',
          billing_details: { address: { country: 'JP' } },
        })
      ).body as { id: string };

    it('is set up on a Tariff', async () => {
      under = await setup(h);
      expect(under.provider.name).toBe(name);
    });

    it('syncs a customer idempotently', async () => {
      const customer = await h.tariff.services.customers.get((await newCustomer('sync')).id);
      const first = await under.provider.syncCustomer(customer);
      expect(await under.provider.syncCustomer(customer)).toBe(first);
      expect(await under.provider.syncCustomer(customer, { force: true })).toBe(first);
    });

    it('collects a finalized invoice once, the same answer on a retry, without paying it', async () => {
      const customer = await newCustomer('collect');
      const created = await finalizedInvoice(h, customer.id, 'JPY', ['1200', '300']);
      const invoice = await h.tariff.services.invoicing.get(created.id);
      const collected = await under.provider.collect(invoice);
      expect(collected.provider).toBe(name);
      expect(collected.hostedInvoiceUrl === null).toBe(collected.externalId === null);
      expect(await under.provider.collect(invoice)).toEqual(collected);
      expect((await h.api.get(`/v1/invoices/${created.id}`)).body).toMatchObject({
        status: 'open',
        amount_due: '1500',
      });

      await under.pay(invoice, collected);
      const paid = (await h.api.get(`/v1/invoices/${created.id}`)).body;
      expect(paid).toMatchObject({ status: 'paid', amount_due: '1500' });
    });
  });
}
