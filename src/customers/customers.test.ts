import { describe, expect, it } from 'vitest';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';

describe.each(TEST_STORES)('customers API on %s', (kind) => {
  const h = useTariff(kind);

  it('creates, gets by id and by external_id, and updates a customer', async () => {
    const created = await h.api.post('/v1/customers', {
      external_id: 'tenant-1',
      name: 'Acme KK',
      email: 'billing@acme.example',
      currency: 'jpy',
      billing_details: {
        company_name: 'Acme KK',
        address: { country: 'JP' },
        tax_ids: [{ type: 'jp_trn', value: 'T1234567890123' }],
      },
      metadata: { plan: 'gold' },
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ object: 'customer', external_id: 'tenant-1', currency: 'JPY' });
    expect(created.body.id).toMatch(/^cus_/);

    expect((await h.api.get(`/v1/customers/${created.body.id}`)).body.name).toBe('Acme KK');
    expect((await h.api.get('/v1/customers/tenant-1')).body.id).toBe(created.body.id);

    const updated = await h.api.post(`/v1/customers/${created.body.id}`, {
      name: 'Acme Japan KK',
      metadata: { tier: '1' },
    });
    expect(updated.body).toMatchObject({ name: 'Acme Japan KK', metadata: { plan: 'gold', tier: '1' } });
    expect(updated.body.billing_details.company_name).toBe('Acme KK');
  });

  it('rejects a second customer with the same external_id, naming the first', async () => {
    const first = await h.api.post('/v1/customers', { external_id: 'dup-1' });
    const second = await h.api.post('/v1/customers', { external_id: 'dup-1' });
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({
      code: 'customer_exists',
      param: 'external_id',
      existing: first.body.id,
    });
  });

  it('validates input with a code and a param, and writes nothing', async () => {
    const before = (await h.api.get('/v1/customers', { limit: 100 })).body.data.length;
    const cases: [unknown, string, string | null][] = [
      [{ name: 5 }, 'parameter_invalid', 'name'],
      [{ nickname: 'x' }, 'parameter_unknown', 'nickname'],
      [
        { billing_details: { address: { country: 'Japan' } } },
        'parameter_invalid',
        'billing_details[address][country]',
      ],
      [
        { billing_details: { tax_ids: [{ type: 'jp_trn' }] } },
        'parameter_missing',
        'billing_details[tax_ids][0][value]',
      ],
      [{ currency: 'XYZ' }, 'invalid_currency', 'currency'],
      [{ email: 'not-an-email' }, 'parameter_invalid', 'email'],
    ];
    for (const [body, code, param] of cases) {
      const res = await h.api.post('/v1/customers', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error).toMatchObject({ type: 'invalid_request_error', code, param });
      expect(typeof res.body.error.message).toBe('string');
    }
    expect((await h.api.get('/v1/customers', { limit: 100 })).body.data.length).toBe(before);
  });

  it('answers malformed JSON with 400 invalid_json and an oversized body with 413', async () => {
    const bad = await h.api.raw({
      method: 'POST',
      url: '/v1/customers',
      headers: {
        authorization: 'Bearer sk_test_tariff_harness_key_0000000000',
        'content-type': 'application/json',
      },
      payload: '{"name": ',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('invalid_json');
    const big = await h.api.raw({
      method: 'POST',
      url: '/v1/customers',
      headers: {
        authorization: 'Bearer sk_test_tariff_harness_key_0000000000',
        'content-type': 'application/json',
      },
      payload: JSON.stringify({ name: 'x'.repeat(17 * 1024 * 1024) }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('body_too_large');
  });

  it('pages through customers with starting_after and filters by external_id', async () => {
    for (let i = 0; i < 5; i++) await h.api.post('/v1/customers', { external_id: `page-${i}` });
    const first = await h.api.get('/v1/customers', { limit: 2 });
    expect(first.body).toMatchObject({ object: 'list', has_more: true });
    expect(first.body.data).toHaveLength(2);
    const second = await h.api.get('/v1/customers', { limit: 2, starting_after: first.body.data[1].id });
    expect(second.body.data[0].id < first.body.data[1].id).toBe(true);
    const filtered = await h.api.get('/v1/customers', { external_id: 'page-3' });
    expect(filtered.body.data.map((c: { external_id: string }) => c.external_id)).toEqual(['page-3']);
    expect(filtered.body.has_more).toBe(false);
  });

  it('404s with customer_not_found', async () => {
    const res = await h.api.get('/v1/customers/cus_nope');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('customer_not_found');
  });
});
