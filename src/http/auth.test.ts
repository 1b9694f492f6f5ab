import { describe, expect, it } from 'vitest';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';

/** A concrete path for a route pattern: every parameter gets a plausible id. */
function concrete(url: string): string {
  return url.replace(/:[A-Za-z_]+/g, 'x_1');
}

const encodeChar = (c: string) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`;

/**
 * Spellings of one path that a router, a proxy or an attacker may produce. The first group is
 * decoded to the same route by the router and must reach authentication; the rest may route
 * elsewhere (404) or be refused as malformed (400), but never answer with data.
 */
function spellings(path: string): { routed: string[]; others: string[] } {
  const segments = path.split('/').slice(1);
  const first = segments[0] ?? '';
  const rest = segments.slice(1).join('/');
  const encodeAll = (s: string) => [...s].map(encodeChar).join('');
  const encodeUpper = (s: string) => [...s].map((c) => encodeChar(c).toUpperCase()).join('');
  const routed = [
    path,
    `/${encodeChar(first[0] ?? 'v')}${first.slice(1)}${rest ? `/${rest}` : ''}`,
    `/${encodeAll(first)}${rest ? `/${rest}` : ''}`,
    `/${encodeUpper(first)}${rest ? `/${encodeUpper(segments[1] ?? '')}${segments.length > 2 ? `/${segments.slice(2).join('/')}` : ''}` : ''}`,
    `/${segments.map((s) => (s.startsWith('x_1') ? s : encodeAll(s))).join('/')}`,
    `${path}?a=1`,
  ];
  const others = [
    `/${path}`,
    path.replace('/', '//'),
    `${path}/`,
    `${path}//`,
    `/${first}/./${rest}`,
    `/${first}/x/../${rest}`,
    `/${first}/%2e/${rest}`,
    `/${first}/x/%2e%2e/${rest}`,
    `/${first.toUpperCase()}/${rest}`,
    `/${first}%2f${rest}`,
    `/${first}%2F${rest.replaceAll('/', '%2F')}`,
    `/${first}\\${rest}`,
    `${path};x=1`,
    `${path}%3bx=1`,
    `${path}%00`,
    `${path}%20`,
    `${path}#x`,
  ];
  return { routed, others };
}

describe.each(TEST_STORES)('default deny on %s', (kind) => {
  const h = useTariff(kind);

  it('declares exactly these routes public; every other route has a permission group', () => {
    const routes = h.tariff.app.registeredRoutes;
    expect(routes.length).toBeGreaterThan(150);
    const open = [...new Set(routes.filter((r) => r.policy.public).map((r) => r.url))].sort();
    for (const url of open) {
      expect(
        url === '/health' ||
          url === '/openapi.json' ||
          url === '/v1/webhooks/stripe' ||
          // Authenticated by its own session token (src/metering/stripe/v2-routes.ts).
          url === '/v2/billing/meter_event_stream' ||
          url === '/console' ||
          url.startsWith('/console/') ||
          url === '/docs' ||
          url.startsWith('/docs/'),
        url,
      ).toBe(true);
    }
    for (const r of routes.filter((r) => !r.policy.public)) {
      expect(
        r.url.startsWith('/v1/') || r.url.startsWith('/v2/') || r.url === '/metrics',
        `${r.method} ${r.url}`,
      ).toBe(true);
    }
  });

  it('answers 401 without a key on every protected route, however its path is spelled', async () => {
    const routes = h.tariff.app.registeredRoutes.filter((r) => !r.policy.public);
    let requests = 0;
    const failures: string[] = [];
    for (const route of routes) {
      const { routed, others } = spellings(concrete(route.url));
      for (const url of routed) {
        for (const headers of [{}, { authorization: 'Bearer ' }, { authorization: 'Basic Og==' }]) {
          const res = await h.api.raw({ method: route.method as 'GET', url, headers });
          requests++;
          if (res.statusCode !== 401)
            failures.push(`${route.method} ${url} ${JSON.stringify(headers)} → ${res.statusCode}`);
        }
      }
      for (const url of others) {
        const res = await h.api.raw({ method: route.method as 'GET', url });
        requests++;
        if (![400, 401, 404].includes(res.statusCode))
          failures.push(`${route.method} ${url} → ${res.statusCode}`);
      }
    }
    process.stdout.write(
      `route enumeration (${kind}): ${routes.length} protected routes, ${requests} requests without a key\n`,
    );
    expect(failures).toEqual([]);
  });

  it('refuses the finding: /%761/customers and POST /%761/api_keys without a key', async () => {
    const list = await h.api.raw({ method: 'GET', url: '/%761/customers' });
    expect(list.statusCode).toBe(401);
    const mint = await h.api.raw({
      method: 'POST',
      url: '/%761/api_keys',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'mine' }),
    });
    expect(mint.statusCode).toBe(401);
    expect((await h.tariff.services.keys.list()).some((k) => k.name === 'mine')).toBe(false);
  });

  it('answers 401 with a wrong key and never echoes it', async () => {
    const res = await h.api.raw({
      method: 'GET',
      url: '/v1/customers',
      headers: { authorization: 'Bearer sk_live_wrongwrongwrongwrongwrong' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthorized');
    expect(res.body).not.toContain('wrongwrong');
  });

  it('serves public routes without a key', async () => {
    for (const url of ['/health', '/openapi.json', '/docs/']) {
      const res = await h.api.raw({ method: 'GET', url });
      expect(res.statusCode, url).toBeLessThan(400);
    }
    // The console's files are public (200, or 503 while the console is not built): never 401.
    expect((await h.api.raw({ method: 'GET', url: '/console/' })).statusCode).not.toBe(401);
  });
});
