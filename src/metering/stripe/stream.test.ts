import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_KEY, useTariff } from '../../testing/harness.js';
import { TEST_STORES } from '../../testing/stores.js';

/** Stripe's v2 meter event stream through the official client, against a listening Tariff. */
describe.each(TEST_STORES)('the stripe v2 meter event stream on %s', (kind) => {
  const h = useTariff(kind, new Date('2026-03-10T12:00:00Z'));
  let port: number;
  let stripe: Stripe;
  let customer: string;
  const client = (key: string) =>
    new Stripe(key, { host: '127.0.0.1', port, protocol: 'http', maxNetworkRetries: 0 });
  const total = async () =>
    (
      await h.api.get('/v1/meters/api_calls/usage', {
        customer,
        start_time: '2026-03-01T00:00:00Z',
        end_time: '2026-03-11T00:00:00Z',
      })
    ).body.data[0]?.value ?? '0';

  beforeAll(async () => {
    await h.tariff.app.listen({ host: '127.0.0.1', port: 0 });
    port = (h.tariff.app.server.address() as AddressInfo).port;
    stripe = client(TEST_KEY);
    customer = (await h.tariff.services.customers.create({ external_id: 'cus_stream' })).id;
    await stripe.billing.meters.create({
      display_name: 'API calls',
      event_name: 'api_calls',
      default_aggregation: { formula: 'sum' },
    });
  });

  it('creates a 15-minute session and streams events with its token, unchanged client calls', async () => {
    const session = await stripe.v2.billing.meterEventSession.create();
    expect(session.object).toBe('v2.billing.meter_event_session');
    expect(session.livemode).toBeTypeOf('boolean');
    expect(session.id).toMatch(/^mtrses_/);
    expect(Date.parse(session.expires_at) - Date.parse(session.created)).toBe(15 * 60_000);
    const streaming = client(session.authentication_token);
    const answer = await streaming.v2.billing.meterEventStream.create({
      events: [
        {
          event_name: 'api_calls',
          identifier: 's-1',
          payload: { stripe_customer_id: customer, value: '25' },
        },
        {
          event_name: 'api_calls',
          identifier: 's-2',
          timestamp: '2026-03-10T11:00:00.000Z',
          payload: { stripe_customer_id: 'cus_stream', value: '5' },
        },
        // A retry of s-1: deduplicated, not an error.
        {
          event_name: 'api_calls',
          identifier: 's-1',
          payload: { stripe_customer_id: customer, value: '25' },
        },
      ],
    });
    expect(answer).toBeDefined();
    expect(await total()).toBe('30');
    // Attributed to the API key that created the session.
    const row = await h.tariff.store.db
      .selectFrom('meter_event_sessions')
      .select('api_key_id')
      .where('id', '=', session.id)
      .executeTakeFirstOrThrow();
    expect(row.api_key_id).toMatch(/^key_/);
  });

  it('answers 202 {} and reports refused events asynchronously: stored and listed', async () => {
    const session = await stripe.v2.billing.meterEventSession.create();
    const res = await fetch(`http://127.0.0.1:${port}/v2/billing/meter_event_stream`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${session.authentication_token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        events: [
          {
            event_name: 'api_calls',
            identifier: 'e-1',
            payload: { stripe_customer_id: 'cus_nobody', value: '1' },
          },
          {
            event_name: 'no_such_meter',
            identifier: 'e-2',
            payload: { stripe_customer_id: customer, value: '1' },
          },
          {
            event_name: 'api_calls',
            identifier: 'e-3',
            payload: { stripe_customer_id: customer, value: 'ten' },
          },
          {
            event_name: 'api_calls',
            identifier: 'e-4',
            payload: { stripe_customer_id: customer, value: '2' },
          },
        ],
      }),
    });
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({});
    expect(await total()).toBe('32');
    const errors = await h.api.get('/v2/billing/meter_event_stream/errors');
    expect(errors.status).toBe(200);
    expect(
      errors.body.data.map((e: { identifier: string; error: { code: string } }) => [
        e.identifier,
        e.error.code,
      ]),
    ).toEqual([
      ['e-3', 'invalid_value'],
      ['e-2', 'meter_not_found'],
      ['e-1', 'customer_not_found'],
    ]);
    expect(errors.body.data[0]).toMatchObject({
      object: 'v2.billing.meter_event_stream_error',
      session: session.id,
      event: { identifier: 'e-3' },
    });
  });

  it('refuses API keys, unknown or tampered tokens, expired sessions, and more than 100 events', async () => {
    const session = await stripe.v2.billing.meterEventSession.create();
    const body = {
      events: [{ event_name: 'api_calls', payload: { stripe_customer_id: customer, value: '1' } }],
    };
    const post = (token: string, b: unknown = body) =>
      fetch(`http://127.0.0.1:${port}/v2/billing/meter_event_stream`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(b),
      });
    expect((await post(TEST_KEY)).status).toBe(401);
    const token = session.authentication_token;
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect((await post(tampered)).status).toBe(401);
    expect((await post(`${session.id}.x`)).status).toBe(401);
    const tooMany = await post(session.authentication_token, { events: Array(101).fill(body.events[0]) });
    expect(tooMany.status).toBe(400);
    // The session creation needs events write; the stream itself never accepts an API key.
    const noKey = await fetch(`http://127.0.0.1:${port}/v2/billing/meter_event_session`, { method: 'POST' });
    expect(noKey.status).toBe(401);

    h.clock.advance(15 * 60_000);
    const late = await client(session.authentication_token)
      .v2.billing.meterEventStream.create(body)
      .catch((e: unknown) => e);
    expect(late).toBeInstanceOf(Stripe.errors.TemporarySessionExpiredError);
  });

  it('stops a session whose API key was revoked', async () => {
    const { secret, key } = await h.tariff.services.keys.create({ name: 'streamer' });
    const session = await client(secret).v2.billing.meterEventSession.create();
    const send = () =>
      fetch(`http://127.0.0.1:${port}/v2/billing/meter_event_stream`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${session.authentication_token}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          events: [{ event_name: 'api_calls', payload: { stripe_customer_id: customer, value: '1' } }],
        }),
      });
    expect((await send()).status).toBe(202);
    await h.tariff.services.keys.revoke(key.id);
    // Key checks are remembered for 5 s, as authentication's key cache does.
    await expect.poll(async () => (await send()).status, { interval: 500, timeout: 15_000 }).toBe(401);
  });
});
