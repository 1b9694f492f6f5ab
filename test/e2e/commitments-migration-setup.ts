import { ok } from './billing-setup.js';

export interface MigrationFixture {
  plan: string;
  eventName: string;
  /** The two customers subscribed to version 1. */
  migrating: { customer: string; subscription: string }[];
  /** A customer with no subscription yet, for the commitments walk. */
  committed: string;
}

const stamp = Date.now().toString(36);

/**
 * A USD plan made through the API as a user would: version 1 is a $100 monthly platform fee and
 * API calls at $0.10; adding a $50 support fee makes version 2. Two customers are subscribed to
 * version 1 (what the console migrates), a third is left for the console to subscribe with
 * commitments.
 */
export async function migrationFixture(url: string): Promise<MigrationFixture> {
  const fee = async (name: string, amount: string) => {
    const item = await ok(url, 'POST', '/v1/billable_items', { type: 'licensed', name });
    return ok(url, 'POST', '/v1/license_fees', {
      name,
      licensed_item: item.id,
      currency: 'USD',
      unit_amount: amount,
      service_interval: 'month',
      service_interval_count: 1,
    });
  };
  const platform = await fee('Platform fee', '100');
  const eventName = `api_calls_${stamp}`;
  const meter = await ok(url, 'POST', '/v1/meters', {
    event_name: eventName,
    default_aggregation: { formula: 'sum' },
  });
  const calls = await ok(url, 'POST', '/v1/billable_items', {
    type: 'metered',
    name: 'API calls',
    meter: meter.id,
  });
  const card = await ok(url, 'POST', '/v1/rate_cards', {
    name: `Usage ${stamp}`,
    currency: 'USD',
    service_interval: 'month',
    service_interval_count: 1,
  });
  await ok(url, 'POST', `/v1/rate_cards/${card.id}/rates`, {
    billable_item: calls.id,
    price: { type: 'per_unit', unit_amount: '0.10' },
  });
  const plan = await ok(url, 'POST', '/v1/pricing_plans', {
    name: 'Team (USD)',
    currency: 'USD',
    components: [
      { type: 'license_fee', license_fee: platform.id },
      { type: 'rate_card', rate_card: card.id },
    ],
  });
  const support = await fee('Support', '50');
  await ok(url, 'POST', `/v1/pricing_plans/${plan.id}/components`, {
    type: 'license_fee',
    license_fee: support.id,
  });
  const customer = (name: string) =>
    ok(url, 'POST', '/v1/customers', {
      name,
      currency: 'USD',
      billing_details: { address: { country: 'US', state: 'CA', city: 'San Francisco', line1: '1 Main St' } },
    });
  const migrating = [];
  for (const name of ['Northwind Traders', 'Globex Corporation']) {
    const c = await customer(name);
    const sub = await ok(url, 'POST', '/v1/subscriptions', {
      customer: c.id,
      pricing_plan: plan.id,
      pricing_plan_version: 1,
    });
    migrating.push({ customer: c.id, subscription: sub.id });
  }
  const committed = await customer('Initech');
  return { plan: plan.id, eventName, migrating, committed: committed.id };
}
