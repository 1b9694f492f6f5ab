/**
 * docs/getting-started.md as a program: a JPY tenant from an empty server to paid invoices, with
 * the typed client. Each `#region` is shown in the page; clients/typescript/test/getting-started.test.ts
 * runs this file against a real `tariff serve` and checks that the page shows the same code.
 *
 *   TARIFF_URL=http://127.0.0.1:4000 TARIFF_API_KEY=sk_test_… npx tsx clients/typescript/examples/getting-started.ts
 */
import { pathToFileURL } from 'node:url';
import { createTariffClient, type TariffClient } from '../src/index.js';

export async function gettingStarted(tariff: TariffClient, log: (line: string) => void = console.log) {
  // A suffix keeps names unique, so the walk can run again on the same server.
  const run = Date.now().toString(36);

  // #region clock
  // A test clock: time for its customers moves only when we advance it.
  const clock = await tariff.post('/v1/test_clocks', { body: { frozen_time: '2026-03-01T00:00:00Z' } });
  // #endregion clock

  // #region customer
  const customer = await tariff.post('/v1/customers', {
    body: {
      external_id: `tenant-${run}`, // your own tenant id: usable wherever the cus_… id is
      name: 'Acme KK',
      currency: 'JPY',
      billing_details: { company_name: '株式会社アクメ', address: { country: 'JP' } },
      test_clock: clock.id,
    },
  });
  // #endregion customer

  // #region meter
  const meter = await tariff.post('/v1/meters', {
    body: {
      event_name: `api_calls_${run}`,
      display_name: 'API calls',
      default_aggregation: { formula: 'sum' },
    },
  });
  // #endregion meter

  // #region plan
  // Plan A of the FAQ: a basic fee of ¥25,000 a month, in advance…
  const seat = await tariff.post('/v1/billable_items', { body: { type: 'licensed', name: 'Plan A' } });
  const fee = await tariff.post('/v1/license_fees', {
    body: {
      name: 'Plan A basic fee',
      licensed_item: seat.id,
      currency: 'JPY',
      unit_amount: '25000',
      service_interval: 'month',
    },
  });
  // …and API calls in arrears, graduated: 1–10 at ¥100, 11–20 at ¥90, 21–30 at ¥80, then ¥70.
  const calls = await tariff.post('/v1/billable_items', {
    body: { type: 'metered', name: 'API calls', meter: meter.id },
  });
  const card = await tariff.post('/v1/rate_cards', {
    body: { name: `Plan A usage ${run}`, currency: 'JPY', service_interval: 'month' },
  });
  await tariff.post('/v1/rate_cards/{id}/rates', {
    params: { path: { id: card.id } },
    body: {
      billable_item: calls.id,
      price: {
        type: 'tiered',
        tiers_mode: 'graduated',
        tiers: [
          { up_to: '10', unit_amount: '100' },
          { up_to: '20', unit_amount: '90' },
          { up_to: '30', unit_amount: '80' },
          { up_to: null, unit_amount: '70' },
        ],
      },
    },
  });
  const plan = await tariff.post('/v1/pricing_plans', {
    body: {
      name: `Plan A ${run}`,
      currency: 'JPY',
      components: [
        { type: 'license_fee', license_fee: fee.id },
        { type: 'rate_card', rate_card: card.id },
      ],
    },
  });
  // #endregion plan

  // #region subscribe
  const subscription = await tariff.post('/v1/subscriptions', {
    body: { customer: customer.id, pricing_plan: plan.id },
  });
  // March's fee is billed in advance: a draft now, finalized when the grace period (1 hour) ends.
  await tariff.post('/v1/test_clocks/{id}/advance', {
    params: { path: { id: clock.id } },
    body: { frozen_time: '2026-03-01T01:00:00Z' },
  });
  const [march] = (
    await tariff.get('/v1/invoices', { params: { query: { subscription: subscription.id, status: 'open' } } })
  ).data;
  log(`${march?.number}: ${march?.total} JPY, ${march?.status}`); // TEST-TRF-000001: 25000 JPY, open
  // #endregion subscribe

  // #region pay-march
  const marchPaid = await tariff.post('/v1/invoices/{id}/pay', {
    params: { path: { id: march!.id } },
    body: { reference: 'bank transfer 2026-03-05' },
  });
  // #endregion pay-march

  // #region usage
  // Usage as it happens (here, backdated within the clock's March). The identifier makes a
  // retried event count once.
  await tariff.post('/v1/test_clocks/{id}/advance', {
    params: { path: { id: clock.id } },
    body: { frozen_time: '2026-03-25T00:00:00Z' },
  });
  for (const [day, value] of [
    ['05', 4],
    ['12', 5],
    ['20', 6],
  ] as const) {
    await tariff.post('/v1/meter_events', {
      body: {
        event_name: meter.event_name,
        identifier: `${run}-${day}`,
        timestamp: `2026-03-${day}T09:00:00Z`,
        payload: { customer: customer.external_id!, value },
      },
    });
  }
  // #endregion usage

  // #region upcoming
  // What the period-end invoice would be if March ended now.
  const upcoming = await tariff.get('/v1/invoices/upcoming', {
    params: { query: { subscription: subscription.id } },
  });
  for (const line of upcoming.lines) log(`${line.description}: ${line.quantity} → ${line.amount} JPY`);
  log(`upcoming total: ${upcoming.total} JPY`); // 15 calls → 1450, April's fee 25000: 26450
  // #endregion upcoming

  // #region period-end
  // March ends: the worker's period-end run happens inside the advance, and leaves a draft.
  await tariff.post('/v1/test_clocks/{id}/advance', {
    params: { path: { id: clock.id } },
    body: { frozen_time: '2026-04-01T00:00:00Z' },
  });
  const [draft] = (
    await tariff.get('/v1/invoices', {
      params: { query: { subscription: subscription.id, status: 'draft' } },
    })
  ).data;
  // Finalize without waiting for the grace period: it gets its number and can be paid.
  const april = await tariff.post('/v1/invoices/{id}/finalize', { params: { path: { id: draft!.id } } });
  log(`${april.number}: ${april.total} JPY, ${april.status}`); // TEST-TRF-000002: 26450 JPY, open
  // #endregion period-end

  // #region pay-april
  const aprilPaid = await tariff.post('/v1/invoices/{id}/pay', {
    params: { path: { id: april.id } },
    body: { reference: 'bank transfer 2026-04-05' },
  });
  log(`${aprilPaid.number}: ${aprilPaid.status}`); // TEST-TRF-000002: paid
  // #endregion pay-april

  return { clock, customer, subscription, march: marchPaid, upcoming, april: aprilPaid };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const baseUrl = process.env.TARIFF_URL ?? 'http://127.0.0.1:4000';
  const apiKey = process.env.TARIFF_API_KEY;
  if (!apiKey) throw new Error('set TARIFF_API_KEY to the test-mode key `tariff serve` printed (sk_test_…)');
  // #region client
  const tariff = createTariffClient({ baseUrl, apiKey });
  // #endregion client
  await gettingStarted(tariff);
}
