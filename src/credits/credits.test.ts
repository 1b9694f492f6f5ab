import { describe, expect, it } from 'vitest';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';

describe.each(TEST_STORES)('credit grants API on %s', (kind) => {
  const h = useTariff(kind, new Date('2026-03-01T00:00:00Z'), { mode: 'test' });
  let customer: string;

  it('creates, gets and lists grants, with defaults', async () => {
    customer = (await h.api.post('/v1/customers', { name: 'Credits KK', currency: 'JPY' })).body.id;
    const res = await h.api.post('/v1/credit_grants', {
      customer,
      amount: { currency: 'jpy', value: '5000' },
      category: 'promotional',
      expires_at: '2026-04-01T00:00:00Z',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      object: 'credit_grant',
      customer,
      amount: { currency: 'JPY', value: '5000' },
      remaining: { currency: 'JPY', value: '5000' },
      applicability: { scope: 'metered' },
      priority: 50,
      status: 'active',
      source: 'manual',
      effective_at: '2026-03-01T00:00:00.000Z',
    });
    expect(res.body.id).toMatch(/^cg_/);
    expect((await h.api.get(`/v1/credit_grants/${res.body.id}`)).body.id).toBe(res.body.id);
    const scheduled = await h.api.post('/v1/credit_grants', {
      customer,
      amount: { currency: 'JPY', value: '1000' },
      category: 'paid',
      applicability: { billable_items: ['bi_gpu'] },
      priority: 10,
      effective_at: '2026-03-10T00:00:00Z',
    });
    expect(scheduled.body.status).toBe('scheduled');
    const list = await h.api.get('/v1/credit_grants', { customer });
    expect(list.body.data.map((g: { id: string }) => g.id)).toEqual([scheduled.body.id, res.body.id]);
  });

  it('shows the balance per currency (scheduled grants do not count yet) and the ledger', async () => {
    const balance = await h.api.get(`/v1/customers/${customer}/credit_balance`);
    expect(balance.status).toBe(200);
    expect(balance.body.balances).toEqual([
      { currency: 'JPY', available: '5000', granted: '5000', consumed: '0' },
    ]);
    expect(balance.body.grants).toHaveLength(2);
    const ledger = await h.api.get(`/v1/customers/${customer}/credit_transactions`);
    expect(
      ledger.body.data.map((t: { type: string; amount: { value: string } }) => [t.type, t.amount.value]),
    ).toEqual([
      ['granted', '1000'],
      ['granted', '5000'],
    ]);
  });

  it('voids a grant: what is left is written off and it no longer counts', async () => {
    const grant = (await h.api.get('/v1/credit_grants', { customer })).body.data[1];
    const voided = await h.api.post(`/v1/credit_grants/${grant.id}/void`);
    expect(voided.body).toMatchObject({ status: 'voided', remaining: { value: '0' } });
    expect((await h.api.post(`/v1/credit_grants/${grant.id}/void`)).body.error.code).toBe(
      'credit_grant_not_voidable',
    );
    expect((await h.api.get(`/v1/customers/${customer}/credit_balance`)).body.balances).toEqual([]);
    const types = (
      await h.api.get(`/v1/customers/${customer}/credit_transactions`, { grant: grant.id })
    ).body.data.map((t: { type: string }) => t.type);
    expect(types).toEqual(['voided', 'granted']);
  });

  it('expires grants after the grace period, from the worker job', async () => {
    const grant = await h.api.post('/v1/credit_grants', {
      customer,
      amount: { currency: 'USD', value: '12.50' },
      category: 'paid',
      expires_at: '2026-03-02T00:00:00Z',
    });
    h.clock.set(new Date('2026-03-02T00:30:00Z'));
    await h.inMode(() => h.tariff.services.credits.expireDue(h.clock.now()));
    expect((await h.api.get(`/v1/credit_grants/${grant.body.id}`)).body.status).toBe('active');
    h.clock.set(new Date('2026-03-02T01:00:00Z'));
    await h.tariff.worker.runOnce();
    const expired = (await h.api.get(`/v1/credit_grants/${grant.body.id}`)).body;
    expect(expired).toMatchObject({ status: 'expired', remaining: { currency: 'USD', value: '0.00' } });
  });

  it("deleting a test clock removes its customers' grants and ledger", async () => {
    const clock = (await h.api.post('/v1/test_clocks', { frozen_time: '2026-03-01T00:00:00Z' })).body.id;
    const clocked = (await h.api.post('/v1/customers', { name: 'Clocked', test_clock: clock })).body.id;
    const grant = await h.api.post('/v1/credit_grants', {
      customer: clocked,
      amount: { currency: 'JPY', value: '100' },
      category: 'promotional',
    });
    expect(grant.status).toBe(200);
    expect((await h.api.del(`/v1/test_clocks/${clock}`)).status).toBe(200);
    expect((await h.api.get(`/v1/credit_grants/${grant.body.id}`)).status).toBe(404);
  });

  it('validates input, with a code and a param, and writes nothing', async () => {
    const before = (await h.api.get('/v1/credit_grants', { limit: 100 })).body.data.length;
    const base = { customer, amount: { currency: 'JPY', value: '100' }, category: 'paid' };
    const cases: [unknown, number, string, string | null][] = [
      [{ ...base, category: 'free' }, 400, 'parameter_invalid', 'category'],
      [{ ...base, priority: 101 }, 400, 'parameter_invalid', 'priority'],
      [{ ...base, amount: { currency: 'JPY', value: '0' } }, 400, 'parameter_invalid', 'amount[value]'],
      [{ ...base, amount: { currency: 'JPY', value: '0.5' } }, 400, 'parameter_invalid', 'amount[value]'],
      [{ ...base, amount: { currency: 'XYZ', value: '1' } }, 400, 'invalid_currency', 'amount[currency]'],
      [{ ...base, applicability: { billable_items: [] } }, 400, '*', 'applicability'],
      [{ ...base, expires_at: '2026-01-01T00:00:00Z' }, 400, 'parameter_invalid', 'expires_at'],
      [{ ...base, customer: 'cus_nope' }, 404, 'customer_not_found', 'customer'],
      [{ ...base, color: 'red' }, 400, 'parameter_unknown', 'color'],
    ];
    for (const [body, status, code, param] of cases) {
      const res = await h.api.post('/v1/credit_grants', body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      // a union (applicability) reports whichever branch the validator tried last
      if (code !== '*') expect(res.body.error.code, JSON.stringify(body)).toBe(code);
      if (code !== '*') expect(res.body.error.param, JSON.stringify(body)).toBe(param);
    }
    expect((await h.api.get('/v1/credit_grants', { limit: 100 })).body.data.length).toBe(before);
    expect((await h.api.get('/v1/credit_grants/cg_nope')).body.error.code).toBe('credit_grant_not_found');
  });
});
