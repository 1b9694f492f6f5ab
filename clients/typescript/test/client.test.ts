import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { PROCESS_TEST_KEY, type ServerProcess, startServer } from '../../../src/testing/process.js';
import { startReceiver, type TestReceiver } from '../../../src/webhooks/test-receiver.js';
import { createTariffClient, type RetryEvent, type TariffClientOptions, TariffError } from '../src/index.js';
import { verifyWebhook } from '../src/webhooks.js';

/**
 * The client against a real `tariff serve` (a child process on its own PGlite directory), with a
 * per-key rate limit low enough for a burst to meet it.
 */
const RATE_LIMIT = 20;
let server: ServerProcess;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'tariff-client-'));
  process.env.TARIFF_RATE_LIMIT_PER_KEY = String(RATE_LIMIT);
  server = await startServer({ dataDir });
});

afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const clientWith = (options: Partial<TariffClientOptions> = {}) =>
  createTariffClient({ baseUrl: server.url, apiKey: PROCESS_TEST_KEY, retryBaseDelayMs: 50, ...options });

let seq = 0;
const unique = (s: string) => `${s}-${Date.now().toString(36)}-${++seq}`;

describe('typed calls', () => {
  it('creates, retrieves (by id and external id) and lists a customer, answers typed', async () => {
    const client = clientWith();
    const externalId = unique('tenant');
    const created = await client.post('/v1/customers', {
      body: {
        external_id: externalId,
        name: 'Acme KK',
        currency: 'JPY',
        billing_details: { address: { country: 'JP' } },
      },
    });
    expectTypeOf(created.id).toEqualTypeOf<string>();
    expectTypeOf(created.object).toEqualTypeOf<'customer'>();
    expectTypeOf(created.currency).toEqualTypeOf<string | null>();
    expect(created).toMatchObject({ object: 'customer', external_id: externalId, currency: 'JPY' });
    expect(created.id).toMatch(/^cus_/);

    const byId = await client.get('/v1/customers/{id}', { params: { path: { id: created.id } } });
    const byExternalId = await client.get('/v1/customers/{id}', { params: { path: { id: externalId } } });
    expect(byId).toEqual(created);
    expect(byExternalId.id).toBe(created.id);

    const list = await client.get('/v1/customers', { params: { query: { external_id: externalId } } });
    expectTypeOf(list.has_more).toEqualTypeOf<boolean>();
    expect(list.data.map((c) => c.id)).toEqual([created.id]);
  });

  it('rejects at compile time what the document does not allow', () => {
    const client = clientWith();
    // Type-only: none of these run.
    const never = () => {
      // @ts-expect-error: no such route
      void client.get('/v1/customerz');
      // @ts-expect-error: `currency` is a string, not a number
      void client.post('/v1/customers', { body: { currency: 392 } });
      // @ts-expect-error: the path parameter is required
      void client.get('/v1/customers/{id}', {});
    };
    expect(typeof never).toBe('function');
  });

  it('throws a TariffError with type, code, message, param and the request id', async () => {
    const client = clientWith();
    const bad = await client
      .post('/v1/customers', { body: { name: 'Bad', currency: 'yen' } })
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(TariffError);
    const error = bad as TariffError;
    expect(error).toMatchObject({
      status: 400,
      type: 'invalid_request_error',
      code: 'invalid_currency',
      param: 'currency',
    });
    expect(error.message).not.toBe('');
    expect(error.requestId).toMatch(/\S/);

    const missing = await client
      .get('/v1/customers/{id}', { params: { path: { id: 'cus_does_not_exist' } } })
      .catch((e: TariffError) => e);
    expect(missing).toMatchObject({ status: 404, code: 'customer_not_found', type: 'invalid_request_error' });

    // The openapi-fetch methods never throw for a status: the typed error body is in `error`.
    const raw = await client.GET('/v1/customers/{id}', { params: { path: { id: 'cus_does_not_exist' } } });
    expect(raw.data).toBeUndefined();
    expect(raw.error?.error.code).toBe('customer_not_found');
  });
});

