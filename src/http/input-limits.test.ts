import { describe, expect, it } from 'vitest';
import { TEST_KEY, useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';

/** Regressions from the API fuzz: dates, decimals and counts out of range are 400, never 500. */
describe.each(TEST_STORES)('input limits on %s', (kind) => {
  const h = useTariff(kind);
  const auth = { authorization: `Bearer ${TEST_KEY}`, 'content-type': 'application/json' };
  let customer = '';
  const invalid = (
    res: { status: number; body: { error?: { code?: string; param?: string | null } } },
    param: string,
  ) => {
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'parameter_invalid', param });
  };

  it('sets up a customer and a meter', async () => {
    customer = (await h.api.post('/v1/customers', { external_id: 'tenant-limits', currency: 'JPY' })).body.id;
    const meter = await h.api.post('/v1/meters', {
      event_name: 'limits',
      default_aggregation: { formula: 'sum' },
    });
    expect(meter.status).toBe(200);
  });

  const BAD_TIMES = [
    '2026-06-30T23:59:60Z',
    '0000-01-01T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-02-30T00:00:00Z',
    '1969-12-31T23:59:59Z',
  ];
  for (const bad of BAD_TIMES) {
    it(`refuses ${bad} in bodies and queries, naming the field`, async () => {
      invalid(await h.api.post('/v1/test_clocks', { frozen_time: bad }), 'frozen_time');
      invalid(
        await h.api.post('/v1/credit_grants', {
          customer,
          amount: { currency: 'JPY', value: '100' },
          category: 'paid',
          effective_at: bad,
        }),
        'effective_at',
      );
      invalid(await h.api.get('/v1/revenue/journal', { start_time: bad }), 'start_time');
      invalid(
        await h.api.get(`/v1/customers/${customer}/usage`, {
          start_time: bad,
          end_time: '2026-03-01T00:00:00Z',
        }),
        'start_time',
      );
      const clocks = await h.tariff.store.db.selectFrom('test_clocks').select('id').execute();
      expect(clocks).toEqual([]);
    });
  }

  it('refuses a calendar date or month in year 0000 on the FAQ API with 400', async () => {
    const base = '/v1/pricing/metering/tenants/tenant-limits/units';
    for (const url of [
      `${base}/limits/date/0000-01-01`,
      `${base}/date/0000-01-01`,
      `${base}/month/0000-01`,
    ]) {
      const res = await h.api.get(url);
      expect(res.status, url).toBe(400);
      expect(res.body.error.code).toBe('parameter_invalid');
    }
  });

  it('refuses a FAQ count or timestamp beyond its range (1e308) and stores nothing', async () => {
    const url = '/v1/pricing/metering/tenants/tenant-limits/units/limits';
    const put = (path: string, payload: string) =>
      h.api.raw({ method: 'PUT', url: `${url}/${path}`, headers: auth, payload });
    for (const count of ['1e308', '9007199254740992', '-1', '1.5']) {
      const res = await put('now', `{"method":"direct","count":${count}}`);
      expect(res.statusCode, count).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'parameter_invalid', param: 'count' });
    }
    for (const ts of ['1e308', '99999999999999999999999', '253402300800']) {
      const res = await put(`timestamp/${ts}`, '{"method":"direct","count":1}');
      expect(res.statusCode, ts).toBe(400);
      const del = await h.api.raw({ method: 'DELETE', url: `${url}/timestamp/${ts}`, headers: auth });
      expect(del.statusCode, ts).toBe(400);
    }
    expect((await put('now', '{"method":"direct","count":9007199254740991}')).statusCode).toBe(200);
  });

  it('refuses decimals beyond 20 integer or 12 fractional digits, accepts the largest allowed', async () => {
    const adjust = (amount: string) =>
      h.api.post(`/v1/customers/${customer}/balance_transactions`, { amount, currency: 'JPY' });
    for (const amount of [
      '9'.repeat(64),
      `1${'0'.repeat(20)}`,
      `-1${'0'.repeat(20)}`,
      `0.${'0'.repeat(12)}1`,
    ])
      invalid(await adjust(amount), 'amount');
    invalid(
      await h.api.post('/v1/credit_grants', {
        customer,
        amount: { currency: 'JPY', value: '9'.repeat(21) },
        category: 'paid',
      }),
      'amount[value]',
    );
    const rows = await h.tariff.store.db.selectFrom('credit_grants').select('id').execute();
    expect(rows).toEqual([]);
    expect((await adjust('9'.repeat(20))).status).toBe(200);
    expect((await adjust(`-1.${'5'.repeat(12)}`)).status).toBe(200);
  });
});
