import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createTariff } from '../app/compose.js';
import { outboundPolicy } from '../security/outbound.js';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { stripeClient } from './stripe-client.js';

const KEY = 'sk_live_regression_0000000000001234';
const connect = {
  provider: 'stripe',
  stripe: { secret_key: KEY, webhook_secret: 'whsec_regression', api_base: 'http://127.0.0.1:9' },
};

describe.each(TEST_STORES)('payment settings secrets on %s', (kind) => {
  const h = useTariff(kind);

  async function storedRow() {
    return h.store.db
      .selectFrom('payment_settings')
      .selectAll()
      .where('id', '=', 'default')
      .executeTakeFirstOrThrow();
  }

  it('seals the Stripe keys at rest and opens them for use', async () => {
    expect((await h.api.post('/v1/payment_settings', connect)).status).toBe(200);
    const row = await storedRow();
    expect(row.stripe_secret_key).toMatch(/^enc:v1:[0-9a-f]{8}:/);
    expect(row.stripe_webhook_secret).toMatch(/^enc:v1:[0-9a-f]{8}:/);
    expect(JSON.stringify(row)).not.toContain(KEY);
    const settings = await h.tariff.services.payments.settings();
    expect(settings.stripe_secret_key).toBe(KEY);
    expect(settings.stripe_webhook_secret).toBe('whsec_regression');
  });

  it('refuses a new api_base without the secret key in the same request, changing nothing', async () => {
    const before = await h.api.get('/v1/payment_settings');
    const rowBefore = await storedRow();
    h.clock.advance(60_000);
    const res = await h.api.post('/v1/payment_settings', {
      stripe: { api_base: 'https://attacker.example' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'parameter_missing', param: 'stripe.secret_key' });
    expect((await h.api.get('/v1/payment_settings')).body).toEqual(before.body);
    expect(await storedRow()).toEqual(rowBefore);

    // With the key it goes through; the same api_base again needs nothing.
    const moved = await h.api.post('/v1/payment_settings', {
      stripe: { api_base: 'http://127.0.0.1:10', secret_key: 'sk_test_moved_1234' },
    });
    expect(moved.body.stripe).toMatchObject({
      api_base: 'http://127.0.0.1:10',
      secret_key_hint: 'sk_test_…1234',
    });
    expect(
      (await h.api.post('/v1/payment_settings', { stripe: { api_base: 'http://127.0.0.1:10' } })).status,
    ).toBe(200);
  });

  it('refuses an internal api_base unless internal targets are allowed', async () => {
    const strict = await createTariff({
      store: h.store,
      clock: h.clock,
      logger: pino({ level: 'silent' }),
      outbound: { allowPrivate: false },
    });
    try {
      const update = { stripe: { api_base: 'http://169.254.169.254', secret_key: 'sk_test_meta_1234' } };
      await expect(strict.services.payments.updateSettings(update)).rejects.toMatchObject({
        code: 'parameter_invalid',
        param: 'stripe.api_base',
      });
      // A client on the strict policy refuses the local address when connecting: nothing arrives.
      const hits: string[] = [];
      const server = createServer((req, res) => {
        hits.push(req.url ?? '');
        res.end('{}');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const apiBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      try {
        const settings = {
          ...(await strict.services.payments.settings()),
          stripe_secret_key: KEY,
          stripe_api_base: apiBase,
        };
        const error = await stripeClient(settings, outboundPolicy({ allowPrivate: false }, {}))
          .customers.list()
          .catch((e: unknown) => e as { type?: string; detail?: unknown; message: string });
        expect(error).toMatchObject({ type: 'StripeConnectionError' });
        expect(String((error as { detail?: unknown }).detail)).toMatch(/Refused to connect to 127\.0\.0\.1/);
        expect(hits).toEqual([]);
      } finally {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
    } finally {
      await strict.worker.stop();
      await strict.app.close();
    }
  });

  it('seals plain-text secrets left by older versions when Tariff starts', async () => {
    await h.store.db
      .updateTable('payment_settings')
      .set({ stripe_secret_key: 'sk_test_plain_9999', stripe_webhook_secret: 'whsec_plain' })
      .execute();
    const ep = await h.api.post('/v1/webhook_endpoints', {
      url: 'http://127.0.0.1:9/',
      enabled_events: ['*'],
    });
    await h.api.post(`/v1/webhook_endpoints/${ep.body.id}`, { disabled: true });
    await h.store.db.updateTable('webhook_endpoints').set({ secret: 'whsec_plain_endpoint' }).execute();

    const again = await createTariff({ store: h.store, clock: h.clock, logger: pino({ level: 'silent' }) });
    await again.worker.stop();
    await again.app.close();
    const row = await storedRow();
    expect(row.stripe_secret_key).toMatch(/^enc:v1:/);
    expect(row.stripe_webhook_secret).toMatch(/^enc:v1:/);
    const endpoints = await h.store.db.selectFrom('webhook_endpoints').select('secret').execute();
    expect(endpoints.every((e) => e.secret.startsWith('enc:v1:'))).toBe(true);
    expect((await h.tariff.services.payments.settings()).stripe_secret_key).toBe('sk_test_plain_9999');
    expect((await h.tariff.services.webhooks.getEndpoint(ep.body.id)).secret).toBe('whsec_plain_endpoint');
  });
});
