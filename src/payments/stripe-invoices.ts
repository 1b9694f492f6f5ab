import type Stripe from 'stripe';
import type { Db } from '../db/store.js';
import type { InvoiceForPayment } from './provider.js';
import { stripeCurrency, stripeInteger, stripeItems } from './stripe-mapping.js';
import './tables.js';

const DAY_MS = 86_400_000;

/** Days the customer has to pay on Stripe's side: Tariff's due date, else 30 days. */
export function daysUntilDue(invoice: InvoiceForPayment): number {
  if (!invoice.due_date || !invoice.finalized_at) return 30;
  const days = Math.ceil((Date.parse(invoice.due_date) - Date.parse(invoice.finalized_at)) / DAY_MS);
  return Math.max(days, 0);
}

export interface PushedInvoice {
  readonly stripeId: string;
  readonly status: string;
  readonly hostedInvoiceUrl: string | null;
}

/**
 * Pushes a finalized Tariff invoice to Stripe: a draft invoice, one invoice item per line with
 * Tariff's exact amounts, then finalization, which gives the hosted invoice page. Each step has
 * an idempotency key from the Tariff invoice id and the mapping row is written right after the
 * draft exists, so a push interrupted anywhere resumes where it stopped. `generation` changes
 * only when a repair replaces a drifted Stripe invoice.
 */
export async function pushStripeInvoice(
  db: Db,
  stripe: Stripe,
  invoice: InvoiceForPayment,
  stripeCustomerId: string,
  now: Date,
  options: { replace?: boolean } = {},
): Promise<PushedInvoice> {
  const items = stripeItems(invoice);
  const currency = stripeCurrency(invoice.currency);
  const found = await db
    .selectFrom('stripe_invoices')
    .selectAll()
    .where('invoice_id', '=', invoice.id)
    .executeTakeFirst();
  // A replacement pushes a new Stripe invoice under the next generation's keys. The old mapping
  // stays until the new draft exists, so a replacement interrupted before that replays the same
  // generation instead of starting a third.
  const mapped = options.replace ? undefined : found;
  const generation = (found?.generation ?? -1) + (options.replace || !found ? 1 : 0);
  const keyBase = `tariff:${invoice.id}:g${generation}`;

  let draft: Stripe.Invoice;
  if (mapped) {
    draft = await stripe.invoices.retrieve(mapped.stripe_id);
  } else {
    draft = await stripe.invoices.create(
      {
        customer: stripeCustomerId,
        currency,
        collection_method: 'send_invoice',
        days_until_due: daysUntilDue(invoice),
        auto_advance: false,
        pending_invoice_items_behavior: 'exclude',
        metadata: { tariff_invoice_id: invoice.id, tariff_invoice_number: invoice.number ?? '' },
      },
      { idempotencyKey: `${keyBase}:invoice` },
    );
    await db
      .insertInto('stripe_invoices')
      .values({
        invoice_id: invoice.id,
        stripe_id: draft.id,
        status: draft.status ?? 'draft',
        hosted_invoice_url: null,
        generation,
        pushed_at: now,
      })
      .onConflict((oc) =>
        oc.column('invoice_id').doUpdateSet({
          stripe_id: draft.id,
          status: draft.status ?? 'draft',
          hosted_invoice_url: null,
          generation,
          pushed_at: now,
        }),
      )
      .execute();
  }

  if (draft.status === 'draft') {
    // Items already on the draft (an earlier, interrupted push) are not added again.
    const present = new Set(draft.lines?.data.map((l) => l.metadata?.tariff_item) ?? []);
    for (const item of items) {
      if (present.has(item.key)) continue;
      await stripe.invoiceItems.create(
        {
          customer: stripeCustomerId,
          invoice: draft.id,
          currency,
          amount: stripeInteger(item.amount),
          description: item.description,
          ...(item.period && { period: item.period }),
          metadata: { tariff_invoice_id: invoice.id, tariff_item: item.key },
        },
        { idempotencyKey: `${keyBase}:item:${item.key}` },
      );
    }
    draft = await stripe.invoices.finalizeInvoice(draft.id, {}, { idempotencyKey: `${keyBase}:finalize` });
  }
  const due = stripeInteger(items.reduce((sum, i) => sum + BigInt(i.amount), 0n).toString());
  if (draft.status === 'open' && draft.amount_due !== due) {
    throw new Error(
      `Stripe invoice ${draft.id} asks ${draft.amount_due}, Tariff's invoice ${invoice.id} asks ${due}.`,
    );
  }
  const hosted = draft.hosted_invoice_url ?? null;
  await db
    .updateTable('stripe_invoices')
    .set({ status: draft.status ?? 'open', hosted_invoice_url: hosted, pushed_at: now })
    .where('invoice_id', '=', invoice.id)
    .execute();
  return { stripeId: draft.id, status: draft.status ?? 'open', hostedInvoiceUrl: hosted };
}
