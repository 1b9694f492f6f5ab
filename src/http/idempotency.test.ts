import { describe, expect, it } from 'vitest';
import { apiFor, useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';

describe.each(TEST_STORES)('idempotency scope on %s', (kind) => {
  const h = useTariff(kind);

  it('the same key and body on another customer runs there, never replays the first answer', async () => {
    for (const id of ['idem-a', 'idem-b']) {
      expect(
        (await h.api.post('/v1/customers', { external_id: id, name: 'old', currency: 'USD' })).status,
      ).toBe(200);
    }
    const body = { name: 'renamed' };
    const a = await h.api.post('/v1/customers/idem-a', body, { idempotencyKey: 'rename' });
    const b = await h.api.post('/v1/customers/idem-b', body, { idempotencyKey: 'rename' });
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    expect(b.headers['idempotent-replayed']).toBeUndefined();
    expect(b.body.external_id).toBe('idem-b');
    expect((await h.api.get('/v1/customers/idem-b')).body.name).toBe('renamed');
    // On the same path it is still a replay.
    const again = await h.api.post('/v1/customers/idem-b', body, { idempotencyKey: 'rename' });
    expect(again.headers['idempotent-replayed']).toBe('true');
  });

  it('compares the whole request: another query string on the same path is a reuse', async () => {
    await h.api.post('/v1/customers', { external_id: 'idem-q', name: 'q', currency: 'USD' });
    const first = await h.api.post('/v1/customers/idem-q', { name: 'x' }, { idempotencyKey: 'q' });
    expect(first.status).toBe(200);
    const other = await h.api.raw({
      method: 'POST',
      url: '/v1/customers/idem-q?expand=1',
      headers: {
        authorization: `Bearer ${'sk_test_tariff_harness_key_0000000000'}`,
        'content-type': 'application/json',
        'idempotency-key': 'q',
      },
      payload: JSON.stringify({ name: 'x' }),
    });
    expect([400, 409]).toContain(other.statusCode);
  });

  it('keeps stored answers sealed: a secret shown once is not readable in the database', async () => {
    const first = await h.api.post('/v1/api_keys', { name: 'sealed' }, { idempotencyKey: 'mint-1' });
    const secret: string = first.body.secret;
    expect(secret).toMatch(/^sk_live_/);
    const rows = await h.store.db.selectFrom('idempotency_keys').select('response_body').execute();
    expect(rows.some((r) => r.response_body?.includes(secret))).toBe(false);
    expect(rows.some((r) => r.response_body?.startsWith('enc:'))).toBe(true);
    const replay = await h.api.post('/v1/api_keys', { name: 'sealed' }, { idempotencyKey: 'mint-1' });
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body.secret).toBe(secret);
  });

  it('keys belong to the API key that sent them', async () => {
    const made = await h.api.post('/v1/api_keys', { name: 'second' });
    const second = apiFor(h.tariff, made.body.secret);
    const body = { external_id: 'idem-k1', name: 'k', currency: 'USD' };
    const one = await h.api.post('/v1/customers', body, { idempotencyKey: 'shared' });
    const two = await second.post(
      '/v1/customers',
      { ...body, external_id: 'idem-k2' },
      { idempotencyKey: 'shared' },
    );
    expect(one.status).toBe(200);
    expect(two.status).toBe(200);
    expect(two.body.external_id).toBe('idem-k2');
  });
});
