import pino from 'pino';
import { type Billing, createBilling } from '../app/billing.js';
import type { ResolvedPlan } from '../catalog/resolved-plan.js';
import type { Harness } from '../testing/harness.js';

/**
 * A billing instance over a harness's store whose plans come from a map of plain values, so the
 * engine can be tested without the catalog. Subscriptions it makes are then driven by the app's
 * own worker and test-clock handler, which read the plan kept on each subscription.
 */
export function fixtureBilling(h: Harness, plans: Map<string, ResolvedPlan>): Billing {
  const s = h.tariff.services;
  return createBilling({
    ctx: { db: h.store.db, clock: h.clock, log: pino({ level: 'silent' }) },
    account: s.account,
    customers: s.customers,
    testClocks: s.testClocks,
    aggregate: (q, e) => s.metering.aggregate(q, e),
    resolvePlan: async (ref) => {
      const plan = plans.get(ref);
      if (!plan) throw new Error(`no fixture plan ${ref}`);
      return plan;
    },
  });
}

export async function clockedCustomer(h: Harness, at: string, currency = 'JPY') {
  const clock = await h.api.post('/v1/test_clocks', { frozen_time: at });
  const customer = await h.api.post('/v1/customers', { name: 'c', currency, test_clock: clock.body.id });
  return { clock: clock.body.id as string, customer: customer.body.id as string };
}

export async function advanceTo(h: Harness, clock: string, to: string) {
  const res = await h.api.post(`/v1/test_clocks/${clock}/advance`, { frozen_time: to });
  if (res.status !== 200) throw new Error(JSON.stringify(res.body));
  return res.body;
}

// biome-ignore lint/suspicious/noExplicitAny: test assertions read the JSON loosely.
export async function invoicesOf(h: Harness, sub: string): Promise<any[]> {
  return (await h.api.get('/v1/invoices', { subscription: sub, limit: 100 })).body.data.reverse();
}
