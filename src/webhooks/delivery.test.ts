import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTariff } from '../app/compose.js';
import { apiFor, useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { SIGNATURE_HEADER, verifySignature } from './signature.js';
import { startReceiver, type TestReceiver } from './test-receiver.js';

const MINUTE = 60_000;
const nowSeconds = () => Math.floor(Date.now() / 1000);

describe.each(TEST_STORES)('webhook delivery on %s', (kind) => {
  const h = useTariff(kind);
  let receiver: TestReceiver;
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(() => receiver.close());

  async function endpoint(events: string[]) {
    const res = await h.api.post('/v1/webhook_endpoints', { url: receiver.url, enabled_events: events });
    return res.body as { id: string; secret: string };
  }
  async function deliveries(endpointId: string) {
    return (await h.api.get(`/v1/webhook_endpoints/${endpointId}/deliveries`, { limit: 100 })).body.data;
  }

  it('POSTs each matching event once, signed with the endpoint secret', async () => {
    const ep = await endpoint(['customer.created']);
    receiver.received.length = 0;
    const { body: customer } = await h.api.post('/v1/customers', { name: 'Signed Co' });
    await h.api.post(`/v1/customers/${customer.id}`, { name: 'Renamed' }); // not subscribed
    await h.tariff.worker.runOnce();
    await h.tariff.worker.runOnce();

    expect(receiver.received).toHaveLength(1);
    const [hit] = receiver.received;
    const header = hit?.headers[SIGNATURE_HEADER.toLowerCase()] as string;
    expect(verifySignature(ep.secret, header, hit?.body ?? '', nowSeconds())).toBe(true);
    const event = JSON.parse(hit?.body ?? '{}');
    expect(event).toMatchObject({
      object: 'event',
      type: 'customer.created',
      data: { object: { id: customer.id } },
    });
    expect(hit?.headers['tariff-event-id']).toBe(event.id);

    const log = await deliveries(ep.id);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      status: 'succeeded',
      attempt_count: 1,
      last_status_code: 200,
      event: event.id,
    });
    expect(log[0].attempts).toHaveLength(1);
    await h.api.post(`/v1/webhook_endpoints/${ep.id}`, { disabled: true });
  });

  it('retries a failing receiver with backoff across a server restart, then succeeds', async () => {
    const ep = await endpoint(['customer.created']);
    receiver.received.length = 0;
    receiver.respondWith(500);
    await h.api.post('/v1/customers', { name: 'Flaky receiver' });
    await h.tariff.worker.runOnce();
    let [delivery] = await deliveries(ep.id);
    expect(delivery).toMatchObject({ status: 'pending', attempt_count: 1, last_status_code: 500 });
    expect(new Date(delivery.next_attempt_at).getTime() - h.clock.now().getTime()).toBe(MINUTE);

    // Not due yet: nothing happens.
    h.clock.advance(30_000);
    await h.tariff.worker.runOnce();
    expect(receiver.received).toHaveLength(1);

    // The receiver recovers while Tariff restarts: a second instance on the same store picks up.
    await h.tariff.worker.stop();
    await h.tariff.app.close();
    receiver.respondWith(200);
    h.tariff = await createTariff({
      store: h.store,
      clock: h.clock,
      logger: pino({ level: 'silent' }),
      outbound: { allowPrivate: true },
    });
    await h.tariff.app.ready();
    h.api = apiFor(h.tariff);
    h.clock.advance(31_000);
    await h.tariff.worker.runOnce();

    [delivery] = await deliveries(ep.id);
    expect(delivery).toMatchObject({ status: 'succeeded', attempt_count: 2, last_status_code: 200 });
    expect(delivery.attempts.map((a: { status_code: number }) => a.status_code)).toEqual([500, 200]);
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[0]?.body).toBe(receiver.received[1]?.body);
    await h.api.post(`/v1/webhook_endpoints/${ep.id}`, { disabled: true });
  });

  it('gives up after 3 days of failures, and can be replayed by hand', async () => {
    await receiver.close();
    const ep = await endpoint(['customer.created']);
    await h.api.post('/v1/customers', { name: 'Unreachable receiver' });
    const started = h.clock.now().getTime();
    for (let i = 0; i < 40; i++) {
      await h.tariff.worker.runOnce();
      h.clock.advance(6 * 60 * MINUTE);
    }
    let [delivery] = await deliveries(ep.id);
    expect(delivery.status).toBe('failed');
    expect(delivery.last_status_code).toBeNull();
    expect(delivery.last_error).toBe('ECONNREFUSED');
    const last = new Date(delivery.attempts.at(-1).attempted_at).getTime();
    expect(last - started).toBeLessThanOrEqual(3 * 24 * 60 * MINUTE);
    expect(delivery.attempt_count).toBeGreaterThan(10);

    receiver = await startReceiver();
    await h.api.post(`/v1/webhook_endpoints/${ep.id}`, { url: receiver.url });
    const replay = await h.api.post(`/v1/webhook_endpoints/${ep.id}/deliveries/${delivery.id}/retry`);
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ status: 'succeeded', attempt_count: delivery.attempt_count + 1 });
    expect(replay.body.attempts.at(-1)).toMatchObject({ manual: true, status_code: 200 });
    [delivery] = await deliveries(ep.id);
    expect(delivery.status).toBe('succeeded');
    expect(receiver.received).toHaveLength(1);

    const missing = await h.api.post(`/v1/webhook_endpoints/${ep.id}/deliveries/whd_nope/retry`);
    expect(missing.body.error.code).toBe('webhook_delivery_not_found');
    await h.api.post(`/v1/webhook_endpoints/${ep.id}`, { disabled: true });
  });

  it('sends nothing to disabled endpoints and nothing twice when the dispatcher runs again', async () => {
    const quiet = await endpoint(['*']);
    await h.api.post(`/v1/webhook_endpoints/${quiet.id}`, { disabled: true });
    const loud = await endpoint(['*']);
    receiver.received.length = 0;
    await h.api.post('/v1/customers', { name: 'Twice?' });
    await Promise.all([h.tariff.worker.runOnce(), h.tariff.worker.runOnce()]);
    await h.tariff.worker.runOnce();
    expect(await deliveries(quiet.id)).toHaveLength(0);
    expect(await deliveries(loud.id)).toHaveLength(1);
    expect(receiver.received).toHaveLength(1);
  });
});
