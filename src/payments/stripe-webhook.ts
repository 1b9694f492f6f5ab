import type Stripe from 'stripe';
import type { Db } from '../db/store.js';
import { ApiError } from '../shared/errors/index.js';
import type { InvoicingPort } from './provider.js';
import './tables.js';

export interface StripeWebhookDeps {
  readonly db: Db;
  readonly invoicing: () => InvoicingPort;
  /** When a payment counts as made: the customer's test clock time if it has one, else Stripe's. */
  readonly paidAt: (invoiceCustomerId: string, stripeTime: Date) => Promise<Date>;
}

export interface WebhookOutcome {
  readonly received: true;
  readonly event: string;
  readonly outcome: string;
}

type StripeInvoiceLike = {
  id: string;
  metadata?: Record<string, string> | null;
  attempt_count?: number;
  status_transitions?: { paid_at?: number | null };
};

/** Invoicing's "it is already in that state" refusals: a payment recorded by hand first, say. */
function alreadySettled(error: unknown): string | undefined {
  return error instanceof ApiError && error.status < 500 && error.status !== 404 ? error.code : undefined;
}

/**
 * Acts on a verified Stripe event. A payment marks Tariff's invoice paid; a failure records it
 * (invoicing marks the subscription past_due). Other types are acknowledged and ignored. Each
 * event id is handled once: Stripe redelivers until it gets a 2xx, and a redelivery must not pay
 * twice.
 */
export async function handleStripeEvent(
  deps: StripeWebhookDeps,
  event: Stripe.Event,
): Promise<WebhookOutcome> {
  const { db } = deps;
  const seen = await db
    .selectFrom('stripe_events')
    .select('outcome')
    .where('id', '=', event.id)
    .executeTakeFirst();
  if (seen) return { received: true, event: event.id, outcome: `duplicate (${seen.outcome})` };

  const outcome = await act(deps, event);
  await db
    .insertInto('stripe_events')
    .values({ id: event.id, type: event.type, outcome, received_at: new Date(event.created * 1000) })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  return { received: true, event: event.id, outcome };
}

async function act(deps: StripeWebhookDeps, event: Stripe.Event): Promise<string> {
  if (!['invoice.paid', 'invoice.payment_succeeded', 'invoice.payment_failed'].includes(event.type))
    return 'ignored';
  const object = event.data.object as StripeInvoiceLike;
  const tariffId = object.metadata?.tariff_invoice_id;
  if (!tariffId) return 'ignored (not a Tariff invoice)';
  const invoicing = deps.invoicing();
  let invoice: Awaited<ReturnType<InvoicingPort['get']>>;
  try {
    invoice = await invoicing.get(tariffId);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return `unknown invoice ${tariffId}`;
    throw error;
  }
  try {
    if (event.type === 'invoice.payment_failed') {
      await invoicing.markPaymentFailed(tariffId, {
        reason: `Stripe invoice ${object.id}: payment attempt ${object.attempt_count ?? 1} failed`,
      });
      await setStatus(deps.db, tariffId, 'open');
      return 'payment_failed recorded';
    }
    const stripeTime = new Date((object.status_transitions?.paid_at ?? event.created) * 1000);
    await invoicing.pay(tariffId, {
      reference: object.id,
      paidAt: await deps.paidAt(invoice.customer, stripeTime),
    });
    await setStatus(deps.db, tariffId, 'paid');
    return 'paid';
  } catch (error) {
    const code = alreadySettled(error);
    if (code) return `refused by invoicing: ${code}`;
    throw error;
  }
}

async function setStatus(db: Db, invoiceId: string, status: string) {
  await db.updateTable('stripe_invoices').set({ status }).where('invoice_id', '=', invoiceId).execute();
}
