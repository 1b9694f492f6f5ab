import type { CollectionResult, InvoiceForPayment, InvoicingPort, PaymentProvider } from './provider.js';

/**
 * The default provider: Tariff issues the invoice and the customer pays by bank transfer (or any
 * way outside Tariff); someone records the payment by hand with its reference.
 */
export function manualProvider(): PaymentProvider {
  return {
    name: 'manual',
    // Nothing outside Tariff holds customers: there is no remote id to return.
    syncCustomer: async () => null,
    collect: async (_invoice: InvoiceForPayment): Promise<CollectionResult> => ({
      provider: 'manual',
      hostedInvoiceUrl: null,
      externalId: null,
    }),
    // Nothing to charge: the customer pays by transfer; reminders are what dunning does here.
    retryCollection: async () => ({ outcome: 'not_applicable' }),
  };
}

/** Records a payment received outside any processor (a bank transfer's reference, a receipt number). */
export async function recordManualPayment(
  invoicing: InvoicingPort,
  invoiceId: string,
  input: { reference: string; paidAt: Date },
): Promise<unknown> {
  return invoicing.pay(invoiceId, input);
}
