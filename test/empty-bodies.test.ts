import { describe, expect, it } from 'vitest';
import { type Harness, TEST_KEY, TEST_MODE_KEY, useTariff } from '../src/testing/harness.js';
import { TEST_STORES } from '../src/testing/stores.js';

/** Path parameters become ids that name nothing (a 404 is a fine answer; a 400 invalid_json is not). */
function concrete(url: string): string {
  return url.replace(/:[A-Za-z_]+/g, (p) => (p === ':timestamp' ? '1772323200' : 'x_1'));
}

/**
 * Every POST and DELETE of the route table, sent with no body, with and without
 * `content-type: application/json`: what answered `invalid_json`, "must be object" or a 500.
 */
async function emptyBodyFailures(h: Harness, key: string): Promise<string[]> {
  const routes = h.tariff.app.registeredRoutes.filter((r) => r.method === 'POST' || r.method === 'DELETE');
  expect(routes.length).toBeGreaterThan(50);
  const failures: string[] = [];
  for (const route of routes) {
    for (const headers of [{}, { 'content-type': 'application/json' }]) {
      const res = await h.api.raw({
        method: route.method as 'POST',
        url: concrete(route.url),
        headers: { authorization: `Bearer ${key}`, ...headers },
      });
      let code: string | undefined;
      try {
        code = res.json()?.error?.code;
      } catch {
        code = undefined;
      }
      // A missing body is {}: a required field may be missing, the body itself never is.
      const notObject = res.body.includes('must be object') && res.body.includes('"param":null');
      if (res.statusCode >= 500 || code === 'invalid_json' || notObject)
        failures.push(
          `${route.method} ${route.url} ${JSON.stringify(headers)} → ${res.statusCode} ${code ?? ''}`,
        );
    }
  }
  return failures;
}

/**
 * An empty body on an action (a POST without a body) or a DELETE is `{}`: with or without
 * `content-type: application/json`, never `400 invalid_json`, never a 500.
 */
describe.each(TEST_STORES)('empty bodies on %s', (kind) => {
  const h = useTariff(kind);
  const auth = { authorization: `Bearer ${TEST_KEY}` };

  async function openInvoice(): Promise<string> {
    const customer = (await h.api.post('/v1/customers', { name: 'Empty body KK', currency: 'JPY' })).body.id;
    const inv = await h.api.post('/v1/invoices', {
      customer,
      currency: 'JPY',
      lines: [{ description: 'Service', amount: '1000' }],
      finalize: true,
    });
    expect(inv.body.status).toBe('open');
    return inv.body.id;
  }

  it('POST /v1/invoices/{id}/pay with no body (the console’s “Mark paid”) pays the invoice', async () => {
    for (const headers of [{}, { 'content-type': 'application/json' }]) {
      const id = await openInvoice();
      const res = await h.api.raw({
        method: 'POST',
        url: `/v1/invoices/${id}/pay`,
        headers: { ...auth, ...headers },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ status: 'paid', amount_paid: '1000' });
    }
  });

  it('the FAQ’s DELETE …/units/{unit}/timestamp/{ts} with content-type: application/json and no body', async () => {
    const customer = (
      await h.api.post('/v1/customers', { name: 'FAQ KK', currency: 'JPY', external_id: 'faq-empty' })
    ).body.id;
    expect(customer).toBeDefined();
    await h.api.post('/v1/meters', {
      event_name: 'faq_empty_calls',
      default_aggregation: { formula: 'sum' },
    });
    const ts = Math.floor(h.clock.now().getTime() / 1000);
    const base = `/v1/pricing/metering/tenants/faq-empty/units/faq_empty_calls/timestamp/${ts}`;
    const put = await h.api.raw({
      method: 'PUT',
      url: base,
      headers: { ...auth, 'content-type': 'application/json' },
      payload: JSON.stringify({ method: 'add', count: 5 }),
    });
    expect(put.statusCode, put.body).toBe(200);
    const del = await h.api.raw({
      method: 'DELETE',
      url: base,
      headers: { ...auth, 'content-type': 'application/json' },
    });
    expect(del.statusCode, del.body).toBe(200);
  });

  it('every POST and DELETE route takes an empty body, with and without content-type', async () => {
    expect(await emptyBodyFailures(h, TEST_KEY)).toEqual([]);
  }, 120_000);
});

/** In test mode too: test clocks (test mode only) get past the mode check to their handlers there. */
describe.each(TEST_STORES)('empty bodies in test mode on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });

  it('every POST and DELETE route takes an empty body, with and without content-type', async () => {
    expect(await emptyBodyFailures(h, TEST_MODE_KEY)).toEqual([]);
  }, 120_000);
});
