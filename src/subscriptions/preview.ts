import { type InvoiceInputs, invoiceLines } from '../core/billing/assemble.js';
import { feeSlices } from '../core/billing/license-fees.js';
import { sliceAt } from '../core/billing/periods.js';
import { period } from '../core/time/period.js';
import type { Db, Executor } from '../db/store.js';
import { priceInvoice, taxBreakdown } from '../invoicing/compute.js';
import { type InvoiceRow, invoiceJson, type UpcomingInvoiceJson } from '../invoicing/invoice.js';
import { lineRows } from '../invoicing/store.js';
import { ApiError, notFound } from '../shared/errors/index.js';
import { discountsOf } from './discounts.js';
import type { EngineDeps } from './engine.js';
import { periodInputs } from './period-lines.js';
import { baseOf, cadenceSchedule } from './schedule.js';
import { unpricedWarnings } from './unpriced-usage.js';

/**
 * The invoice the subscription would get at its period end, as of now: usage so far of the
 * intervals completing in the period, late adjustments, waiting prorations and the next
 * period's fees (after a change scheduled for the period end). Nothing is written; credits are
 * previewed. Before the start, it is the first invoice.
 */
export async function previewUpcoming(
  engine: EngineDeps,
  db: Db,
  subscriptionId: string,
): Promise<UpcomingInvoiceJson> {
  return db.transaction().execute((trx) => previewUpcomingIn(engine, trx, subscriptionId));
}

/** `previewUpcoming` inside the caller's transaction (a plan migration's dry run previews after a change it rolls back). */
export async function previewUpcomingIn(
  engine: EngineDeps,
  trx: Executor,
  subscriptionId: string,
): Promise<UpcomingInvoiceJson> {
  const sub = await trx
    .selectFrom('subscriptions')
    .selectAll()
    .where('id', '=', subscriptionId)
    .executeTakeFirst();
  if (!sub) throw notFound('subscription_not_found', 'subscription', subscriptionId, 'subscription');
  if (sub.status === 'canceled')
    throw new ApiError('no_upcoming_invoice', `Subscription ${sub.id} is canceled: no invoice is coming.`, {
      param: 'subscription',
    });
  const deps = engine.invoicing;
  const settings = await deps.settings(trx);
  const zone = settings.time_zone;
  const now = await deps.nowFor(sub.customer_id, trx);
  let inputs: InvoiceInputs;
  let window = sliceAt(cadenceSchedule(sub, zone), sub.billing_start).period;
  if (!sub.current_period_start || !sub.current_period_end) {
    // Before the start: the first invoice, the first period's fees.
    const fees = feeSlices(sub.plan.licenseFees, sub.quantities, baseOf(sub, zone), window);
    inputs = { currency: sub.currency, owner: sub.id, usage: [], fees };
  } else {
    window = period(sub.current_period_start, sub.current_period_end);
    const end = window.end;
    const pastWindow = settings.event_past_window_seconds + settings.grace_period_seconds;
    // The period end's own inputs, with its decisions made in memory instead of written.
    ({ inputs } = await periodInputs(
      trx,
      deps.aggregate,
      sub,
      window,
      zone,
      new Date(window.start.getTime() - pastWindow * 1000),
      async () => {
        if (sub.cancel_at && sub.cancel_at <= end) return null;
        const change =
          sub.pending_change && new Date(sub.pending_change.at) <= end ? sub.pending_change : null;
        return { ...sub, plan: change?.plan ?? sub.plan, quantities: change?.quantities ?? sub.quantities };
      },
    ));
  }
  const discounts = await discountsOf(deps, trx, sub);
  const rows = lineRows('upcoming', invoiceLines({ ...inputs, discounts }), 0, (i) => `upcoming_${i}`);
  // Credits previewed, tax and balance as the invoice will be settled (invoicing's priceInvoice).
  const { rates, warnings: taxWarnings } = await deps.tax.resolve(trx, sub.customer_id);
  const warnings = [...taxWarnings, ...(await unpricedWarnings(deps.aggregate, trx, sub, window))];
  const balance = await deps.balance.balanceOf(trx, sub.customer_id, sub.currency);
  const head = { id: 'upcoming', customer_id: sub.customer_id, currency: sub.currency };
  const { totals } = await priceInvoice(deps, trx, head, rows, window.end, true, new Map(), {
    rates,
    balance,
  });
  const row: InvoiceRow = {
    id: 'upcoming',
    number: null,
    customer_id: sub.customer_id,
    subscription_id: sub.id,
    test_clock: sub.test_clock,
    period_key: null,
    billing_reason: sub.current_period_end ? 'subscription_cycle' : 'subscription_create',
    status: 'draft',
    currency: sub.currency,
    period_start: window.start,
    period_end: window.end,
    subtotal: totals.subtotal.toFixed(),
    credits_applied: totals.creditsApplied.toFixed(),
    tax: totals.tax.toFixed(),
    tax_breakdown: taxBreakdown(totals, rates),
    total: totals.total.toFixed(),
    balance_applied: totals.balanceApplied.toFixed(),
    amount_due: totals.amountDue.toFixed(),
    amount_paid: '0',
    amount_credited: '0',
    tax_registration_number: settings.tax_registration_number,
    customer_details: null,
    issuer_details: null,
    hosted_invoice_url: null,
    payment_reference: null,
    finalize_at: null,
    created_at: now,
    finalized_at: null,
    paid_at: null,
    voided_at: null,
    marked_uncollectible_at: null,
    due_date: null,
    metadata: {},
    updated_at: now,
  };
  return { ...invoiceJson(row, rows), id: null, warnings };
}
