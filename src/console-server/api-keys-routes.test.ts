import { describe, expect, it } from 'vitest';
import { apiFor, TEST_KEY, useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';

describe.each(TEST_STORES)('API keys over HTTP on %s', (kind) => {
  const h = useTariff(kind);

  it('lists keys without secrets or hashes', async () => {
    const res = await h.api.get('/v1/api_keys');
    expect(res.status).toBe(200);
    expect(res.body.object).toBe('list');
    expect(res.body.data).toHaveLength(1);
    expect(res.body.data[0]).not.toHaveProperty('hash');
    expect(res.body.data[0]).not.toHaveProperty('secret');
    expect(JSON.stringify(res.body)).not.toContain(TEST_KEY);
  });

  it('creates a key whose secret works, once shown', async () => {
    const made = await h.api.post('/v1/api_keys', { name: 'console' });
    expect(made.status).toBe(200);
    expect(made.body.secret).toMatch(/^sk_/);
    expect(made.body.name).toBe('console');
    const other = apiFor(h.tariff, made.body.secret);
    expect((await other.get('/v1/account')).status).toBe(200);
    const list = await h.api.get('/v1/api_keys');
    expect(list.body.data.map((k: { id: string }) => k.id)).toContain(made.body.id);
    expect(JSON.stringify(list.body)).not.toContain(made.body.secret);
  });

  it('revokes a key, which then stops working', async () => {
    const made = await h.api.post('/v1/api_keys', { name: 'to revoke' });
    const revoked = await h.api.post(`/v1/api_keys/${made.body.id}/revoke`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.revoked_at).not.toBeNull();
    // the verification cache holds a verdict for up to 5 s; a revoked key was never cached here
    expect((await apiFor(h.tariff, made.body.secret).get('/v1/account')).status).toBe(401);
    const again = await h.api.post(`/v1/api_keys/${made.body.id}/revoke`);
    expect(again.status).toBe(200);
  });

  it('rejects an unknown key id and a bad body', async () => {
    expect((await h.api.post('/v1/api_keys/key_nope/revoke')).body.error.code).toBe('api_key_not_found');
    expect((await h.api.post('/v1/api_keys', { name: '' })).status).toBe(400);
    expect((await h.api.post('/v1/api_keys', { name: 'x', extra: 1 })).status).toBe(400);
  });

  it('refuses to revoke the last active key', async () => {
    const keys = h.tariff.services.keys;
    const last = await keys.create({ name: 'last' });
    for (const k of await keys.list()) if (k.id !== last.key.id && !k.revoked_at) await keys.revoke(k.id);
    const res = await apiFor(h.tariff, last.secret).post(`/v1/api_keys/${last.key.id}/revoke`);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('api_key_last_active');
  });
});
