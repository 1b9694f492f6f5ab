/** The account's payment settings: one row (`id = 'default'`). Secrets are never read back by the API. */
export interface PaymentSettingsTable {
  id: string;
  provider: 'manual' | 'stripe';
  stripe_secret_key: string | null;
  stripe_webhook_secret: string | null;
  /** Another Stripe-compatible base URL (stripe-mock, a proxy, the test suite's fake); null is api.stripe.com. */
  stripe_api_base: string | null;
  updated_at: Date;
}

/** A Tariff customer's Stripe Customer, and a hash of what was last sent (to skip no-op updates). */
export interface StripeCustomersTable {
  customer_id: string;
  stripe_id: string;
  synced_hash: string;
  synced_at: Date;
}

/**
 * One dunning step taken for an invoice (src/payments/dunning.ts). The primary key (invoice, step)
 * is the claim that makes a step happen once, whichever worker or clock advance gets there first.
 * `outcome` is `pending` while an action outside the claim's transaction runs (a collection
 * retry, a cancellation); a pending step older than a few minutes is a crashed run, taken again.
 */
export interface DunningStepsTable {
  invoice_id: string;
  step: string;
  scheduled_at: Date;
  taken_at: Date;
  outcome: string;
}

/** A Tariff invoice's Stripe invoice. `status` is Stripe's, as last seen. */
export interface StripeInvoicesTable {
  invoice_id: string;
  stripe_id: string;
  status: string;
  hosted_invoice_url: string | null;
  /** Bumped when a repair voids a drifted Stripe invoice and pushes a new one (part of its idempotency keys). */
  generation: number;
  pushed_at: Date;
}

/** Stripe webhook events already handled: a redelivery by Stripe is answered without acting twice. */
export interface StripeEventsTable {
  id: string;
  type: string;
  outcome: string;
  received_at: Date;
}

/** Outbox events the Stripe sync job has handled (pushed, skipped, or failed with the error kept). */
export interface PaymentSyncLogTable {
  event_id: string;
  outcome: 'pushed' | 'skipped' | 'failed';
  error: string | null;
  attempts: number;
  processed_at: Date;
}

declare module '../db/database.js' {
  interface Database {
    dunning_steps: DunningStepsTable;
    payment_settings: PaymentSettingsTable;
    stripe_customers: StripeCustomersTable;
    stripe_invoices: StripeInvoicesTable;
    stripe_events: StripeEventsTable;
    payment_sync_log: PaymentSyncLogTable;
  }
}
