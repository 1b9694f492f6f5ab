import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTariff, type Tariff } from '../app/compose.js';
import { apiFor, useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { startReceiver, type TestReceiver } from './test-receiver.js';

/**
 * The harness allows internal targets (its receivers listen on 127.0.0.1); `strict` is a second
 * Tariff on the same store with the default policy, as a production install runs.
 */
describe.each(TEST_STORES)('webhook outbound policy on %s', (kind) => {
  const h = useTariff(kind);
  let receiver: TestReceiver;
  let strict: Tariff;
  beforeAll(async () => {
    receiver = await startReceiver();
    strict = await createTariff({
      store: h.store,
      clock: h.clock,
      logger: pino({ level: 'silent' }),
      outbound: { allowPrivate: false },
    });
    await strict.app.ready();
  });
  afterAll(async () => {
    await receiver.close();
    // Not strict.close(): the store belongs to the harness.
    await strict.worker.stop();
    await strict.app.close();
  });

  it.each([
    'http://127.0.0.1:{port}/hooks',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]:4000/',
    'http://10.0.0.1/',
    'http://2130706433/',
    'http://0177.0.0.1/',
    'http://localhost:4000/',
    'ftp://hooks.example.com/',
    'https://user:secret@hooks.example.com/',
  ])('refuses %s at creation', async (template) => {
    const url = template.replace('{port}', new URL(receiver.url).port);
    const res = await apiFor(strict).post('/v1/webhook_endpoints', { url, enabled_events: ['*'] });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'parameter_invalid', param: 'url' });
    expect(receiver.received).toHaveLength(0);
  });

  it('refuses an internal URL on update too', async () => {
    const created = await apiFor(strict).post('/v1/webhook_endpoints', {
      url: 'https://hooks.example.com/tariff',
      enabled_events: ['customer.created'],
      description: 'public',
    });
    expect(created.status).toBe(200);
    const res = await apiFor(strict).post(`/v1/webhook_endpoints/${created.body.id}`, {
      url: 'http://169.254.169.254/',
    });
    expect(res.body.error).toMatchObject({ code: 'parameter_invalid', param: 'url' });
    // Disabled so no later test delivers to it (it would be a real outbound request).
    await h.api.post(`/v1/webhook_endpoints/${created.body.id}`, { disabled: true });
  });

  it('a delivery to an endpoint stored while allowed fails with a clear error; the receiver gets nothing', async () => {
    const ep = await h.api.post('/v1/webhook_endpoints', {
      url: receiver.url,
      enabled_events: ['customer.created'],
    });
    expect(ep.status).toBe(200);
    await h.api.post('/v1/customers', { name: 'Never delivered' });
    await strict.worker.runOnce();
    await strict.worker.runOnce();

    const log = (await h.api.get(`/v1/webhook_endpoints/${ep.body.id}/deliveries`)).body.data;
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ status: 'pending', attempt_count: 1, last_status_code: null });
    expect(log[0].last_error).toMatch(/Refused to connect to 127\.0\.0\.1 \(loopback address\)/);
    expect(receiver.received).toHaveLength(0);

    // The same delivery, replayed by the allowed instance, does arrive: the refusal was the policy.
    const replay = await h.api.post(`/v1/webhook_endpoints/${ep.body.id}/deliveries/${log[0].id}/retry`);
    expect(replay.body).toMatchObject({ status: 'succeeded', last_status_code: 200 });
    expect(receiver.received).toHaveLength(1);
    await h.api.post(`/v1/webhook_endpoints/${ep.body.id}`, { disabled: true });
  });

  it('stores the endpoint secret sealed; the API still signs with it', async () => {
    const ep = await h.api.post('/v1/webhook_endpoints', { url: receiver.url, enabled_events: ['*'] });
    const row = await h.store.db
      .selectFrom('webhook_endpoints')
      .select('secret')
      .where('id', '=', ep.body.id)
      .executeTakeFirstOrThrow();
    expect(row.secret).toMatch(/^enc:v1:[0-9a-f]{8}:/);
    expect(row.secret).not.toContain(ep.body.secret);
    expect((await h.tariff.services.webhooks.getEndpoint(ep.body.id)).secret).toBe(ep.body.secret);
    await h.api.post(`/v1/webhook_endpoints/${ep.body.id}`, { disabled: true });
  });
});
