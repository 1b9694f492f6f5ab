import { sql } from 'kysely';
import { netOfInclusive } from '../core/billing/tax.js';
import { Decimal, decimalString, sum } from '../core/money/decimal.js';
import { roundAmount } from '../core/money/money.js';
import { inclusiveTaxOf, splitInclusiveTax } from '../core/revenue/inclusive-tax.js';
import { type FinalizedLine, invoiceFinalized, usageDelivered } from '../core/revenue/postings.js';
import { consumedByCategoryFor, recordGrantDeferred } from '../credits/ledger.js';
import type { Executor } from '../db/store.js';
import type { InvoiceForHooks, InvoiceLineForHooks } from '../invoicing/hooks.js';
import { newId } from '../shared/ids.js';
import { type Booking, bookMany } from './book.js';
import { invoiceBooking, isAdvance, isUsage } from './invoice-revenue.js';
import './tables.js';

interface Claim {
  readonly invoice: InvoiceForHooks;
  readonly line: InvoiceLineForHooks;
  /** The line net of the inclusive tax it carries: what it earns. */
  readonly net: Decimal;
  readonly subscriptionId: string;
  readonly billableItemId: string;
}

const claimKey = (c: { subscriptionId: string; billableItemId: string; periodStart: Date }) =>
  `${c.subscriptionId}|${c.billableItemId}|${c.periodStart.toISOString()}`;

/**
 * Claims the usage invoice lines bill: marks each item's service interval billed (so the daily
 * job stops booking it) and answers, per claim in order, what the job had already booked as
 * delivered. Rows are created if missing, locked and updated, one statement each for all; an
 * interval claimed twice in one batch sees the first claim's amount, as it would one at a time.
 */
async function claimUsage(trx: Executor, claims: readonly Claim[]): Promise<Decimal[]> {
  if (claims.length === 0) return [];
  const keyOf = (c: Claim) =>
    claimKey({
      subscriptionId: c.subscriptionId,
      billableItemId: c.billableItemId,
      periodStart: c.line.periodStart,
    });
  await trx
    .insertInto('revenue_usage')
    .values(
      claims.map((c) => ({
        subscription_id: c.subscriptionId,
        billable_item_id: c.billableItemId,
        period_start: c.line.periodStart,
        period_end: c.line.periodEnd,
        customer_id: c.invoice.customerId,
        currency: c.invoice.currency,
        recognized: '0',
        recognized_through: c.line.periodStart,
        invoice_id: null,
      })),
    )
    .onConflict((oc) => oc.columns(['subscription_id', 'billable_item_id', 'period_start']).doNothing())
    .execute();
  const subs = claims.map((c) => c.subscriptionId);
  const items = claims.map((c) => c.billableItemId);
  const starts = claims.map((c) => c.line.periodStart.toISOString());
  const { rows } = await sql<{
    subscription_id: string;
    billable_item_id: string;
    period_start: Date;
    recognized: string;
  }>`select r.subscription_id, r.billable_item_id, r.period_start, r.recognized
    from revenue_usage r
    join unnest(${subs}::text[], ${items}::text[], ${starts}::timestamptz[]) as k(s, b, p)
      on r.subscription_id = k.s and r.billable_item_id = k.b and r.period_start = k.p
    order by r.subscription_id, r.billable_item_id, r.period_start
    for update of r`.execute(trx);
  const current = new Map(
    rows.map((r) => [
      claimKey({
        subscriptionId: r.subscription_id,
        billableItemId: r.billable_item_id,
        periodStart: new Date(r.period_start),
      }),
      new Decimal(r.recognized),
    ]),
  );
  const before: Decimal[] = [];
  const last = new Map<string, Claim>();
  for (const c of claims) {
    const key = keyOf(c);
    before.push(current.get(key) ?? new Decimal(0));
    current.set(key, c.net);
    last.set(key, c);
  }
  const writes = [...last.values()];
  await sql`update revenue_usage as r
    set invoice_id = v.invoice_id, recognized = v.recognized, recognized_through = v.through
    from unnest(
      ${writes.map((c) => c.subscriptionId)}::text[], ${writes.map((c) => c.billableItemId)}::text[],
      ${writes.map((c) => c.line.periodStart.toISOString())}::timestamptz[],
      ${writes.map((c) => c.invoice.id)}::text[], ${writes.map((c) => decimalString(c.net))}::numeric[],
      ${writes.map((c) => c.line.periodEnd.toISOString())}::timestamptz[]
    ) as v(s, b, p, invoice_id, recognized, through)
    where r.subscription_id = v.s and r.billable_item_id = v.b and r.period_start = v.p`.execute(trx);
  return before;
}

/**
 * Seed 004 at finalization: usage leaves unbilled_ar for ar (anything not booked yet as delivered
 * is recognized now), fees billed in advance are deferred and scheduled, top-ups are deferred
 * until their credits are consumed, credits reduce what ar receives, and the customer balance the
 * invoice applied settles part of ar. Inclusive tax is split off each line first (in proportion
 * to the lines), so deferred revenue and revenue hold net amounts and tax_payable the tax.
 */
/**
 * The sum of each customer's inclusive tax rates, in percent, read with `executor` (a customer
 * without one may be absent): what a tax-inclusive price is net of.
 */
export type InclusivePercents = (
  executor: Executor,
  customerIds: readonly string[],
) => Promise<Map<string, Decimal>>;

/**
 * Books the finalization of a batch of invoices (one invoice is a batch of one): a few statements for all.
 * `percents` gives the customers' inclusive rates: a usage line claims its interval at its own
 * net, amount × 100 / (100 + rates), rounded, as the daily job books it (service.ts). Not at its
 * share of the invoice's inclusive tax: that tax is on what credits and discounts left, so the
 * share would leave the tax on the credited part in revenue once the invoice is voided.
 */
