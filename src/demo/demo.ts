import type { Services } from '../app/compose.js';
import { demoCredits } from '../credits/demo.js';
import { demoMeters, demoUsage } from '../metering/demo.js';
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
  meter_events: number;
  credit_grants: number;
  journal_entries: number;
}> {
  await services.account.update({ name: 'Tariff Demo KK', time_zone: 'Asia/Tokyo', default_currency: 'JPY' });
  const customers = await demoCustomers(services);
  // Later demo parts (plans, subscriptions) price these meters by id.
  const meters = await demoMeters(services);
  const usage = await demoUsage(services, customers);
  // Credits and revenue come after billing's part: the journal books the invoices it issued.
  const credits = await demoCredits(services, customers);
  return {
    customers: Object.keys(customers).length,
    meters: Object.keys(meters).length,
    meter_events: usage.events,
    credit_grants: credits.grants,
    journal_entries: credits.journal_entries,
  };
}
