import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createTariff } from '../app/compose.js';
import { manualClock } from '../core/time/clock.js';
import { apiFor, useTariff } from '../testing/harness.js';
import { freshStore, TEST_STORES } from '../testing/stores.js';
import { validateOperatorSecret } from './api-keys.js';
import { createKeyCache } from './key-cache.js';

describe.each(TEST_STORES)('restricted keys on %s', (kind) => {
  const h = useTariff(kind);

  it('a usage-only key sends events and nothing else', async () => {
    const made = await h.api.post('/v1/api_keys', { name: 'app server', permissions: { events: 'write' } });
    expect(made.status).toBe(200);
    expect(made.body.secret).toMatch(/^rk_live_/);
    expect(made.body.type).toBe('restricted');
    const app = apiFor(h.tariff, made.body.secret);
    const sent = await app.post('/v1/meter_events', {
      event_name: 'none',
      payload: { customer: 'c', value: '1' },
    });
    expect(sent.status).not.toBe(401);
    expect(sent.status).not.toBe(403);
    for (const [method, url] of [
      ['GET', '/v1/customers'],
      ['GET', '/v1/invoices'],
      ['POST', '/v1/api_keys'],
      ['GET', '/v1/api_keys'],
      ['POST', '/v1/payment_settings'],
      ['GET', '/v1/revenue/summary'],
    ] as const) {
      const res = await app.raw({
        method,
        url,
        headers: { authorization: `Bearer ${made.body.secret}`, 'content-type': 'application/json' },
        ...(method === 'POST' ? { payload: '{}' } : {}),
      });
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json().error).toMatchObject({ type: 'permission_error', code: 'permission_denied' });
    }
  });

  it('read access reads and cannot write', async () => {
    const made = await h.api.post('/v1/api_keys', { name: 'reader', permissions: { customers: 'read' } });
    const reader = apiFor(h.tariff, made.body.secret);
    expect((await reader.get('/v1/customers')).status).toBe(200);
    const write = await reader.post('/v1/customers', { external_id: 'r1', name: 'R', currency: 'USD' });
    expect(write.status).toBe(403);
    expect((await h.api.get('/v1/customers/r1')).status).toBe(404);
  });

  it('a key cannot mint a key stronger than itself', async () => {
    const made = await h.api.post('/v1/api_keys', {
      name: 'key admin',
      permissions: { keys: 'write', customers: 'read' },
    });
    const admin = apiFor(h.tariff, made.body.secret);
    expect((await admin.post('/v1/api_keys', { name: 'full' })).status).toBe(403);
    expect(
      (await admin.post('/v1/api_keys', { name: 'w', permissions: { customers: 'write' } })).status,
    ).toBe(403);
    const weaker = await admin.post('/v1/api_keys', { name: 'r', permissions: { customers: 'read' } });
    expect(weaker.status).toBe(200);
  });

  it('lists keys with at most the first 7 and the last 4 characters, never the secret or its hash', async () => {
    const made = await h.api.post('/v1/api_keys', { name: 'shown' });
    const secret: string = made.body.secret;
    const list = await h.api.get('/v1/api_keys');
    const shown = list.body.data.find((k: { id: string }) => k.id === made.body.id);
    expect(shown.prefix).toBe(secret.slice(0, 7));
    expect(shown.last4).toBe(secret.slice(-4));
    expect(shown.redacted).toBe(`${secret.slice(0, 7)}…${secret.slice(-4)}`);
    expect(JSON.stringify(list.body)).not.toContain(secret.slice(7, 20));
    expect(JSON.stringify(list.body)).not.toContain('hash');
    expect(shown.secret).toBeUndefined();
  });

  it('mints test-mode keys, and refuses unknown permission groups', async () => {
    const minted = await h.api.post('/v1/api_keys', { name: 't', mode: 'test' });
    expect(minted.body).toMatchObject({ mode: 'test', secret: expect.stringMatching(/^sk_test_/) });
    expect(
      (await h.api.post('/v1/api_keys', { name: 't', permissions: { everything: 'write' } })).status,
    ).toBe(400);
    expect((await h.api.post('/v1/api_keys', { name: 't', permissions: { events: 'admin' } })).status).toBe(
      400,
    );
  });

  it('a revoked key stops working at once in this process', async () => {
    const made = await h.api.post('/v1/api_keys', { name: 'short lived' });
    const other = apiFor(h.tariff, made.body.secret);
    expect((await other.get('/v1/customers')).status).toBe(200);
    expect((await h.api.post(`/v1/api_keys/${made.body.id}/revoke`)).status).toBe(200);
    expect((await other.get('/v1/customers')).status).toBe(401);
  });
});

