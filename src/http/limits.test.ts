import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTariff, type Tariff } from '../app/compose.js';
import { manualClock } from '../core/time/clock.js';
import { TEST_KEY } from '../testing/harness.js';
import { freshStore, type TestStore } from '../testing/stores.js';
import { limitsFromEnv } from './server.js';

describe('request limits and security headers', () => {
  let store: TestStore;
  let tariff: Tariff;
  beforeAll(async () => {
    store = await freshStore('pglite');
    tariff = await createTariff({
      store,
      clock: manualClock(new Date('2026-03-01T00:00:00Z')),
      logger: pino({ level: 'silent' }),
      limits: { perKey: 5, perAddress: 3, authFailuresPerMinute: 10 },
    });
    await tariff.services.keys.ensure(TEST_KEY, 'test');
  });
  afterAll(async () => {
    await tariff.close();
    await store.dispose().catch(() => {});
  });

  it('answers 429 with Retry-After after too many wrong keys from one address, even for a right key then', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 15; i++) {
      const res = await tariff.app.inject({
        method: 'GET',
        url: '/v1/customers',
        headers: { authorization: `Bearer sk_live_guess_${i}_000000000000000000` },
        remoteAddress: '203.0.113.7',
      });
      statuses.push(res.statusCode);
      if (res.statusCode === 429) {
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
        expect(res.json().error).toMatchObject({ type: 'rate_limit_error', code: 'rate_limited' });
      }
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10).every((s) => s === 429)).toBe(true);
    // Blocked before any lookup: a right key from that address waits too.
    const right = await tariff.app.inject({
      method: 'GET',
      url: '/v1/customers',
      headers: { authorization: `Bearer ${TEST_KEY}` },
      remoteAddress: '203.0.113.7',
    });
    expect(right.statusCode).toBe(429);
    // Another address is not affected.
    const elsewhere = await tariff.app.inject({
      method: 'GET',
      url: '/v1/customers',
      headers: { authorization: `Bearer ${TEST_KEY}` },
      remoteAddress: '203.0.113.8',
    });
    expect(elsewhere.statusCode).toBe(200);
  });

  it('limits requests per key per second (429 with Retry-After)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await tariff.app.inject({
        method: 'GET',
        url: '/v1/customers',
        headers: { authorization: `Bearer ${TEST_KEY}` },
        remoteAddress: `198.51.100.${i}`,
      });
      statuses.push(res.statusCode);
      if (res.statusCode === 429) {
        expect(res.headers['retry-after']).toBeDefined();
        expect(res.json().error.code).toBe('rate_limited');
      }
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(2);
  });

  it('sets a content security policy that forbids framing, and no-sniff', async () => {
    // Errors too: no key (401), no route (404), a path refused by input hygiene (400), a path the
    // router cannot decode (400, answered before any hook runs).
    const urls = [
      '/console/',
      '/docs/',
      '/health',
      '/v1/customers',
      '/v1/nothing-here',
      '/v1/%00',
      '/v1/%zz',
    ];
    for (const url of urls) {
      const res = await tariff.app.inject({ method: 'GET', url, remoteAddress: '192.0.2.50' });
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("frame-ancestors 'none'");
      // Plain-HTTP installs must keep working: no upgrade of the console's own requests to https.
      expect(csp, url).not.toContain('upgrade-insecure-requests');
      expect(csp, url).toContain("script-src 'self'");
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['x-frame-options'], url).toBe('SAMEORIGIN');
      expect(String(res.headers['request-id']), url).toMatch(/^req_/);
    }
  });

  it('reads limits from the environment and refuses nonsense', () => {
    expect(limitsFromEnv({ TARIFF_RATE_LIMIT_PER_KEY: '0' }).perKey).toBe(0);
    expect(limitsFromEnv({}).perKey).toBe(1000);
    expect(() => limitsFromEnv({ TARIFF_AUTH_FAILURE_LIMIT: '-1' })).toThrow(/TARIFF_AUTH_FAILURE_LIMIT/);
    expect(() => limitsFromEnv({ TARIFF_RATE_LIMIT_PER_ADDRESS: 'lots' })).toThrow();
  });
});
