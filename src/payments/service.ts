import type { Static } from 'typebox';
import type { CustomerService } from '../customers/service.js';
import type { OutboundPolicy } from '../security/outbound.js';
import type { Keyring } from '../security/secret-box.js';
import type { ServiceContext } from '../shared/context.js';
import { ApiError } from '../shared/errors/index.js';
import type { TestClockService } from '../test-clocks/service.js';
import { outboxDataOfType } from '../webhooks/outbox.js';
import type { Job } from '../worker/worker.js';
import { manualProvider, recordManualPayment } from './manual.js';
import type { InvoicingPort, PaymentProvider } from './provider.js';
import { type Drift, type ReconcileOptions, reconcile } from './reconcile.js';
import type { PaymentSettingsUpdate } from './schemas.js';
import { disconnectStripe, loadSettings, type PaymentSettings, saveSettings } from './settings.js';
import { stripeClient } from './stripe-client.js';
import { stripeProvider } from './stripe-provider.js';
import { handleStripeEvent, type WebhookOutcome } from './stripe-webhook.js';
import { runPaymentSync } from './sync-job.js';
import './tables.js';

export interface PaymentDeps {
  readonly ctx: ServiceContext;
  readonly customers: CustomerService;
  readonly testClocks: TestClockService;
  readonly invoicing: InvoicingPort;
  /** Opens and seals the stored Stripe keys. */
  readonly secrets: Keyring;
  /** Where Stripe calls may go (api_base is set through the API). */
  readonly outbound: OutboundPolicy;
}

export interface PaymentService {
  settings(): Promise<PaymentSettings>;
  updateSettings(input: Static<typeof PaymentSettingsUpdate>): Promise<PaymentSettings>;
  disconnectStripe(): Promise<PaymentSettings>;
  /** The configured provider (`manual` unless Stripe is connected). */
  provider(): Promise<PaymentProvider>;
  /** Verifies `Stripe-Signature` on the raw body, then acts on the event once. */
  receiveStripeWebhook(rawBody: Buffer, signature: string | undefined): Promise<WebhookOutcome>;
  /** Drift between Tariff and Stripe; `repair` pushes Tariff's state again. */
  reconcileStripe(options: ReconcileOptions): Promise<Drift[]>;
  recordManualPayment(invoiceId: string, input: { reference: string; paidAt: Date }): Promise<unknown>;
  /** Pushes that failed and wait for a retry (or for reconcile after the last one), and the latest error. */
  syncFailures(): Promise<{ failed: number; last_error: string | null }>;
  /** Runs the outbox-driven Stripe sync once (the worker does it every 2 seconds). */
  syncNow(): Promise<number>;
  jobs(): Job[];
}

export function createPaymentService(deps: PaymentDeps): PaymentService {
  const { ctx, customers, invoicing, secrets, outbound } = deps;
  const db = ctx.db;

  async function provider(): Promise<PaymentProvider> {
    const settings = await loadSettings(db, secrets);
    if (settings.provider !== 'stripe') return manualProvider();
    return stripeProvider({
      db,
      stripe: stripeClient(settings, outbound),
      clock: ctx.clock,
      getCustomer: (id) => customers.get(id),
    });
  }

  async function connectedStripe() {
    const settings = await loadSettings(db, secrets);
    if (settings.provider !== 'stripe' || !settings.stripe_secret_key)
      throw new ApiError(
        'payment_provider_not_configured',
        'Stripe is not connected: POST /v1/payment_settings first.',
      );
    return { settings, stripe: stripeClient(settings, outbound) };
  }

  const syncDeps = {
    db,
    provider,
    getCustomer: (id: string) => customers.get(id),
    invoicing: () => invoicing,
  };

  return {
    settings: () => loadSettings(db, secrets),
    updateSettings: (input) => saveSettings(db, { secrets, outbound }, input, ctx.clock.now()),
    disconnectStripe: () => disconnectStripe(db, ctx.clock.now()),
    provider,
    async receiveStripeWebhook(rawBody, signature) {
      const { settings, stripe } = await connectedStripe();
      if (!signature)
        throw new ApiError('stripe_signature_invalid', 'The Stripe-Signature header is missing.');
      let event: ReturnType<typeof stripe.webhooks.constructEvent>;
      try {
        event = stripe.webhooks.constructEvent(rawBody, signature, settings.stripe_webhook_secret ?? '');
      } catch (error) {
        throw new ApiError(
          'stripe_signature_invalid',
          `Stripe signature verification failed: ${(error as Error).message}`,
        );
      }
      return handleStripeEvent(
        {
          db,
          invoicing: () => invoicing,
          async paidAt(customerId, stripeTime) {
            const customer = await customers.get(customerId);
            return customer.test_clock ? deps.testClocks.nowFor(customer) : stripeTime;
          },
        },
        event,
      );
    },
    async reconcileStripe(options) {
      const { stripe } = await connectedStripe();
      return reconcile(
        {
          db,
          stripe,
          now: () => ctx.clock.now(),
          async *customers() {
            let after: string | undefined;
            for (;;) {
              const page = await customers.list({ limit: 100, ...(after && { starting_after: after }) });
              yield* page.slice(0, 100);
              if (page.length <= 100) return;
              after = page[99]?.id;
            }
          },
          async finalizedInvoiceIds() {
            const data = await outboxDataOfType(db, 'invoice.finalized');
            return [...new Set(data.map((d) => String((d as { id?: unknown }).id)))];
          },
          invoicing,
        },
        options,
      );
    },
    recordManualPayment: (invoiceId, input) => recordManualPayment(invoicing, invoiceId, input),
    async syncFailures() {
      const rows = await db
        .selectFrom('payment_sync_log')
        .select(['error', 'processed_at'])
        .where('outcome', '=', 'failed')
        .orderBy('processed_at', 'desc')
        .execute();
      return { failed: rows.length, last_error: rows[0]?.error ?? null };
    },
    syncNow: () => runPaymentSync(syncDeps, ctx.clock.now()),
    jobs() {
      return [
        {
          name: 'payments-stripe-sync',
          everyMs: 2_000,
          async run(now) {
            let stripe_events_handled = 0;
            // Drain what is due.
            for (let n = -1; n !== 0; stripe_events_handled += n) n = await runPaymentSync(syncDeps, now);
            return { stripe_events_handled };
          },
        },
      ];
    },
  };
}
