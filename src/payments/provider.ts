import type { BillingDetails } from '../customers/tables.js';

/** The customer fields a payment provider may see. */
export interface PayableCustomer {
  readonly id: string;
  readonly external_id: string | null;
  readonly name: string | null;
  readonly email: string | null;
  readonly currency: string | null;
  readonly billing_details: BillingDetails;
}

/** The invoice as invoicing writes it (its JSON): what a provider needs to collect it. */
export interface InvoiceForPayment {
  readonly id: string;
  readonly number: string | null;
  readonly customer: string;
  readonly status: string;
  readonly currency: string;
  readonly lines: readonly {
    readonly id?: string;
    readonly type: string;
    readonly description: string | null;
    readonly amount: string;
    readonly period_start: string;
    readonly period_end: string;
  }[];
  readonly credits_applied: string;
  readonly tax: string;
  readonly balance_applied: string;
  readonly amount_due: string;
  readonly due_date: string | null;
  readonly finalized_at: string | null;
  readonly hosted_invoice_url: string | null;
}

/**
 * What payments needs from invoicing (its service's contract). Wired in app/compose.ts; payments
 * never reads invoicing's tables.
 */
export interface InvoicingPort {
  /** The invoice JSON; throws `invoice_not_found`. */
  get(id: string): Promise<InvoiceForPayment>;
  pay(id: string, input: { reference: string; paidAt: Date }): Promise<unknown>;
  /** Records a failed collection; invoicing marks the subscription `past_due`. */
  markPaymentFailed(id: string, input: { reason: string }): Promise<unknown>;
  setHostedInvoiceUrl(id: string, url: string): Promise<unknown>;
}

/** The result of handing a finalized invoice to a provider. */
export interface CollectionResult {
  readonly provider: 'manual' | 'stripe';
  /** Where the customer pays (Stripe's hosted invoice page), or null when payment is recorded by hand. */
  readonly hostedInvoiceUrl: string | null;
  readonly externalId: string | null;
}

/**
 * A payment provider. `manual`: Tariff only records payments made by bank transfer or cash, by
 * hand with a reference. `stripe`: Tariff's invoices are pushed to Stripe, paid on its hosted page,
 * and Stripe's webhooks record the outcome.
 */
export interface PaymentProvider {
  readonly name: 'manual' | 'stripe';
  /** Mirrors the customer at the provider; `force` re-sends even what looks unchanged (repairs). */
  syncCustomer(customer: PayableCustomer, options?: { force?: boolean }): Promise<string | null>;
  collect(invoice: InvoiceForPayment): Promise<CollectionResult>;
  /**
   * Tries to collect an open invoice again (a dunning retry). `not_applicable` when the provider
   * collects nothing by itself (manual: the customer transfers) or never received the invoice.
   * A success is recorded by the provider's own path (Stripe's `invoice.paid` webhook).
   * `attempt` names the dunning step (`retry:3`): the provider's idempotency key, so a step taken
   * again after a crash replays its answer instead of charging twice, and each step charges anew.
   */
  retryCollection(invoiceId: string, attempt: string): Promise<RetryOutcome>;
}

export type RetryOutcome =
  | { readonly outcome: 'succeeded' | 'not_applicable' }
  | { readonly outcome: 'failed'; readonly reason: string };
