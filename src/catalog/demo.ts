import type { Services } from '../app/compose.js';
import type { Tier } from '../core/pricing/price.js';

/** The demo meters by event name → meter id (created by metering's `demoMeters`). */
export interface DemoMeterIds {
  readonly tokens: string;
  readonly active_projects: string;
  readonly storage_gb: string;
  readonly api_calls: string;
}

export interface DemoPlans {
  /** USD: tokens per model (graduated, sub-cent), API calls, platform fee, monthly promo credit. */
  readonly aiApi: string;
  /** JPY "Plan A": ¥25,000 monthly fee + seats + stair-step active projects. */
  readonly saasPlanA: string;
  /** JPY "Plan B": the FAQ's ¥28,000 upgrade target, same seats and projects. */
  readonly saasPlanB: string;
  /** USD: storage sold in packages of 1,000 GB-days. */
  readonly storage: string;
}

const tier = (up_to: string | null, unit_amount: string, flat_amount = '0'): Tier => ({
  up_to,
  unit_amount,
  flat_amount,
});

async function aiApi(services: Services, meters: DemoMeterIds): Promise<string> {
  const c = services.catalog;
  const model = (name: string, lookup: string, m: string) =>
    c.items.create({
      type: 'metered',
      name,
      lookup_key: lookup,
      unit_label: 'token',
      meter: meters.tokens,
      meter_filter: { model: m },
    });
  const tiny = await model('Tokens (tiny model)', 'tokens-tiny', 'tiny');
  const large = await model('Tokens (large model)', 'tokens-large', 'large');
  const calls = await c.items.create({
    type: 'metered',
    name: 'API calls',
    lookup_key: 'api-calls',
    unit_label: 'call',
    meter: meters.api_calls,
  });
  const card = await c.rateCards.create({ name: 'AI API usage', currency: 'USD', service_interval: 'month' });
  const graduated = (tiers: Tier[]) => ({ type: 'tiered' as const, tiers_mode: 'graduated' as const, tiers });
  await c.rates.set(card.id, {
    billable_item: tiny.id,
    price: graduated([tier('10000000', '0.0000004'), tier(null, '0.0000003')]),
  });
  await c.rates.set(card.id, {
    billable_item: large.id,
    price: graduated([tier('1000000', '0.000002'), tier('10000000', '0.0000018'), tier(null, '0.0000015')]),
  });
  await c.rates.set(card.id, { billable_item: calls.id, price: { type: 'per_unit', unit_amount: '0.001' } });
  const platform = await c.items.create({
    type: 'licensed',
    name: 'Platform fee',
    lookup_key: 'ai-platform',
  });
  const fee = await c.licenseFees.create({
    name: 'AI platform fee',
    licensed_item: platform.id,
    currency: 'USD',
    unit_amount: '49',
    service_interval: 'month',
  });
  const promo = await c.serviceActions.create({
    type: 'credit_grant',
    name: 'Monthly promotional credit',
    credit_grant: { amount: { currency: 'USD', value: '10' }, category: 'promotional', priority: 10 },
    service_interval: 'month',
  });
  const { plan } = await c.plans.create({
    name: 'AI API',
    currency: 'USD',
    lookup_key: 'ai-api',
    components: [
      { type: 'rate_card', rate_card: card.id },
      { type: 'license_fee', license_fee: fee.fee.id },
      { type: 'service_action', service_action: promo.action.id },
    ],
  });
  return plan.id;
}

async function saas(services: Services, meters: DemoMeterIds): Promise<{ a: string; b: string }> {
  const c = services.catalog;
  const projects = await c.items.create({
    type: 'metered',
    name: 'Active projects',
    lookup_key: 'active-projects',
    unit_label: 'project',
    meter: meters.active_projects,
  });
  const card = await c.rateCards.create({
    name: 'Projects (stair-step)',
    currency: 'JPY',
    service_interval: 'month',
  });
  // The month's peak project count picks one step; the step's flat amount is the charge.
  await c.rates.set(card.id, {
    billable_item: projects.id,
    price: {
      type: 'tiered',
      tiers_mode: 'volume',
      tiers: [
        { up_to: '5', flat_amount: '0' },
        { up_to: '10', flat_amount: '5000' },
        { up_to: '20', flat_amount: '12000' },
        { up_to: null, flat_amount: '20000' },
      ],
    },
  });
  const basic = await c.items.create({ type: 'licensed', name: 'Basic fee', lookup_key: 'saas-basic' });
  const seats = await c.items.create({
    type: 'licensed',
    name: 'Seats',
    lookup_key: 'saas-seats',
    unit_label: 'seat',
  });
  const fee = (name: string, item: string, unit_amount: string) =>
    c.licenseFees.create({
      name,
      licensed_item: item,
      currency: 'JPY',
      unit_amount,
      service_interval: 'month',
    });
  const seatFee = await fee('Seats', seats.id, '1000');
  const plan = async (name: string, lookup_key: string, basicAmount: string) => {
    const basicFee = await fee(`${name} basic fee`, basic.id, basicAmount);
    const { plan: created } = await c.plans.create({
      name,
      currency: 'JPY',
      lookup_key,
      components: [
        { type: 'license_fee', license_fee: basicFee.fee.id },
        { type: 'license_fee', license_fee: seatFee.fee.id },
        { type: 'rate_card', rate_card: card.id },
      ],
    });
    return created.id;
  };
  return { a: await plan('Plan A', 'saas-plan-a', '25000'), b: await plan('Plan B', 'saas-plan-b', '28000') };
}

async function storage(services: Services, meters: DemoMeterIds): Promise<string> {
  const c = services.catalog;
  const gbDays = await c.items.create({
    type: 'metered',
    name: 'Storage',
    lookup_key: 'storage-gb-days',
    unit_label: 'GB-day',
    meter: meters.storage_gb,
  });
  const card = await c.rateCards.create({ name: 'Storage', currency: 'USD', service_interval: 'month' });
  await c.rates.set(card.id, {
    billable_item: gbDays.id,
    price: { type: 'package', package_size: '1000', unit_amount: '1.50', rounding: 'up' },
  });
  const { plan } = await c.plans.create({
    name: 'Storage',
    currency: 'USD',
    lookup_key: 'storage',
    components: [{ type: 'rate_card', rate_card: card.id }],
  });
  return plan.id;
}

/**
 * The demo catalog, built through the catalog service as an API user would: an AI API in USD,
 * a SaaS plan in JPY with its ¥28,000 upgrade target (the FAQ's Plan A → Plan B), and storage.
 */
export async function demoCatalog(services: Services, meters: DemoMeterIds): Promise<DemoPlans> {
  const aiApiPlan = await aiApi(services, meters);
  const { a, b } = await saas(services, meters);
  return { aiApi: aiApiPlan, saasPlanA: a, saasPlanB: b, storage: await storage(services, meters) };
}