export async function bookFinalizedMany(
  trx: Executor,
  items: readonly { invoice: InvoiceForHooks; at: Date }[],
  percents: InclusivePercents = async () => new Map(),
): Promise<void> {
  const claims: Claim[] = [];
  const usageOf = (invoice: InvoiceForHooks) =>
    invoice.lines.filter((l) => invoice.subscriptionId && l.billableItemId && l.type === 'usage');
  const rated = items.filter(({ invoice }) => usageOf(invoice).length > 0).map((i) => i.invoice.customerId);
  const percentOf = rated.length > 0 ? await percents(trx, rated) : new Map<string, Decimal>();
  for (const { invoice } of items) {
    const percent = percentOf.get(invoice.customerId) ?? new Decimal(0);
    // Usage lines of a subscription claim their interval; adjustments and one-offs do not.
    for (const line of usageOf(invoice)) {
      claims.push({
        invoice,
        line,
        net: roundAmount(netOfInclusive(line.amount, percent), invoice.currency),
        subscriptionId: invoice.subscriptionId as string,
        billableItemId: line.billableItemId as string,
      });
    }
  }
  const claimed = await claimUsage(trx, claims);
  const recognizedOf = new Map(claims.map((c, i) => [c.line.lineId, claimed[i] as Decimal]));
  const ownNetOf = new Map(claims.map((c) => [c.line.lineId, c.net]));
  const credits = await consumedByCategoryFor(
    trx,
    items.map((i) => i.invoice.id),
  );
  const bookings: Booking[] = [];
  const schedules = [];
  // The grants sold by top-up invoices (and prepaid commitments) and the net each deferred.
  const soldGrants: { id: string; deferred: Decimal }[] = [];
  for (const { invoice, at } of items) {
    const topUp = invoice.metadata['top_up'] !== undefined;
    const taxShares = splitInclusiveTax(
      invoice.lines.map((l) => l.amount),
      inclusiveTaxOf(invoice),
      invoice.currency,
    );
    const lines: FinalizedLine[] = [];
    for (const [i, line] of invoice.lines.entries()) {
      const net = line.amount.minus(taxShares[i] as Decimal);
      if (isUsage(line)) {
        // Booked as delivered up to the line's own net (what a void leaves earned); the
        // finalization then takes the line out of unbilled_ar and books the rest of its share.
        const own = ownNetOf.get(line.lineId) ?? net;
        const rest = own.minus(recognizedOf.get(line.lineId) ?? new Decimal(0));
        bookings.push({
          key: `delivered:${invoice.id}:${line.lineId}`,
          customerId: invoice.customerId,
          testClock: invoice.testClock,
          currency: invoice.currency,
          source: 'usage_delivered',
          sourceId: invoice.subscriptionId,
          description: `Usage delivered, booked at billing (${line.billableItemId ?? line.type})`,
          recognizedAt: new Date(Math.min(at.getTime(), line.periodEnd.getTime() - 1)),
          postings: usageDelivered(rest),
          billableItemId: line.billableItemId,
        });
        lines.push({ kind: 'usage', amount: net, recognized: own });
      } else if (isAdvance(line) || (topUp && line.type === 'one_off')) {
        lines.push({ kind: 'deferred', amount: net });
        // A fee billed in advance is earned per second over its service interval (net of inclusive tax).
        if (isAdvance(line) && !net.isZero()) schedules.push(deferredSchedule(invoice, line, net));
      } else {
        lines.push({ kind: 'earned', amount: net });
      }
    }
    const used = credits.get(invoice.id) as { paid: Decimal; paidDeferred: Decimal; promotional: Decimal };
    const grantSold = topUp ? invoice.metadata['credit_grant'] : undefined;
    if (grantSold !== undefined)
      soldGrants.push({ id: grantSold, deferred: sum(lines.map((l) => l.amount)) });
    const gross = sum(lines.map((l) => l.amount));
    const discounts = gross.minus(used.paid).minus(used.promotional).plus(invoice.tax).minus(invoice.total);
    bookings.push(
      invoiceBooking(invoice, at, 'invoice_finalized', 'finalized', {
        key: `finalized:${invoice.id}`,
        postings: invoiceFinalized({
          lines,
          promotionalCredits: used.promotional,
          paidCredits: used.paid,
          paidCreditsDeferred: used.paidDeferred,
          discounts,
          tax: invoice.tax,
          // no credit note exists before finalization: what is not due was settled by the balance
          balanceApplied: invoice.total.minus(invoice.amountDue),
        }),
      }),
    );
  }
  if (schedules.length > 0) {
    await trx
      .insertInto('deferred_schedules')
      .values(schedules)
      .onConflict((oc) => oc.column('line_id').doNothing())
      .execute();
  }
  for (const g of soldGrants) await recordGrantDeferred(trx, g.id, g.deferred);
  await bookMany(trx, bookings);
}

function deferredSchedule(invoice: InvoiceForHooks, line: InvoiceLineForHooks, net: Decimal) {
  return {
    id: newId('dfs'),
    invoice_id: invoice.id,
    line_id: line.lineId,
    customer_id: invoice.customerId,
    test_clock: invoice.testClock,
    currency: invoice.currency,
    billable_item_id: line.billableItemId,
    amount: decimalString(net),
    period_start: line.periodStart,
    period_end: line.periodEnd,
    recognized: '0',
    recognized_through: line.periodStart,
    status: 'active' as const,
  };
}
