import { expect } from 'vitest';
import { pdfText, squash } from '../../src/documents/pdf-text.js';
import { type Api, TEST_MODE_KEY } from '../../src/testing/harness.js';

let seq = 0;
function unique(s: string): string {
  seq += 1;
  return `${s}_${Date.now().toString(36)}_${seq}`;
}

async function ok<T = any>(p: Promise<{ status: number; body: T }>): Promise<T> {
  const res = await p;
  if (res.status !== 200) expect(res.body).toBe('a 200 answer');
  return res.body;
}

export interface PlanSpec {
  currency: string;
  /** A monthly license fee of this amount (per unit). */
  fee?: string;
  feeInterval?: { unit: 'day' | 'week' | 'month' | 'year'; count?: number };
  /** A metered rate; the meter is created with `formula`. */
  usage?: {
    unitAmount: string;
    formula?: 'sum' | 'max' | 'last' | 'unique_count' | 'count';
    interval?: { unit: 'day' | 'week' | 'month' | 'year'; count?: number };
  };
}

export interface PlanFixture {
  planId: string;
  feeId?: string;
  eventName?: string;
  meteredItem?: string;
}

/** A pricing plan built through the public catalog API, as a user would. */
export async function makePlan(api: Api, spec: PlanSpec): Promise<PlanFixture> {
  const components: unknown[] = [];
  const out: Partial<PlanFixture> = {};
  if (spec.fee !== undefined) {
    const item = await ok(api.post('/v1/billable_items', { type: 'licensed', name: `Plan fee ${spec.fee}` }));
    const fee = await ok(
      api.post('/v1/license_fees', {
        name: `Base fee ${spec.fee}`,
        licensed_item: item.id,
        currency: spec.currency,
        unit_amount: spec.fee,
        service_interval: spec.feeInterval?.unit ?? 'month',
        service_interval_count: spec.feeInterval?.count ?? 1,
      }),
    );
    components.push({ type: 'license_fee', license_fee: fee.id });
    out.feeId = fee.id;
  }
  if (spec.usage) {
    const eventName = unique('calls');
    const meter = await ok(
      api.post('/v1/meters', {
        event_name: eventName,
        default_aggregation: { formula: spec.usage.formula ?? 'sum' },
      }),
    );
    const item = await ok(
      api.post('/v1/billable_items', {
        type: 'metered',
        name: `API calls (${spec.usage.formula ?? 'sum'})`,
        meter: meter.id,
      }),
    );
    const card = await ok(
      api.post('/v1/rate_cards', {
        name: unique('card'),
        currency: spec.currency,
        service_interval: spec.usage.interval?.unit ?? 'month',
        service_interval_count: spec.usage.interval?.count ?? 1,
      }),
    );
    await ok(
      api.post(`/v1/rate_cards/${card.id}/rates`, {
        billable_item: item.id,
        price: { type: 'per_unit', unit_amount: spec.usage.unitAmount },
      }),
    );
    components.push({ type: 'rate_card', rate_card: card.id });
    out.eventName = eventName;
    out.meteredItem = item.id;
  }
  const plan = await ok(
    api.post('/v1/pricing_plans', { name: unique('plan'), currency: spec.currency, components }),
  );
  return { ...out, planId: plan.id };
}

/** A customer on a fresh test clock frozen at `at`. */
export async function clockedCustomer(
  api: Api,
  at: string,
  currency: string,
): Promise<{ clock: string; customer: string }> {
  const clock = await ok(api.post('/v1/test_clocks', { frozen_time: at }));
  const customer = await ok(
    api.post('/v1/customers', { name: unique('cust'), currency, test_clock: clock.id }),
  );
  return { clock: clock.id, customer: customer.id };
}

export async function advance(api: Api, clock: string, to: string): Promise<any> {
  return ok(api.post(`/v1/test_clocks/${clock}/advance`, { frozen_time: to }));
}

export async function invoicesOf(api: Api, subscription: string): Promise<any[]> {
  const list = await ok(api.get('/v1/invoices', { subscription, limit: 100 }));
  return [...list.data].reverse();
}

export async function usage(
  api: Api,
  eventName: string,
  customer: string,
  value: number,
  timestamp: string,
): Promise<void> {
  await ok(
    api.post('/v1/meter_events', {
      event_name: eventName,
      payload: { customer, value },
      timestamp,
      identifier: unique('e'),
    }),
  );
}

export { ok };

/** A one-card plan in the card's currency. */
export async function planOfCard(api: Api, cardId: string, currency = 'USD'): Promise<any> {
  return ok(
    api.post('/v1/pricing_plans', {
      name: unique('plan'),
      currency,
      components: [{ type: 'rate_card', rate_card: cardId }],
    }),
  );
}

/** The subscription's upcoming invoice, and what `simulate` says the plan costs over `window`. */
export async function upcomingAndSimulated(
  api: Api,
  sub: { id: string; customer: string },
  planId: string,
  window: { start: string; end: string },
): Promise<{ upcoming: any; simulated: any }> {
  const upcoming = await ok(api.get('/v1/invoices/upcoming', { subscription: sub.id }));
  const simulated = await ok(
    api.post(`/v1/customers/${sub.customer}/simulate`, {
      pricing_plan: planId,
      start_time: window.start,
      end_time: window.end,
    }),
  );
  return { upcoming, simulated };
}

/** The text of a test-mode invoice's PDF, whitespace squashed (documents/pdf-text.ts). */
export async function testInvoicePdfText(api: Api, invoiceId: string): Promise<string> {
  const pdf = await api.raw({
    method: 'GET',
    url: `/v1/invoices/${invoiceId}/pdf`,
    headers: { authorization: `Bearer ${TEST_MODE_KEY}` },
  });
  expect(pdf.statusCode).toBe(200);
  return squash((await pdfText(pdf.rawPayload)).join('\n'));
}

/**
 * A customer on a test clock at `start` subscribed to a $1-a-unit usage plan with a one-month
 * prepaid commitment of `amount` USD, its invoice paid: a paid grant of `amount` is active.
 */
export async function paidCommitment(api: Api, start: string, amount: string) {
  const plan = await makePlan(api, { currency: 'USD', usage: { unitAmount: '1' } });
  const { clock, customer } = await clockedCustomer(api, start, 'USD');
  const sub = await ok(
    api.post('/v1/subscriptions', {
      customer,
      pricing_plan: plan.planId,
      prepaid_commitment: { amount, currency: 'USD', term_months: 1 },
    }),
  );
  await ok(api.post(`/v1/invoices/${sub.prepaid_commitment.invoice}/pay`, {}));
  return { plan, clock, customer, sub };
}
