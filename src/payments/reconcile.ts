import type Stripe from 'stripe';
import type { Db } from '../db/store.js';
import type { InvoiceForPayment, InvoicingPort, PayableCustomer } from './provider.js';
import { isResourceMissing } from './stripe-client.js';
import { syncStripeCustomer } from './stripe-customers.js';
import { pushStripeInvoice } from './stripe-invoices.js';
import { stripeCurrency, stripeCustomerParams, stripeItems } from './stripe-mapping.js';
import './tables.js';

export interface Drift {
  readonly object: 'customer' | 'invoice';
  readonly id: string;
  readonly stripe_id: string | null;
  readonly problem: string;
  repaired?: boolean;
  error?: string;
}

export interface ReconcileDeps {
  readonly db: Db;
  readonly stripe: Stripe;
  readonly now: () => Date;
  readonly customers: () => AsyncIterable<PayableCustomer>;
  /** Every invoice that was finalized (from the outbox), oldest first. */
  readonly finalizedInvoiceIds: () => Promise<string[]>;
  readonly invoicing: InvoicingPort;
}

export interface ReconcileProgress {
  readonly customers: number;
  readonly invoices: number;
  /** Known once the customers are done. */
  readonly invoices_total?: number;
  readonly drift: number;
}

export interface ReconcileOptions {
  readonly repair: boolean;
  /** Called after each customer and invoice checked (the CLI draws a progress line). */
  readonly onProgress?: (checked: ReconcileProgress) => void;
}

type Check = { problem: string; repair: () => Promise<unknown> } | undefined;

async function retrieve<T>(load: () => Promise<T>): Promise<T | undefined> {
  try {
    return await load();
  } catch (error) {
    if (isResourceMissing(error)) return undefined;
    throw error;
  }
}

async function checkCustomer(
  deps: ReconcileDeps,
  c: PayableCustomer,
  stripeId: string | undefined,
): Promise<Check> {
  const repair = () => syncStripeCustomer(deps.db, deps.stripe, c, deps.now(), { force: true });
  if (!stripeId) return { problem: 'missing in Stripe', repair };
  const remote = await retrieve(() => deps.stripe.customers.retrieve(stripeId));
  if (!remote || (remote as { deleted?: boolean }).deleted) return { problem: 'deleted in Stripe', repair };
  const live = remote as Stripe.Customer;
  const want = stripeCustomerParams(c);
  const differs = [
    (live.name ?? '') !== want.name && 'name',
    (live.email ?? '') !== want.email && 'email',
    Object.entries(want.address).some(
      ([k, v]) => ((live.address as Record<string, string | null> | null)?.[k] ?? '') !== v,
    ) && 'address',
    live.metadata?.tariff_customer_id !== c.id && 'metadata',
  ].filter(Boolean);
  return differs.length ? { problem: `different in Stripe: ${differs.join(', ')}`, repair } : undefined;
}

