import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { TEST_KEY, useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { findUnstorable, frameworkErrors, isUnstorable } from './hygiene.js';

describe('isUnstorable and findUnstorable', () => {
  it('finds NUL and unpaired surrogates, not paired ones', () => {
    expect(isUnstorable('a\u0000b')).toBe(true);
    expect(isUnstorable('a\ud800b')).toBe(true);
    expect(isUnstorable('\udc00')).toBe(true);
    expect(isUnstorable('\ud800')).toBe(true);
    expect(isUnstorable('😀 日本語 \u00e9')).toBe(false);
    expect(isUnstorable('\ud83d\ude00')).toBe(false);
  });

  it('names the path of a bad value or key, also deep in arrays, without recursion', () => {
    expect(findUnstorable({ a: [{ b: 'x' }, { c: 'y\u0000' }] })).toEqual(['a', '1', 'c']);
    expect(findUnstorable({ metadata: { 'k\ud800': 'v' } })).toEqual(['metadata', 'k\ud800']);
    let deep: unknown = 'bad\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnstorable(deep)?.length).toBe(100_000);
    expect(findUnstorable({ fine: ['ok', 1, null, true] })).toBeUndefined();
  });
});

describe('frameworkErrors', () => {
  it("gives the router's bad-URL refusal the API's error body", async () => {
    const app = Fastify({ frameworkErrors });
    app.get('/v1/customers/:id', async () => ({}));
    for (const url of ['/v1/customers/%', '/v1/customers/%zz', '/v1/customers/%ED%A0%80']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error).toMatchObject({ type: 'invalid_request_error', code: 'parameter_invalid' });
    }
    await app.close();
  });
});

describe.each(TEST_STORES)('input hygiene over HTTP on %s', (kind) => {
  const h = useTariff(kind);
  const customers = async () =>
    (await h.tariff.store.db.selectFrom('customers').select('id').execute()).length;
  const auth = { authorization: `Bearer ${TEST_KEY}` };

  const refusals: [string, Record<string, unknown>, string][] = [
    ['NUL in a string', { name: 'a\u0000b' }, 'name'],
    ['a lone high surrogate in a string stored as text', { name: 'a\ud800' }, 'name'],
    ['a lone low surrogate in a metadata value (jsonb)', { metadata: { k: '\udc00x' } }, 'metadata[k]'],
    ['NUL in a metadata key', { metadata: { 'k\u0000': 'v' } }, 'metadata[k\\u0000]'],
    ['a lone surrogate in a metadata key', { metadata: { '\ud800': 'v' } }, 'metadata[\\ud800]'],
  ];
  for (const [what, body, param] of refusals) {
    it(`refuses ${what} with 400 parameter_invalid naming ${param}, storing nothing`, async () => {
      const before = await customers();
      const res = await h.api.post('/v1/customers', body);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({
        type: 'invalid_request_error',
        code: 'parameter_invalid',
        param,
      });
      expect(await customers()).toBe(before);
    });
  }

  it('keeps paired surrogates (emoji) intact', async () => {
    const res = await h.api.post('/v1/customers', { name: 'Emoji 😀', metadata: { '鍵😀': '値😀' } });
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('Emoji 😀');
    expect(res.body.metadata).toEqual({ '鍵😀': '値😀' });
  });

  it('refuses NUL in a query value and in a path parameter', async () => {
    const q = await h.api.get('/v1/customers', { starting_after: 'cus_\u0000' });
    expect(q.status).toBe(400);
    expect(q.body.error).toMatchObject({ code: 'parameter_invalid', param: 'starting_after' });
    const p = await h.api.raw({ method: 'GET', url: '/v1/customers/cus_%00x', headers: auth });
    expect(p.statusCode).toBe(400);
    expect(p.json().error.code).toBe('parameter_invalid');
  });

  it('answers NUL in the raw path with 400, also where no route matches', async () => {
    for (const url of ['/v1/%00', '/v1/customers/%00', '/console/a%00b']) {
      const res = await h.api.raw({ method: 'GET', url, headers: auth });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error).toMatchObject({ type: 'invalid_request_error', code: 'parameter_invalid' });
    }
  });

  it('answers malformed percent-encoding and a lone surrogate in the path with 400, not 500', async () => {
    for (const url of ['/v1/customers/%', '/v1/customers/%zz', '/v1/customers/%ED%A0%80', '/console/%']) {
      const res = await h.api.raw({ method: 'GET', url, headers: auth });
      expect(res.statusCode, url).toBe(400);
    }
  });

  it('answers traversal attempts at /console and /docs/static with 400 or 404, never a file', async () => {
    for (const url of [
      '/console/..%2f..%2fpackage.json',
      '/console/%2e%2e/%2e%2e/package.json',
      '/console/..%5c..%5cpackage.json',
      '/console/../../package.json',
      '/docs/static/..%2f..%2fpackage.json',
      '/docs/static/%2e%2e/%2e%2e/package.json',
      '/docs/static/%2e%2e%2f%2e%2e%2fpackage.json',
      '/docs/static/..%5c..%5cpackage.json',
      '/docs/static/%25',
      '/docs/static/..%252f..%252fpackage.json',
      '/docs/static/no-such-file.js',
    ]) {
      const res = await h.api.raw({ method: 'GET', url });
      expect([400, 404], `${url} → ${res.statusCode}`).toContain(res.statusCode);
      expect(res.body).not.toContain('"name": "tariff"');
      expect(res.json().error.code).toMatch(/^(parameter_invalid|route_not_found)$/);
    }
  });

  it('refuses a form-encoded body with NUL the same way', async () => {
    const res = await h.api.raw({
      method: 'POST',
      url: '/v1/billing/meters',
      headers: { ...auth, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'display_name=a%00b&event_name=x',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'parameter_invalid', param: 'display_name' });
  });
});

describe('paths the router cannot decode, through the app', () => {
  const h = useTariff('pglite');
  it('answer 400 in the API error shape, never Fastify’s own', async () => {
    for (const url of ['/v1/customers/%zz', '/v1/customers/%ED%A0%80', '/v1/customers/%']) {
      const res = await h.api.raw({ method: 'GET', url, headers: { authorization: `Bearer ${TEST_KEY}` } });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error, url).toMatchObject({
        type: 'invalid_request_error',
        code: 'parameter_invalid',
      });
    }
  });
});
