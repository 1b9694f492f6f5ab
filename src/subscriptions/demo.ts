import type { Services } from '../app/compose.js';
import type { DemoPlans } from '../catalog/demo.js';
import type { CustomerRow } from '../customers/customer.js';

const DAY = 86_400_000;

/**
 * The demo's billing history, made through the services as of past moments (their `at`
 * option), exactly as the worker would have done it day by day:
 * - Acme (JPY) on Plan A from ~90 days ago, upgraded to Plan B mid-period with
 *   `always_invoice` (the FAQ's case: an immediate proration invoice), and a late event for
 *   its first, already finalized month, billed as an adjustment on the next invoice;
 * - Nimbus (USD) on the AI API plan from ~90 days ago (tokens per model, calls, platform fee);
 * - Kobo (JPY) on Plan A from ~20 days ago, with its upcoming invoice live;
 * then every billing action up to now, drafts past their grace period finalized.
 */
export async function demoBilling(
  services: Services,
  customers: { acme: CustomerRow; nimbus: CustomerRow; kobo: CustomerRow },
  plans: DemoPlans,
): Promise<{ subscriptions: number; invoices: number }> {
  const { subscriptions, invoicing } = services;
  const now = await services.testClocks.nowFor({ test_clock: null });
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const start = ago(90);
  const at = (d: Date) => ({ at: d });

  const acme = await subscriptions.create(
    {
      customer: customers.acme.id,
      pricing_plan: plans.saasPlanA,
      start_date: start.toISOString(),
      metadata: { demo: 'faq-upgrade' },
    },
    at(start),
  );
  await subscriptions.create(
    { customer: customers.nimbus.id, pricing_plan: plans.aiApi, start_date: start.toISOString() },
    at(start),
  );

  // The first month closes and its invoice is finalized after the grace period.
  const firstClosed = ago(55);
  await subscriptions.runDue(firstClosed);
  await invoicing.finalizeDue(firstClosed);

  // A late event for Acme's first month: a peak of 25 projects, a higher step than it was billed.
  await services.metering.ingest(
    [
      {
        event_name: 'active_projects',
        identifier: 'demo-late-acme',
        timestamp: new Date(start.getTime() + 10 * DAY).toISOString(),
        payload: { customer: customers.acme.id, value: 25 },
      },
    ],
    { backfill: true },
  );

  // Mid-period upgrade to Plan B, invoiced at once (credit for Plan A, charge for Plan B).
  await subscriptions.changePlan(
    acme.id,
    { pricing_plan: plans.saasPlanB, proration_behavior: 'always_invoice' },
    at(ago(45)),
  );

  await subscriptions.create(
    { customer: customers.kobo.id, pricing_plan: plans.saasPlanA, start_date: ago(20).toISOString() },
    at(ago(20)),
  );

  await subscriptions.runDue(now);
  await invoicing.finalizeDue(now);
  const list = await invoicing.list({ limit: 100 });
  return { subscriptions: 3, invoices: list.data.length };
}