async function checkInvoice(
  deps: ReconcileDeps,
  inv: InvoiceForPayment,
  stripeId: string | undefined,
): Promise<Check> {
  const push = async (replace: boolean) => {
    const customer = await syncStripeCustomer(
      deps.db,
      deps.stripe,
      await customerOf(deps, inv.customer),
      deps.now(),
    );
    const pushed = await pushStripeInvoice(deps.db, deps.stripe, inv, customer, deps.now(), { replace });
    if (pushed.hostedInvoiceUrl) await deps.invoicing.setHostedInvoiceUrl(inv.id, pushed.hostedInvoiceUrl);
  };
  const collectible = inv.status === 'open';
  if (!stripeId) return collectible ? { problem: 'missing in Stripe', repair: () => push(false) } : undefined;
  const remote = await retrieve(() => deps.stripe.invoices.retrieve(stripeId));
  if (!remote) return collectible ? { problem: 'deleted in Stripe', repair: () => push(true) } : undefined;
  const stripe = deps.stripe;
  if (inv.status === 'void' && remote.status === 'open')
    return {
      problem: 'void in Tariff, open in Stripe',
      repair: () => stripe.invoices.voidInvoice(remote.id),
    };
  if (!collectible) return undefined;
  if (remote.status === 'draft') return { problem: 'not finalized in Stripe', repair: () => push(false) };
  if (remote.status === 'paid')
    return {
      problem: 'paid in Stripe, open in Tariff',
      repair: () => deps.invoicing.pay(inv.id, { reference: remote.id, paidAt: deps.now() }),
    };
  if (remote.status === 'void' || remote.status === 'uncollectible')
    return { problem: `${remote.status} in Stripe, open in Tariff`, repair: () => push(true) };
  const due = stripeItems(inv).reduce((s, i) => s + BigInt(i.amount), 0n);
  if (BigInt(remote.amount_due) !== due || remote.currency !== stripeCurrency(inv.currency)) {
    return {
      problem: `different in Stripe: ${remote.amount_due} ${remote.currency}, Tariff ${due} ${stripeCurrency(inv.currency)}`,
      repair: async () => {
        await stripe.invoices.voidInvoice(
          remote.id,
          {},
          { idempotencyKey: `tariff:${inv.id}:void:${remote.id}` },
        );
        await push(true);
      },
    };
  }
  if (remote.hosted_invoice_url && inv.hosted_invoice_url !== remote.hosted_invoice_url) {
    const url = remote.hosted_invoice_url;
    return {
      problem: 'hosted invoice URL not on Tariff invoice',
      repair: () => deps.invoicing.setHostedInvoiceUrl(inv.id, url),
    };
  }
  return undefined;
}

async function customerOf(deps: ReconcileDeps, id: string): Promise<PayableCustomer> {
  for await (const c of deps.customers()) if (c.id === id) return c;
  throw new Error(`No such customer: ${id}`);
}

/**
 * Lists what differs between Tariff and Stripe, and with `repair` pushes Tariff's state again.
 * Tariff is the source of truth for amounts; Stripe for whether the customer paid.
 */
export async function reconcile(deps: ReconcileDeps, options: ReconcileOptions): Promise<Drift[]> {
  const drift: Drift[] = [];
  const checked = { customers: 0, invoices: 0, drift: 0 };
  const record = async (object: Drift['object'], id: string, stripeId: string | undefined, check: Check) => {
    if (!check) return;
    const entry: Drift = { object, id, stripe_id: stripeId ?? null, problem: check.problem };
    if (options.repair) {
      try {
        await check.repair();
        entry.repaired = true;
      } catch (error) {
        entry.repaired = false;
        entry.error = error instanceof Error ? error.message : String(error);
      }
    }
    drift.push(entry);
    checked.drift = drift.length;
  };
  const customerMap = new Map(
    (await deps.db.selectFrom('stripe_customers').select(['customer_id', 'stripe_id']).execute()).map((r) => [
      r.customer_id,
      r.stripe_id,
    ]),
  );
  for await (const c of deps.customers()) {
    await record(
      'customer',
      c.id,
      customerMap.get(c.id),
      await checkCustomer(deps, c, customerMap.get(c.id)),
    );
    checked.customers += 1;
    options.onProgress?.({ ...checked });
  }
  const invoiceIds = await deps.finalizedInvoiceIds();
  for (const id of invoiceIds) {
    const mapped = await deps.db
      .selectFrom('stripe_invoices')
      .select('stripe_id')
      .where('invoice_id', '=', id)
      .executeTakeFirst();
    const inv = await deps.invoicing.get(id);
    await record('invoice', id, mapped?.stripe_id, await checkInvoice(deps, inv, mapped?.stripe_id));
    checked.invoices += 1;
    options.onProgress?.({ ...checked, invoices_total: invoiceIds.length });
  }
  return drift;
}