describe.each(TEST_STORES)('the last full-access key on %s', (kind) => {
  it('two concurrent revokes never leave zero full-access keys (20 rounds)', async () => {
    const store = await freshStore(kind);
    const tariff = await createTariff({
      store,
      clock: manualClock(new Date()),
      logger: pino({ level: 'silent' }),
    });
    try {
      const keys = tariff.services.keys;
      let survivor = (await keys.create({ name: 'round 0' })).key.id;
      for (let round = 1; round <= 20; round++) {
        const fresh = (await keys.create({ name: `round ${round}` })).key.id;
        const results = await Promise.allSettled([keys.revoke(survivor), keys.revoke(fresh)]);
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
        expect(refused.reason.code).toBe('api_key_last_active');
        const active = (await keys.list()).filter((k) => !k.revoked_at);
        expect(active).toHaveLength(1);
        survivor = active[0]?.id ?? '';
      }
      // A restricted key left active does not count: the full-access one is still the last.
      await keys.create({
        name: 'restricted',
        permissions: { ...(await keys.get(survivor)).permissions, keys: 'none' },
      });
      await expect(keys.revoke(survivor)).rejects.toMatchObject({ code: 'api_key_last_active' });
    } finally {
      await tariff.close();
      await store.dispose().catch(() => {});
    }
  });
});

describe.each(TEST_STORES)('TARIFF_API_KEY on %s', (kind) => {
  const h = useTariff(kind);

  it('must be sk_ and at least 24 characters', () => {
    for (const bad of [
      'a',
      'sk_short',
      'pk_live_000000000000000000000000',
      'sk_live_with spaces_0000000000',
      '',
    ]) {
      expect(() => validateOperatorSecret(bad), bad).toThrow(/TARIFF_API_KEY/);
    }
    expect(() => validateOperatorSecret('sk_live_012345678901234567890')).not.toThrow();
  });

  it('a restart with it never revives it once revoked', async () => {
    const secret = 'sk_live_operator_chosen_secret_000001';
    const first = await h.tariff.services.keys.ensure(secret, 'TARIFF_API_KEY');
    expect(first.usable).toBe(true);
    await h.tariff.services.keys.revoke(first.key.id);
    const again = await h.tariff.services.keys.ensure(secret, 'TARIFF_API_KEY');
    expect(again.usable).toBe(false);
    expect(again.key.id).toBe(first.key.id);
    expect(await h.tariff.services.keys.verify(secret)).toBeUndefined();
    expect((await apiFor(h.tariff, secret).get('/v1/customers')).status).toBe(401);
  });
});

describe('key cache', () => {
  it('holds at most max entries, least recently used out first', () => {
    const cache = createKeyCache<number>({ max: 3, ttlMs: 1_000, now: () => 0 });
    for (const k of ['a', 'b', 'c']) cache.set(k, 1);
    cache.get('a');
    cache.set('d', 1);
    expect(cache.size).toBe(3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
  });

  it('forgets an entry after its time to live', () => {
    let t = 0;
    const cache = createKeyCache<number>({ max: 10, ttlMs: 5_000, now: () => t });
    cache.set('a', 1);
    t = 4_999;
    expect(cache.get('a')).toBe(1);
    t = 10_000;
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });
});

describe('permission lists (the CLI form)', () => {
  it('parses group=level pairs and refuses unknown groups and levels', async () => {
    const { parsePermissionList } = await import('../shared/permissions.js');
    const p = parsePermissionList('events=write, customers=read');
    expect(p.events).toBe('write');
    expect(p.customers).toBe('read');
    expect(p.keys).toBe('none');
    expect(() => parsePermissionList('everything=write')).toThrow(/Unknown permission group/);
    expect(() => parsePermissionList('events=admin')).toThrow(/none, read or write/);
  });
});

describe('stored permissions', () => {
  it('a full-access key is stored as every group, present and future', async () => {
    const { parsePermissions, storedPermissions, FULL_ACCESS } = await import('../shared/permissions.js');
    expect(storedPermissions(FULL_ACCESS)).toEqual({ '*': 'write' });
    expect(parsePermissions({ '*': 'write' })).toEqual(FULL_ACCESS);
    expect(parsePermissions({ events: 'write', bogus: 'write' }).keys).toBe('none');
    expect(parsePermissions(null).events).toBe('none');
  });
});
