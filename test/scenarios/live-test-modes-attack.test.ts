import { describe, expect, it } from 'vitest';
import { type Api, apiFor, TEST_KEY, useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import { advance, clockedCustomer, makePlan, ok } from './fixtures.js';

/**
 * Live and test mode attacked as a finance team and an attacker would (docs/security.md#live-and-test-mode):
 * a whole test-mode world (clocked subscription billed at period end, events under the same meter
 * name, invoices paid, credits, tax rates, alerts, webhook endpoints) must not change one byte
 * of any live GET answer; no id of one mode is reachable from the other; and interleaved live
 * and test requests on one store (PGlite has ONE connection) never cross.
 */

// Account-wide by design (docs/security.md table) or changing with every request.
const SHARED_OR_VOLATILE = new Set(['/v1/api_keys', '/metrics', '/openapi.json']);

type Snapshot = Map<string, string>;

function getRoutes(h: { tariff: { app: { swagger(): unknown } } }) {
  const doc = h.tariff.app.swagger() as { paths: Record<string, Record<string, unknown>> };
  const toFastify = (p: string) => p.replace(/\{([^}]+)\}/g, ':$1');
  const all = Object.entries(doc.paths)
    // API keys are account-wide: a live key lists and reads test keys by design.
    .filter(([p]) => !p.startsWith('/v1/api_keys'))
    .filter(([, ops]) => 'get' in ops)
    .map(([p]) => p);
  return {
    plain: all.filter((p) => !p.includes('{') && !SHARED_OR_VOLATILE.has(p) && !p.startsWith('/health')),
    oneParam: all.filter((p) => (p.match(/\{/g) ?? []).length === 1).map(toFastify),
  };
}

async function snapshot(api: Api, paths: readonly string[]): Promise<Snapshot> {
  const out: Snapshot = new Map();
  for (const p of paths) {
    const res = await api.get(p);
    out.set(p, `${res.status} ${typeof res.body === 'string' ? res.body : JSON.stringify(res.body)}`);
  }
  return out;
}

/** Every `id` string found in a JSON answer. */
function idsIn(body: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(body)) for (const b of body) idsIn(b, into);
  else if (body && typeof body === 'object') {
    for (const [k, v] of Object.entries(body)) {
      if (k === 'id' && typeof v === 'string') into.add(v);
      else idsIn(v, into);
    }
  }
  return into;
}

