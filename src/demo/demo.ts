import type { Services } from '../app/compose.js';
import { demoCatalog } from '../catalog/demo.js';
import { demoCredits } from '../credits/demo.js';
import { demoMeters, demoUsage } from '../metering/demo.js';
import { demoBilling } from '../subscriptions/demo.js';
import { demoCustomers } from './customers.js';

/** Whether the store holds no customers yet (then `npm start` loads the demo). */
export async function isEmpty(services: Services): Promise<boolean> {
  const rows = await services.customers.list({ limit: 1 });
  return rows.length === 0;
}

/**
 * Loads the demo dataset through the services, as a user of the API would. Each domain adds its
 * part here, in dependency order.
 */
export async function loadDemo(services: Services): Promise<{
  customers: number;
  meters: number;
  pricing_plans: number;
  subscriptions: number;
  invoices: number;
  meter_events: number;
  credit_grants: number;
  journal_entries: number;
}> {
  await services.account.update({ name: 'Tariff Demo KK', time_zone: 'Asia/Tokyo', default_currency: 'JPY' });
  const customers = await demoCustomers(services);
  // Later demo parts (plans, subscriptions) price these meters by id.
  const meters = await demoMeters(services);
  const usage = await demoUsage(services, customers);
  // The catalog prices those meters: { aiApi, saasPlanA, saasPlanB, storage } plan ids.
  const plans = await demoCatalog(services, {
    tokens: meters.tokens.id,
    active_projects: meters.active_projects.id,
    storage_gb: meters.storage_gb.id,
    api_calls: meters.api_calls.id,
  });
  // Subscriptions and ~90 days of invoices: a plan change with proration, a late event.
  const billing = await demoBilling(services, customers, plans);
  // Credits and revenue come after billing's part: the journal books the invoices it issued.
  const credits = await demoCredits(services, customers);
  return {
    customers: Object.keys(customers).length,
    meters: Object.keys(meters).length,
    pricing_plans: Object.keys(plans).length,
    subscriptions: billing.subscriptions,
    invoices: billing.invoices,
    meter_events: usage.events,
    credit_grants: credits.grants,
    journal_entries: credits.journal_entries,
  };
}
