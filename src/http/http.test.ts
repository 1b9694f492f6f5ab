import { describe, expect, it } from 'vitest';
import { TEST_KEY, useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';

describe.each(TEST_STORES)('HTTP conventions on %s', (kind) => {
  const h = useTariff(kind);

  it('answers /health without a key, with the storage kind and schema version', async () => {
    const res = await h.api.raw({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', storage: kind });
    expect(res.json().schema_version).toMatch(/^\d{4}_/);
  });

  it('serves an OpenAPI document generated from the route schemas', async () => {
    const res = await h.api.raw({ method: 'GET', url: '/openapi.json' });
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/v1/customers'].post.requestBody).toBeDefined();
    const docs = await h.api.raw({ method: 'GET', url: '/docs/' });
    expect(docs.statusCode).toBe(200);
  });

  it('refuses requests without a valid key', async () => {
    const none = await h.api.raw({ method: 'GET', url: '/v1/customers' });
    expect(none.statusCode).toBe(401);
    expect(none.json().error).toMatchObject({ type: 'authentication_error', code: 'unauthorized' });
    const wrong = await h.api.raw({
      method: 'GET',
      url: '/v1/customers',
      headers: { authorization: 'Bearer sk_nope' },
    });
    expect(wrong.statusCode).toBe(401);
  });

  it('stops accepting a revoked key', async () => {
    const { key, secret } = await h.tariff.services.keys.create({ name: 'temp' });
    const ok = await h.api.raw({
      method: 'GET',
      url: '/v1/account',
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(ok.statusCode).toBe(200);
    await h.tariff.services.keys.revoke(key.id);
    const after = await h.api.raw({
      method: 'GET',
      url: '/v1/account',
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(after.statusCode).toBe(401);
  });

  it('answers unknown routes with route_not_found', async () => {
    const res = await h.api.get('/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('route_not_found');
  });

  it('replays an idempotent POST without creating anything, and rejects the key with another body', async () => {
    const body = { external_id: 'idem-1', name: 'Once' };
    const first = await h.api.post('/v1/customers', body, { idempotencyKey: 'key-1' });
    const again = await h.api.post('/v1/customers', body, { idempotencyKey: 'key-1' });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const list = await h.api.get('/v1/customers', { external_id: 'idem-1' });
    expect(list.body.data).toHaveLength(1);

    const other = await h.api.post('/v1/customers', { external_id: 'idem-2' }, { idempotencyKey: 'key-1' });
    expect(other.status).toBe(409);
    expect(other.body.error).toMatchObject({ type: 'idempotency_error', code: 'idempotency_key_reused' });
    expect((await h.api.get('/v1/customers', { external_id: 'idem-2' })).body.data).toHaveLength(0);
  });

  it('replays a stored error too, and lets a corrected body through after a validation error', async () => {
    await h.api.post('/v1/customers', { external_id: 'idem-err' });
    const dup = await h.api.post('/v1/customers', { external_id: 'idem-err' }, { idempotencyKey: 'key-err' });
    expect(dup.status).toBe(409);
    const replay = await h.api.post(
      '/v1/customers',
      { external_id: 'idem-err' },
      { idempotencyKey: 'key-err' },
    );
    expect(replay.status).toBe(409);
    expect(replay.headers['idempotent-replayed']).toBe('true');

    const invalid = await h.api.post('/v1/customers', { bogus: 1 }, { idempotencyKey: 'key-fix' });
    expect(invalid.status).toBe(400);
    const fixed = await h.api.post(
      '/v1/customers',
      { external_id: 'idem-fixed' },
      { idempotencyKey: 'key-fix' },
    );
    expect(fixed.status).toBe(200);
  });

  it('reads and updates account settings', async () => {
    const acct = await h.api.get('/v1/account');
    expect(acct.body).toMatchObject({ object: 'account', time_zone: 'UTC', grace_period_seconds: 3600 });
    const upd = await h.api.post('/v1/account', {
      time_zone: 'Asia/Tokyo',
      invoice_prefix: 'ACME',
      default_currency: 'jpy',
    });
    expect(upd.body).toMatchObject({
      time_zone: 'Asia/Tokyo',
      invoice_prefix: 'ACME',
      default_currency: 'JPY',
    });
    const bad = await h.api.post('/v1/account', { time_zone: 'Mars/Olympus' });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'invalid_time_zone', param: 'time_zone' });
    expect((await h.api.get('/v1/account')).body.time_zone).toBe('Asia/Tokyo');
  });

  it('names every allowed value when a value is outside a set of constants', async () => {
    const res = await h.api.post('/v1/meters', {
      event_name: 'e1',
      default_aggregation: { formula: 'median' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'parameter_invalid',
      param: 'default_aggregation[formula]',
    });
    expect(res.body.error.message).toMatch(/must be one of "sum", "count", .*"max"/);
  });

  it('echoes a request id', async () => {
    const res = await h.api.raw({
      method: 'GET',
      url: '/v1/account',
      headers: { authorization: `Bearer ${TEST_KEY}` },
    });
    expect(res.headers['request-id']).toMatch(/^req_/);
  });
});