describe('pagination', () => {
  it('follows has_more and starting_after over several pages, each element once, newest first', async () => {
    const pages: string[] = [];
    const client = clientWith({
      fetch: (request) => {
        if (request.method === 'GET') pages.push(new URL(request.url).search);
        return fetch(request);
      },
    });
    const tag = unique('page');
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      ids.push((await client.post('/v1/customers', { body: { name: `${tag} ${i}`, metadata: { tag } } })).id);
    }
    const seen: string[] = [];
    for await (const customer of client.paginate('/v1/customers', { params: { query: { limit: 2 } } })) {
      expectTypeOf(customer.object).toEqualTypeOf<'customer'>();
      if (customer.metadata['tag'] === tag) seen.push(customer.id);
    }
    expect(seen).toEqual([...ids].reverse());
    const all = await client.listAll('/v1/customers', { params: { query: { limit: 100 } } });
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    expect(all.length).toBeGreaterThanOrEqual(7);
    // Every page after the first asks for what follows the previous page's last element.
    expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(all.length / 2));
    expect(pages[1]).toMatch(/starting_after=cus_/);

    // `break` stops fetching.
    const before = pages.length;
    for await (const _ of client.paginate('/v1/customers', { params: { query: { limit: 2 } } })) break;
    expect(pages.length).toBe(before + 1);
  });
});

describe('idempotency', () => {
  it('the same key twice makes one object and replays the first answer', async () => {
    const client = clientWith();
    const key = unique('idem');
    const body = { external_id: unique('tenant'), name: 'Once KK', currency: 'JPY' };
    const first = await client.POST('/v1/customers', { body, headers: { 'Idempotency-Key': key } });
    const second = await client.POST('/v1/customers', { body, headers: { 'Idempotency-Key': key } });
    expect(second.data?.id).toBe(first.data?.id);
    expect(second.response.headers.get('idempotent-replayed')).toBe('true');
    const list = await client.get('/v1/customers', { params: { query: { external_id: body.external_id } } });
    expect(list.data).toHaveLength(1);

    const reused = await client
      .post('/v1/customers', { body: { ...body, name: 'Other' }, headers: { 'Idempotency-Key': key } })
      .catch((e: TariffError) => e);
    expect(reused).toMatchObject({ status: 409, code: 'idempotency_key_reused', type: 'idempotency_error' });
  });

  it('every POST gets its own key unless one is given', async () => {
    const keys: (string | null)[] = [];
    const client = clientWith({
      fetch: (request) => {
        keys.push(request.headers.get('idempotency-key'));
        return fetch(request);
      },
    });
    await client.post('/v1/customers', { body: { name: 'A' } });
    await client.post('/v1/customers', { body: { name: 'B' } });
    await client.get('/v1/customers');
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).not.toBe(keys[0]);
    expect(keys[2]).toBeNull();
  });
});

describe('retries', () => {
  it('a POST whose answer is lost (502 from a gateway) is retried with its key: one customer, not two', async () => {
    let attempts = 0;
    const events: RetryEvent[] = [];
    const client = clientWith({
      onRetry: (e) => events.push(e),
      // The request reaches the real server and runs; the gateway then loses the answer.
      fetch: async (request) => {
        const response = await fetch(request);
        if (++attempts > 1) return response;
        await response.body?.cancel();
        return new Response('bad gateway', { status: 502 });
      },
    });
    const externalId = unique('tenant');
    const created = await client.post('/v1/customers', {
      body: { external_id: externalId, name: 'Retry KK' },
    });
    expect(attempts).toBeGreaterThanOrEqual(2);
    expect(events[0]).toMatchObject({ attempt: 1, status: 502, method: 'POST' });
    const list = await client.get('/v1/customers', { params: { query: { external_id: externalId } } });
    expect(list.data.map((c) => c.id)).toEqual([created.id]);
  });

  it('a network error is retried for a GET, and a POST without retries keeps its first failure', async () => {
    let calls = 0;
    const flaky = (request: Request) =>
      ++calls === 1 ? Promise.reject(new TypeError('fetch failed')) : fetch(request);
    const list = await clientWith({ fetch: flaky }).get('/v1/customers', { params: { query: { limit: 1 } } });
    expect(list.object).toBe('list');
    expect(calls).toBe(2);

    calls = 0;
    const noKeys = clientWith({ fetch: flaky, idempotencyKeys: false });
    await expect(noKeys.post('/v1/customers', { body: { name: 'Never twice' } })).rejects.toThrow(
      'fetch failed',
    );
    expect(calls).toBe(1);
  });

  it('a burst over the rate limit is absorbed by retries after Retry-After; without retries it is a 429', async () => {
    const admin = clientWith();
    const key = await admin.post('/v1/api_keys', { body: { name: unique('burst') } });
    const secret = key.secret;
    expect(secret).toMatch(/^sk_/);

    const events: RetryEvent[] = [];
    const patient = clientWith({ apiKey: secret, maxRetries: 5, onRetry: (e) => events.push(e) });
    const burst = await Promise.all(
      Array.from({ length: RATE_LIMIT * 3 }, () =>
        patient.get('/v1/customers', { params: { query: { limit: 1 } } }),
      ),
    );
    expect(burst.every((page) => page.object === 'list')).toBe(true);
    // The burst's excess over one window met the limit (less of it if a loaded server spread it out).
    const limited = events.filter((e) => e.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    // The server's Retry-After (whole seconds) is the floor of each wait.
    expect(Math.min(...limited.map((e) => e.delayMs))).toBeGreaterThanOrEqual(1_000);

    await new Promise((r) => setTimeout(r, 1_100));
    const impatient = clientWith({ apiKey: secret, maxRetries: 0 });
    const results = await Promise.allSettled(
      Array.from({ length: RATE_LIMIT * 3 }, () =>
        impatient.get('/v1/customers', { params: { query: { limit: 1 } } }),
      ),
    );
    const rejected = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as TariffError] : []));
    expect(rejected.length).toBeGreaterThan(0);
    expect(rejected[0]).toMatchObject({ status: 429, code: 'rate_limited', type: 'rate_limit_error' });
  });
});