describe.each(TEST_STORES)('live and test mode under attack (%s)', (kind) => {
  const h = useTariff(kind, new Date('2026-03-01T00:00:00Z'));
  let live: Api;
  let test: Api;
  let testSecret: string;
  let routes: ReturnType<typeof getRoutes>;
  const liveIds = new Set<string>();
  const testIds = new Set<string>();

  /** The same world in a mode: a plan with a fee and a metered rate, a customer, events, a paid invoice. */
  async function world(api: Api, mode: 'live' | 'test') {
    const plan = await makePlan(api, { currency: 'USD', fee: '10', usage: { unitAmount: '0.5' } });
    const meter = await ok(
      api.post('/v1/meters', { event_name: 'calls', default_aggregation: { formula: 'sum' } }),
    );
    const customer =
      mode === 'test'
        ? (await clockedCustomer(api, '2026-03-01T00:00:00Z', 'USD')).customer
        : (await ok(api.post('/v1/customers', { name: 'Acme', external_id: 'acme', currency: 'USD' }))).id;
    if (mode === 'test') {
      await ok(api.post(`/v1/customers/${customer}`, { external_id: 'acme' }));
    }
    const sub = await ok(api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));
    for (let i = 0; i < 3; i++) {
      await ok(
        api.post('/v1/meter_events', {
          event_name: plan.eventName,
          identifier: `same-${i}`,
          timestamp: '2026-03-01T00:00:00Z',
          payload: { customer: 'acme', value: mode === 'test' ? '1000' : '1' },
        }),
      );
    }
    await ok(
      api.post('/v1/meter_events', {
        event_name: 'calls',
        identifier: 'same-calls',
        timestamp: '2026-03-01T00:00:00Z',
        payload: { customer: 'acme', value: '7' },
      }),
    );
    const inv = await ok(
      api.post('/v1/invoices', {
        customer,
        currency: 'USD',
        lines: [{ description: 'Setup', amount: mode === 'test' ? '999' : '1' }],
        finalize: true,
      }),
    );
    await ok(api.post(`/v1/invoices/${inv.id}/pay`, {}));
    await ok(
      api.post('/v1/credit_grants', {
        customer,
        amount: { currency: 'USD', value: mode === 'test' ? '500' : '5' },
        category: 'paid',
      }),
    );
    await ok(
      api.post('/v1/tax_rates', {
        display_name: `VAT ${mode}`,
        percentage: '10',
        inclusive: false,
        country: 'JP',
      }),
    );
    await ok(api.post('/v1/alerts', { customer, type: 'usage', meter: meter.id, threshold: '1' }));
    await ok(api.post('/v1/webhook_endpoints', { url: `http://127.0.0.1:9/${mode}`, enabled_events: ['*'] }));
    return { customer, sub: sub.id, invoice: inv.id, plan };
  }

  it('a whole test-mode world, billed through a period end, changes no live GET answer', async () => {
    live = h.api;
    testSecret = (await ok(live.post('/v1/api_keys', { name: 'dev', mode: 'test' }))).secret;
    test = apiFor(h.tariff, testSecret);
    routes = getRoutes(h);
    expect(routes.plain.length).toBeGreaterThan(20);
    const l = await world(live, 'live');
    await h.tariff.worker.runOnce();
    // Reports and per-object answers of the live world, with their parameters.
    const calls = (await ok(live.get('/v1/meters', { limit: 100 }))).data.find(
      (m: any) => m.event_name === 'calls',
    );
    const P = '/v1/pricing/metering/tenants/acme/units';
    const watched = [
      ...routes.plain,
      ...['2026-03', '2026-04'].map((m) => `/v1/revenue/summary?month=${m}`),
      `/v1/invoices/upcoming?customer=${l.customer}`,
      `/v1/meters/${calls.id}/usage?customer=${l.customer}&start_time=2026-03-01T00:00:00Z&end_time=2026-05-01T00:00:00Z&granularity=none`,
      `${P}/calls/month/2026-03`,
      `${P}/calls/date/2026-03-01`,
      `${P}/calls/thismonth`,
      `${P}/date/2026-03-01`,
      ...routes.oneParam.flatMap((r) =>
        [l.customer, l.sub, l.invoice, l.plan.planId, calls.id].map((id) => r.replace(/:[^/]+/, id)),
      ),
    ];
    const before = await snapshot(live, watched);
    expect([...before.values()].filter((v) => v.startsWith('200 ')).length).toBeGreaterThan(40);
    const t = await world(test, 'test');
    // The test clock's month ends: the worker bills the test subscription (in test mode only).
    await advance(
      test,
      (await ok(test.get(`/v1/customers/${t.customer}`))).test_clock,
      '2026-04-01T03:00:00Z',
    );
    await h.tariff.worker.runOnce();
    const billed = await ok(test.get('/v1/invoices', { subscription: t.sub, limit: 100 }));
    expect(billed.data.length).toBeGreaterThan(0);
    // The same units counted through the FAQ API in test mode.
    const put = await test.raw({
      method: 'PUT',
      url: `${P}/calls/now`,
      headers: { authorization: `Bearer ${testSecret}`, 'content-type': 'application/json' },
      payload: JSON.stringify({ method: 'add', count: 41 }),
    });
    expect(put.statusCode, put.body).toBe(200);
    const after = await snapshot(live, watched);
    const changed = watched.filter((p) => before.get(p) !== after.get(p));
    expect(changed.map((p) => [p, before.get(p)?.slice(0, 300), after.get(p)?.slice(0, 300)])).toEqual([]);
    // Every object either mode can list, for the id attacks below.
    for (const p of routes.plain) {
      for (const [api, into] of [
        [live, liveIds],
        [test, testIds],
      ] as const) {
        const res = await api.get(p);
        if (res.status === 200) idsIn(res.body, into);
      }
    }
    // Ids are meant to be unique across modes (docs/security.md). Audit event ids are not: each
    // mode numbers its audit log from its own sequence (aud_0000000000000001 in both), so the
    // same id names a different event in each mode. Anything else colliding is a new defect.
    const shared = [...testIds].filter((id) => liveIds.has(id));
    // The account (acct_default) is account-wide by design.
    expect(shared.filter((id) => !id.startsWith('aud_') && !id.startsWith('acct_'))).toEqual([]);
    for (const id of shared) {
      testIds.delete(id);
      liveIds.delete(id);
    }
    expect(testIds.size).toBeGreaterThan(10);
  });

  it("never answers one mode's id in the other (every GET route with one id)", async () => {
    const leaks: string[] = [];
    const collisions: string[] = [];
    for (const route of routes.oneParam) {
      for (const [own, other, ids, name] of [
        [test, live, testIds, 'live key reads test'],
        [live, test, liveIds, 'test key reads live'],
      ] as const) {
        for (const id of ids) {
          const url = route.replace(/:[^/]+/, id);
          const mine = await own.get(url);
          if (mine.status !== 200) continue;
          const res = await other.get(url);
          if (res.status !== 200) expect([400, 403, 404]).toContain(res.status);
          else if (JSON.stringify(res.body) === JSON.stringify(mine.body)) leaks.push(`${name}: GET ${url}`);
          // The other mode's own object under the same id (audit events, see above).
          else collisions.push(id.slice(0, 4));
        }
      }
    }
    expect([...new Set(collisions)].filter((p) => p !== 'aud_')).toEqual([]);
    expect(leaks).toEqual([]);
  });

  it("refuses writes on the other mode's objects and writes nothing", async () => {
    const testInvoice = (await ok(test.get('/v1/invoices', { limit: 100 }))).data.find(
      (i: any) => i.status === 'open' || i.status === 'draft' || i.status === 'paid',
    );
    const testCustomer = (await ok(test.get('/v1/customers', { limit: 100 }))).data[0];
    const testSub = (await ok(test.get('/v1/subscriptions', { limit: 100 }))).data[0];
    const beforeInv = await ok(test.get(`/v1/invoices/${testInvoice.id}`));
    const beforeCust = await ok(test.get(`/v1/customers/${testCustomer.id}`));
    const beforeSub = await ok(test.get(`/v1/subscriptions/${testSub.id}`));
    const attempts = [
      live.post(`/v1/invoices/${testInvoice.id}/pay`, {}),
      live.post(`/v1/invoices/${testInvoice.id}/void`, {}),
      live.post(`/v1/customers/${testCustomer.id}`, { name: 'hijacked' }),
      live.del(`/v1/customers/${testCustomer.id}`),
      live.post(`/v1/subscriptions/${testSub.id}/cancel`, {}),
      live.post(`/v1/subscriptions/${testSub.id}`, { metadata: { x: 'y' } }),
      live.post('/v1/credit_grants', {
        customer: testCustomer.id,
        amount: { currency: 'USD', value: '1' },
        category: 'paid',
      }),
      live.post('/v1/invoices', {
        customer: testCustomer.id,
        currency: 'USD',
        lines: [{ description: 'x', amount: '1' }],
      }),
      live.post('/v1/subscriptions', { customer: testCustomer.id, pricing_plan: testSub.pricing_plan }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status, JSON.stringify(res.body)).not.toBe(200);
      expect([400, 404]).toContain(res.status);
    }
    expect(await ok(test.get(`/v1/invoices/${testInvoice.id}`))).toEqual(beforeInv);
    expect(await ok(test.get(`/v1/customers/${testCustomer.id}`))).toEqual(beforeCust);
    expect(await ok(test.get(`/v1/subscriptions/${testSub.id}`))).toEqual(beforeSub);
  });

  it('keeps interleaved live and test requests apart on one store (events, batches, invoices)', async () => {
    const total = async (api: Api) => {
      const customer = (await ok(api.get('/v1/customers', { external_id: 'acme' }))).data[0].id;
      const meter = (await ok(api.get('/v1/meters', { limit: 100 }))).data.find(
        (m: any) => m.event_name === 'calls',
      ).id;
      const res = await ok(
        api.get(`/v1/meters/${meter}/usage`, {
          customer,
          start_time: '2026-03-01T00:00:00Z',
          end_time: '2026-03-05T00:00:00Z',
          granularity: 'none',
        }),
      );
      return res.data.map((s: any) => s.value).join(',');
    };
    const beforeLive = await total(live);
    const beforeTest = await total(test);
    const jobs: Promise<unknown>[] = [];
    for (let i = 0; i < 40; i++) {
      const api = i % 2 === 0 ? live : test;
      // Singles (group commit) and batches, the same identifiers in both modes.
      jobs.push(
        ok(
          api.post('/v1/meter_events', {
            event_name: 'calls',
            identifier: `conc-${i >> 1}`,
            timestamp: '2026-03-01T00:00:00Z',
            payload: { customer: 'acme', value: i % 2 === 0 ? '1' : '100' },
          }),
        ),
      );
      if (i % 5 === 0)
        jobs.push(
          ok(
            api.post('/v1/meter_events/batch', {
              events: [0, 1, 2].map((k) => ({
                event_name: 'calls',
                identifier: `conc-batch-${i}-${k}`,
                timestamp: '2026-03-01T00:00:00Z',
                payload: { customer: 'acme', value: i % 2 === 0 ? '1' : '100' },
              })),
            }),
          ),
        );
      jobs.push(
        (async () => {
          const customer = (await ok(api.get('/v1/customers', { external_id: 'acme' }))).data[0].id;
          return ok(
            api.post('/v1/invoices', {
              customer,
              currency: 'USD',
              lines: [{ description: `conc ${i}`, amount: '1' }],
              finalize: true,
            }),
          );
        })(),
      );
    }
    await Promise.all(jobs);
    const liveAfter = await total(live);
    const testAfter = await total(test);
    // 20 singles and 4 batches of 3 in each mode.
    const added = (before: string, after: string) => Number(after) - Number(before);
    expect(added(beforeLive, liveAfter)).toBe(32);
    expect(added(beforeTest, testAfter)).toBe(3200);
    // Each mode's invoice numbers stay contiguous and unshared.
    for (const api of [live, test]) {
      const numbers = (await ok(api.get('/v1/invoices', { limit: 100 }))).data
        .map((i: any) => i.number)
        .filter((n: string | null) => n && !n.startsWith('TEST-'))
        .sort();
      expect(new Set(numbers).size).toBe(numbers.length);
      const seqs = numbers
        .map((n: string) => Number(n.replace(/\D/g, '')))
        .sort((a: number, b: number) => a - b);
      expect(seqs).toEqual(seqs.map((_: number, k: number) => seqs[0] + k));
    }
  });

  it('reads Tariff-Mode strictly: odd spellings are 400, never the other mode', async () => {
    const ask = (mode: string | string[], key = TEST_KEY) =>
      live.raw({
        method: 'GET',
        url: '/v1/customers',
        headers: { authorization: `Bearer ${key}`, 'tariff-mode': mode },
      });
    for (const odd of ['Test', ' test', 'test ', 'LIVE', '', 'test,live', 'tariff_test', 'public']) {
      const res = await ask(odd);
      expect(res.statusCode, JSON.stringify(odd)).toBe(400);
    }
    const repeated = await ask(['test', 'test']);
    expect(repeated.statusCode).not.toBe(200);
    const mixed = await ask(['live', 'test']);
    expect(mixed.statusCode).not.toBe(200);
  });
  it('never replays an Idempotency-Key answer of one mode in the other', async () => {
    const body = { name: 'Idem Co', currency: 'USD' };
    const first = await ok(live.post('/v1/customers', body, { idempotencyKey: 'same-key' }));
    const inTest = await live.post('/v1/customers', body, {
      idempotencyKey: 'same-key',
      headers: { 'tariff-mode': 'test' },
    });
    expect(inTest.status).toBe(200);
    expect(inTest.headers['tariff-mode']).toBe('test');
    expect(inTest.body.id).not.toBe(first.id);
    expect((await test.get(`/v1/customers/${inTest.body.id}`)).status).toBe(200);
    expect((await live.get(`/v1/customers/${inTest.body.id}`)).status).toBe(404);
    // And the live replay is still live's own answer.
    const again = await ok(live.post('/v1/customers', body, { idempotencyKey: 'same-key' }));
    expect(again.id).toBe(first.id);
  });

  it("runs background jobs once per mode: a test subscription's period end is billed in test only", async () => {
    const plan = await makePlan(test, { currency: 'USD', fee: '77' });
    const customer = (await ok(test.post('/v1/customers', { name: 'No clock', currency: 'USD' }))).id;
    const sub = await ok(test.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));
    const liveInvoices = async () =>
      (await ok(live.get('/v1/invoices', { limit: 100 }))).data.map((i: any) => i.id).sort();
    const liveBefore = await liveInvoices();
    const testBefore = (await ok(test.get('/v1/invoices', { subscription: sub.id }))).data.length;
    // Real time (not a clock) passes the period end: the worker's run in test mode bills it.
    h.clock.set(new Date('2026-04-01T02:00:00Z'));
    await h.tariff.worker.runOnce();
    const billed = (await ok(test.get('/v1/invoices', { subscription: sub.id }))).data;
    expect(billed.length).toBeGreaterThan(testBefore);
    // Live's own subscription is billed too, but nothing of test mode's lands there.
    const after = await liveInvoices();
    for (const i of billed) expect(after).not.toContain(i.id);
    expect(after.filter((id: string) => !liveBefore.includes(id)).length).toBeGreaterThan(0);
    const liveSubs = (await ok(live.get('/v1/subscriptions', { limit: 100 }))).data.map((s: any) => s.id);
    expect(liveSubs).not.toContain(sub.id);
  });
});
