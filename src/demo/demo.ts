import type { Services } from '../app/compose.js';
import { demoCatalog } from '../catalog/demo.js';
import { demoCredits } from '../credits/demo.js';
import { demoEntitlements } from '../entitlements/demo.js';
import { demoMeters, demoUsage } from '../metering/demo.js';
import { demoBilling } from '../subscriptions/demo.js';
import { demoCustomers } from './customers.js';

/** Whether the store holds no customers yet (then `npm start` loads the demo). */
export async function isEmpty(services: Services): Promise<boolean> {
  const rows = await services.customers.list({ limit: 1 });
  return rows.length === 0;
}

/** Whether the demo was loaded (or its load began) here: its first customer exists. */
export async function hasDemo(services: Services): Promise<boolean> {
  try {
    await services.customers.get(DEMO_MARKER);
    return true;
  } catch {
    return false;
  }
}
const DEMO_MARKER = 'tenant-acme-jp';

/** Hears of the demo load step by step (the CLI draws it as a progress line). */
export interface DemoProgress {
  /** Step `n` of `total` begins. */
  start(step: string, n: number, total: number): void;
  /** The step ended; `made` says what it created ("3 customers"). */
  done(step: string, made: string): void;
}
const STEPS = 8;
const noProgress: DemoProgress = { start() {}, done() {} };
const count = (n: number, what: string) => `${n.toLocaleString('en-US')} ${what}`;

/**
 * Loads the demo dataset through the services, as a user of the API would. Each domain adds its
 * part here, in dependency order.
 */
export async function loadDemo(
  services: Services,
  progress: DemoProgress = noProgress,
): Promise<{
  customers: number;
  meters: number;
  pricing_plans: number;
  subscriptions: number;
  invoices: number;
  meter_events: number;
  credit_grants: number;
  journal_entries: number;
}> {
  progress.start('account', 1, STEPS);
  await services.account.update({ name: 'Tariff Demo KK', time_zone: 'Asia/Tokyo', default_currency: 'JPY' });
  progress.done('account', 'Asia/Tokyo, JPY');
  progress.start('customers', 2, STEPS);
  const customers = await demoCustomers(services);
  progress.done('customers', count(Object.keys(customers).length, 'customers'));
  // Later demo parts (plans, subscriptions) price these meters by id.
  progress.start('meters', 3, STEPS);
  const meters = await demoMeters(services);
  progress.done('meters', count(Object.keys(meters).length, 'meters'));
  progress.start('usage', 4, STEPS);
  const usage = await demoUsage(services, customers);
  progress.done('usage', count(usage.events, 'meter events'));
  // The catalog prices those meters: { aiApi, saasPlanA, saasPlanB, storage } plan ids.
  progress.start('pricing plans', 5, STEPS);
  const plans = await demoCatalog(services, {
    tokens: meters.tokens.id,
    active_projects: meters.active_projects.id,
    storage_gb: meters.storage_gb.id,
    api_calls: meters.api_calls.id,
  });
  progress.done('pricing plans', count(Object.keys(plans).length, 'pricing plans'));
  // What each plan lets its subscribers do (API call limits, single sign-on, support tier).
  progress.start('entitlements', 6, STEPS);
  const entitlements = await demoEntitlements(services, plans, { api_calls: meters.api_calls.id });
  progress.done('entitlements', count(entitlements.features, 'features'));
  // Subscriptions and ~90 days of invoices: a plan change with proration, a late event.
  progress.start('billing', 7, STEPS);
  const billing = await demoBilling(services, customers, plans);
  progress.done(
    'billing',
    `${count(billing.subscriptions, 'subscriptions')}, ${count(billing.invoices, 'invoices')}`,
  );
  // Credits and revenue come after billing's part: the journal books the invoices it issued.
  progress.start('credits and revenue', 8, STEPS);
  const credits = await demoCredits(services, customers);
  progress.done(
    'credits and revenue',
    `${count(credits.grants, 'credit grants')}, ${count(credits.journal_entries, 'journal entries')}`,
  );
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
