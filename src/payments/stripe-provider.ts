import type Stripe from 'stripe';
import type { Clock } from '../core/time/clock.js';
import type { Db } from '../db/store.js';
import type { CollectionResult, InvoiceForPayment, PayableCustomer, PaymentProvider } from './provider.js';
import { syncStripeCustomer } from './stripe-customers.js';
import { pushStripeInvoice } from './stripe-invoices.js';

export interface StripeProviderDeps {
  readonly db: Db;
  readonly stripe: Stripe;
  readonly clock: Clock;
  readonly getCustomer: (id: string) => Promise<PayableCustomer>;
}

/** Stripe collects: customers are mirrored as Stripe Customers, invoices pushed and paid there. */
export function stripeProvider(deps: StripeProviderDeps): PaymentProvider {
  const { db, stripe, clock } = deps;
  return {
    name: 'stripe',
    syncCustomer: (customer, options = {}) => syncStripeCustomer(db, stripe, customer, clock.now(), options),
    async collect(invoice: InvoiceForPayment): Promise<CollectionResult> {
      const customer = await deps.getCustomer(invoice.customer);
      const stripeCustomer = await syncStripeCustomer(db, stripe, customer, clock.now());
      const pushed = await pushStripeInvoice(db, stripe, invoice, stripeCustomer, clock.now());
      return { provider: 'stripe', hostedInvoiceUrl: pushed.hostedInvoiceUrl, externalId: pushed.stripeId };
    },
    async retryCollection(invoiceId, attempt) {
      const pushed = await db
        .selectFrom('stripe_invoices')
        .select('stripe_id')
        .where('invoice_id', '=', invoiceId)
        .executeTakeFirst();
      if (!pushed) return { outcome: 'not_applicable' };
      try {
        // Charges the customer's default payment method; Stripe's webhook records the payment.
        const paid = await stripe.invoices.pay(
          pushed.stripe_id,
          {},
          // Not the date: on a test clock two steps can fall on one wall-clock day.
          { idempotencyKey: `tariff-${attempt}-${invoiceId}` },
        );
        return paid.status === 'paid'
          ? { outcome: 'succeeded' }
          : { outcome: 'failed', reason: `Stripe invoice is ${paid.status}` };
      } catch (error) {
        return { outcome: 'failed', reason: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
