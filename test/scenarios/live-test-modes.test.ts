import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { type Api, apiFor, TEST_KEY, useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';

/**
 * Live and test mode, as Stripe has them (docs/security.md#live-and-test-mode): a key belongs
 * to a mode, and nothing made in one mode is seen, counted, numbered or sent in the other.
 * The harness key is live; the test-mode key is minted through the API, as a user would.
 */
describe.each(TEST_STORES)('live and test mode (%s)', (kind) => {
  const h = useTariff(kind, new Date('2026-03-01T00:00:00Z'));
  let live: Api;
  let test: Api;

  async function ok(p: Promise<{ status: number; body: any }>) {
    const res = await p;
    if (res.status !== 200) expect(res.body).toBe('a 200 answer');
    return res.body;
  }

  it('mints a test-mode key that cannot see, revoke or out-mint live keys', async () => {
    live = h.api;
    const minted = await ok(live.post('/v1/api_keys', { name: 'dev', mode: 'test' }));
    expect(minted.secret).toMatch(/^sk_test_/);
    expect(minted.mode).toBe('test');
    test = apiFor(h.tariff, minted.secret);
    const seen = await ok(test.get('/v1/api_keys'));
    expect(seen.data.map((k: any) => k.mode)).toEqual(['test']);
    const liveKey = (await ok(live.get('/v1/api_keys'))).data.find((k: any) => k.mode === 'live');
    expect((await test.get(`/v1/api_keys/${liveKey.id}`)).status).toBe(404);
    expect((await test.post(`/v1/api_keys/${liveKey.id}/revoke`)).status).toBe(404);
    const escalate = await test.post('/v1/api_keys', { name: 'x', mode: 'live' });
    expect(escalate.status).toBe(403);
    expect(escalate.body.error.code).toBe('permission_denied');
    expect((await ok(test.post('/v1/api_keys', { name: 'dev2' }))).mode).toBe('test');
  });

  it('keeps customers, meters and usage apart, even under the same names', async () => {
    for (const api of [live, test]) {
      await ok(api.post('/v1/meters', { event_name: 'calls', default_aggregation: { formula: 'sum' } }));
      await ok(api.post('/v1/customers', { name: 'Acme', external_id: 'acme', currency: 'USD' }));
    }
    const send = (api: Api, n: number, value: string) =>
      api.post('/v1/meter_events', {
        event_name: 'calls',
        identifier: `e-${n}`,
        timestamp: '2026-03-01T00:00:00Z',
        payload: { customer: 'acme', value },
      });
    // The same identifier in both modes: two events, one in each, neither a duplicate.
    expect((await send(live, 1, '5')).status).toBe(200);
    expect((await send(test, 1, '7')).status).toBe(200);
    expect((await send(test, 2, '1')).status).toBe(200);
    const usage = async (api: Api) => {
      const customer = (await ok(api.get('/v1/customers', { external_id: 'acme' }))).data[0].id;
      const meter = (await ok(api.get('/v1/meters'))).data[0].id;
      const res = await ok(
        api.get(`/v1/meters/${meter}/usage`, {
          customer,
          start_time: '2026-03-01T00:00:00Z',
          end_time: '2026-03-02T00:00:00Z',
          granularity: 'none',
        }),
      );
      return res.data.map((s: any) => s.value);
    };
    expect(await usage(live)).toEqual(['5']);
    expect(await usage(test)).toEqual(['8']);
    expect((await ok(live.get('/v1/customers'))).data).toHaveLength(1);
    expect((await ok(test.get('/v1/customers'))).data).toHaveLength(1);
  });

  it('lets a live key act on test data with Tariff-Mode: test, never a test key on live data', async () => {
    const asTest = await live.raw({
      method: 'GET',
      url: '/v1/customers',
      headers: { authorization: `Bearer ${TEST_KEY}`, 'tariff-mode': 'test' },
    });
    expect(asTest.headers['tariff-mode']).toBe('test');
    expect((await live.get('/v1/customers')).headers['tariff-mode']).toBe('live');
    expect(asTest.json().data.map((c: any) => c.id)).toEqual(
      (await ok(test.get('/v1/customers'))).data.map((c: any) => c.id),
    );
    const testSecret = (await ok(live.post('/v1/api_keys', { name: 'dev3', mode: 'test' }))).secret;
    const escalate = await live.raw({
      method: 'GET',
      url: '/v1/customers',
      headers: { authorization: `Bearer ${testSecret}`, 'tariff-mode': 'live' },
    });
    expect(escalate.statusCode).toBe(403);
    const odd = await live.raw({
      method: 'GET',
      url: '/v1/customers',
      headers: { authorization: `Bearer ${TEST_KEY}`, 'tariff-mode': 'TEST' },
    });
    expect(odd.statusCode).toBe(400);
  });

  it('lets only a live key change the shared account settings', async () => {
    const refused = await test.post('/v1/account', { invoice_prefix: 'HACK' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('permission_denied');
    const viaSwitch = await live.raw({
      method: 'POST',
      url: '/v1/account',
      headers: {
        authorization: `Bearer ${TEST_KEY}`,
        'tariff-mode': 'test',
        'content-type': 'application/json',
      },
      payload: JSON.stringify({ name: 'Renamed in test mode' }),
    });
    expect(viaSwitch.statusCode).toBe(200);
    expect((await ok(live.get('/v1/account'))).name).toBe('Renamed in test mode');
  });

  it('has test clocks in test mode only', async () => {
    const refused = await live.post('/v1/test_clocks', { frozen_time: '2026-03-01T00:00:00Z' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('test_mode_only');
    const clock = await ok(test.post('/v1/test_clocks', { frozen_time: '2026-03-01T00:00:00Z' }));
    expect((await live.get(`/v1/test_clocks/${clock.id}`)).body.error.code).toBe('test_mode_only');
    const customer = await live.post('/v1/customers', { name: 'x', currency: 'USD', test_clock: clock.id });
    expect(customer.body.error).toMatchObject({ code: 'test_mode_only', param: 'test_clock' });
    expect((await ok(live.get('/v1/customers'))).data).toHaveLength(1);
  });

  it('numbers, books and reports each mode on its own', async () => {
    const invoice = async (api: Api, amount: string) => {
      const customer = (await ok(api.get('/v1/customers', { external_id: 'acme' }))).data[0].id;
      const inv = await ok(
        api.post('/v1/invoices', {
          customer,
          currency: 'USD',
          lines: [{ description: 'Work', amount }],
          finalize: true,
        }),
      );
      await ok(api.post(`/v1/invoices/${inv.id}/pay`, {}));
      return inv;
    };
    const a = await invoice(test, '900');
    const b = await invoice(live, '100');
    // Each mode's numbering starts at its own first number; test mode's carries TEST-.
    expect([a.number, b.number]).toEqual([`TEST-${b.number}`, b.number]);
    expect(b.number).toMatch(/^TRF-0+1$/);
    const cash = async (api: Api) => {
      const summary = await ok(api.get('/v1/revenue/summary', { month: '2026-03' }));
      const text = JSON.stringify(summary);
      return text.match(/"account":"cash","currency":"USD","debit":"([0-9.]+)"/)?.[1] ?? text;
    };
    expect(await cash(live)).toBe('100.00');
    expect(await cash(test)).toBe('900.00');
    expect((await ok(live.get('/v1/invoices'))).data.map((i: any) => i.id)).toEqual([b.id]);
    expect((await test.get(`/v1/invoices/${b.id}`)).status).toBe(404);
    expect((await live.get(`/v1/invoices/${a.id}`)).status).toBe(404);
  });

  it("sends webhooks of a mode to that mode's endpoints only, marked livemode", async () => {
    const got: { path: string; body: any }[] = [];
    const server = createServer((req, res) => {
      let text = '';
      req.on('data', (c) => {
        text += c;
      });
      req.on('end', () => {
        got.push({ path: req.url ?? '', body: JSON.parse(text) });
        res.end('ok');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    try {
      for (const [api, path] of [
        [live, '/live'],
        [test, '/test'],
      ] as const) {
        await ok(
          api.post('/v1/webhook_endpoints', {
            url: `http://127.0.0.1:${port}${path}`,
            enabled_events: ['customer.created'],
          }),
        );
        await ok(api.post('/v1/customers', { name: `hook ${path}`, currency: 'USD' }));
      }
      await h.tariff.worker.runOnce();
      // Every customer.created not yet dispatched goes out, the earlier tests' ones too: each to
      // the endpoints of its own mode.
      const sent = (path: string) =>
        got.filter((g) => g.path === path).map((g) => [g.body.livemode, g.body.data.object.name]);
      expect(sent('/live')).toContainEqual([true, 'hook /live']);
      expect(sent('/test')).toContainEqual([false, 'hook /test']);
      expect(sent('/live').every(([livemode, name]) => livemode === true && name !== 'hook /test')).toBe(
        true,
      );
      expect(sent('/test').every(([livemode, name]) => livemode === false && name !== 'hook /live')).toBe(
        true,
      );
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('records each mode in its own audit log', async () => {
    const audit = async (api: Api) => (await ok(api.get('/v1/audit_events', { limit: 100 }))).data;
    const testModes = new Set((await audit(test)).map((e: any) => e.mode));
    expect([...testModes]).toEqual(['test']);
    expect((await audit(live)).some((e: any) => e.mode === 'test')).toBe(false);
  });
});
