import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_KEY, useTariff } from '../../testing/harness.js';
import { TEST_STORES } from '../../testing/stores.js';

// 2026-03-10T00:00:00Z
const T0 = 1773100800;

describe.each(TEST_STORES)('the official stripe client against Tariff on %s', (kind) => {
  const h = useTariff(kind, new Date('2026-03-10T12:00:00Z'));
  let stripe: Stripe;
  let customer: string;

  beforeAll(async () => {
    await h.tariff.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = h.tariff.app.server.address() as AddressInfo;
    stripe = new Stripe(TEST_KEY, { host: '127.0.0.1', port, protocol: 'http' });
    customer = (await h.tariff.services.customers.create({ external_id: 'cus_stripe_side' })).id;
  });

  it('creates, retrieves, updates, lists, deactivates and reactivates meters', async () => {
    const meter = await stripe.billing.meters.create({
      display_name: 'Search API calls',
      event_name: 'ai_search_api',
      default_aggregation: { formula: 'sum' },
      value_settings: { event_payload_key: 'value' },
    });
    expect(meter).toMatchObject({
      object: 'billing.meter',
      event_name: 'ai_search_api',
      status: 'active',
      customer_mapping: { event_payload_key: 'stripe_customer_id', type: 'by_id' },
      default_aggregation: { formula: 'sum' },
      livemode: false,
    });
    expect(typeof meter.created).toBe('number');
    expect((await stripe.billing.meters.retrieve(meter.id)).id).toBe(meter.id);
    expect((await stripe.billing.meters.update(meter.id, { display_name: 'Search' })).display_name).toBe(
      'Search',
    );
    const list = await stripe.billing.meters.list({ limit: 10 });
    expect(list.data.map((m) => m.id)).toContain(meter.id);
    const off = await stripe.billing.meters.deactivate(meter.id);
    expect(off.status).toBe('inactive');
    expect(off.status_transitions.deactivated_at).toBeTypeOf('number');
    expect((await stripe.billing.meters.reactivate(meter.id)).status).toBe('active');
    const dup = await stripe.billing.meters
      .create({ display_name: 'again', event_name: 'ai_search_api', default_aggregation: { formula: 'sum' } })
      .catch((e: unknown) => e);
    expect(dup).toBeInstanceOf(Stripe.errors.StripeError);
    expect((dup as Stripe.errors.StripeError).code).toBe('meter_exists');
  });

  it('records events, cancels one with an adjustment, and summarises by hour and day', async () => {
    const send = (identifier: string, value: string, timestamp: number) =>
      stripe.billing.meterEvents.create({
        event_name: 'ai_search_api',
        identifier,
        timestamp,
        payload: { stripe_customer_id: customer, value },
      });
    const first = await send('s-1', '25', T0 + 3600);
    expect(first).toMatchObject({
      object: 'billing.meter_event',
      event_name: 'ai_search_api',
      identifier: 's-1',
      timestamp: T0 + 3600,
      payload: { stripe_customer_id: customer, value: '25' },
    });
    await send('s-2', '5', T0 + 7200);
    await send('s-3', '100', T0 + 7300);
    await send('s-2', '5000', T0 + 7200); // duplicate: ignored
    const adj = await stripe.billing.meterEventAdjustments.create({
      event_name: 'ai_search_api',
      type: 'cancel',
      cancel: { identifier: 's-3' },
    });
    expect(adj).toMatchObject({
      object: 'billing.meter_event_adjustment',
      status: 'complete',
      cancel: { identifier: 's-3' },
    });
    const meter = (await stripe.billing.meters.list()).data.find((m) => m.event_name === 'ai_search_api');
    if (!meter) throw new Error('meter missing');
    const total = await stripe.billing.meters.listEventSummaries(meter.id, {
      customer,
      start_time: T0,
      end_time: T0 + 86400,
    });
    expect(total.data).toHaveLength(1);
    expect(total.data[0]).toMatchObject({
      object: 'billing.meter_event_summary',
      aggregated_value: 30,
      start_time: T0,
      end_time: T0 + 86400,
      meter: meter.id,
    });
    const hourly = await stripe.billing.meters.listEventSummaries(meter.id, {
      customer,
      start_time: T0,
      end_time: T0 + 4 * 3600,
      value_grouping_window: 'hour',
    });
    expect(hourly.data.map((s) => s.aggregated_value)).toEqual([0, 25, 5, 0]);
    const bad = await send('s-4', 'x', T0).catch((e: unknown) => e);
    expect((bad as Stripe.errors.StripeError).code).toBe('invalid_value');
  });
});