describe('webhooks', () => {
  let receiver: TestReceiver;
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver?.close();
  });

  it('verifies a real delivery, and refuses it altered, with another secret or too late', async () => {
    const client = clientWith();
    const endpoint = await client.post('/v1/webhook_endpoints', {
      body: { url: receiver.url, enabled_events: ['customer.created'] },
    });
    const secret = endpoint.secret;
    expect(secret).toMatch(/^whsec_/);
    const customer = await client.post('/v1/customers', { body: { name: 'Hooked KK' } });

    await expect
      .poll(() => receiver.received.find((r) => r.body.includes(customer.id)), { timeout: 60_000 })
      .toBeDefined();
    const delivery = receiver.received.find((r) => r.body.includes(customer.id))!;
    const header = delivery.headers['tariff-signature'] as string;
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);

    const verified = verifyWebhook(delivery.body, header, secret);
    expect(verified.ok).toBe(true);
    expect(verifyWebhook(Buffer.from(delivery.body), header, secret).ok).toBe(true);
    expect(JSON.parse(delivery.body)).toMatchObject({ object: 'event', type: 'customer.created' });

    expect(verifyWebhook(delivery.body.replace('Hooked', 'Hacked'), header, secret)).toEqual({
      ok: false,
      reason: 'no_matching_signature',
    });
    expect(verifyWebhook(delivery.body, header, `${secret}0`).ok).toBe(false);
    expect(verifyWebhook(delivery.body, undefined, secret)).toEqual({
      ok: false,
      reason: 'malformed_header',
    });
    const sent = verified.ok ? verified.timestamp : 0;
    expect(verifyWebhook(delivery.body, header, secret, 300, sent + 301)).toEqual({
      ok: false,
      reason: 'timestamp_out_of_tolerance',
    });
  });
});

describe('modes', () => {
  it("`mode: 'test'` acts on test data with a live key; each answer says its mode", async () => {
    const test = clientWith({ mode: 'test' });
    const live = clientWith();
    const created = await test.post('/v1/customers', {
      body: { name: unique('test-mode'), currency: 'USD' },
    });
    const path = { params: { path: { id: created.id } } };
    expect((await test.get('/v1/customers/{id}', path)).id).toBe(created.id);
    const error = await live.get('/v1/customers/{id}', path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TariffError);
    expect((error as TariffError).status).toBe(404);
    const raw = await test.GET('/v1/customers/{id}', path);
    expect(raw.response.headers.get('tariff-mode')).toBe('test');
    expect((await live.GET('/v1/customers', {})).response.headers.get('tariff-mode')).toBe('live');
    // The typed header on one call does the same.
    const one = await live.get('/v1/customers/{id}', {
      params: { ...path.params, header: { 'Tariff-Mode': 'test' } },
    });
    expect(one.id).toBe(created.id);
  });
});
