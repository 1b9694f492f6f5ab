import type { Services } from '../app/compose.js';
import type { CustomerRow } from '../customers/customer.js';

const DAY_MS = 86_400_000;

/**
 * The credits and revenue part of the demo, loaded after billing's: a welcome credit, a paid
 * credit grant and a promotional one, a top-up that is invoiced and paid, two alerts, and the
 * revenue journal booked over the last months of demo usage (daily recognition backfilled, fees
 * earned, invoices already issued by the billing demo booked by their hooks as they happened).
 */
export async function demoCredits(
  services: Services,
  customers: { acme: CustomerRow; nimbus: CustomerRow; kobo: CustomerRow },
): Promise<{ grants: number; top_ups: number; journal_entries: number }> {
  const { credits, alerts, revenue } = services;
  const now = await services.testClocks.nowFor({ test_clock: null });
  const in90days = new Date(now.getTime() + 90 * DAY_MS).toISOString();
  await credits.grants.create({
    customer: customers.acme.id,
    amount: { currency: 'JPY', value: '10000' },
    category: 'promotional',
    priority: 20,
    expires_at: in90days,
    name: 'Welcome credit',
  });
  await credits.grants.create({
    customer: customers.nimbus.id,
    amount: { currency: 'USD', value: '500.00' },
    category: 'paid',
    applicability: { scope: 'metered' },
    name: 'Prepaid usage (contract)',
  });
  await credits.grants.create({
    customer: customers.kobo.id,
    amount: { currency: 'JPY', value: '3000' },
    category: 'promotional',
    priority: 10,
    expires_at: in90days,
    name: 'Design partner credit',
  });
  const topUp = await credits.topUps.create(customers.nimbus.id, {
    amount: { currency: 'USD', value: '200.00' },
  });
  if (topUp.invoice_id) await services.invoicing.pay(topUp.invoice_id, { reference: 'demo top-up' });
  await alerts.create({
    customer: customers.nimbus.id,
    type: 'credit_balance',
    currency: 'USD',
    threshold: '100',
  });
  await alerts.create({
    customer: customers.acme.id,
    type: 'credit_balance',
    currency: 'JPY',
    threshold: '2000',
  });
  await revenue.recognizeDue(now, { since: new Date(now.getTime() - 92 * DAY_MS), maxDays: 92 });
  const entries = await services.revenue.entryCount();
  return { grants: 4, top_ups: 1, journal_entries: entries };
}
