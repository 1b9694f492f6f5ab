import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpSender } from '../webhooks/sender.js';
import { blockedReason, guardedLookup, outboundPolicy } from './outbound.js';

// Only 127.0.0.1 is ever connected to here: every other address is judged by the check alone,
// which must refuse before any socket opens.
describe('outbound policy', () => {
  const strict = outboundPolicy({ allowPrivate: false }, {});
  const hits: string[] = [];
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      if (req.url === '/redirect') {
        res.writeHead(302, { location: `${base}/elsewhere` });
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(req.url === '/big' ? 'x'.repeat(100_000) : 'ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );

  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['fc00::1', 'private'],
    ['fd12:3456::1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['100.64.0.1', 'shared (CGNAT)'],
    ['100.127.255.254', 'shared (CGNAT)'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['0:0:0:0:0:ffff:a9fe:a9fe', 'link-local'],
    ['::ffff:10.0.0.1', 'private'],
    ['::127.0.0.1', 'loopback'],
    ['64:ff9b::a9fe:a9fe', 'link-local'],
    ['2002:7f00:1::', 'loopback'],
    ['224.0.0.1', 'multicast'],
  ])('refuses %s (%s)', (address, reason) => {
    expect(blockedReason(address)).toBe(reason);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    'lets the public address %s through',
    (address) => {
      expect(blockedReason(address)).toBeUndefined();
    },
  );

  it.each([
    ['http://127.0.0.1:8080/hook', /loopback address \(127\.0\.0\.1\)/],
    ['http://2130706433/', /loopback address \(127\.0\.0\.1\)/],
    ['http://0177.0.0.1/', /loopback/],
    ['http://0x7f.0.0.1/', /loopback/],
    ['http://0x7f000001/', /loopback/],
    ['http://127.1/', /loopback/],
    ['http://[::1]:4000/', /loopback/],
    ['http://[::ffff:127.0.0.1]/', /loopback/],
    ['http://169.254.169.254/latest/meta-data/', /link-local/],
    ['http://10.0.0.1/', /private/],
    ['https://100.64.0.1/', /CGNAT/],
    ['http://0.0.0.0:4000/', /unspecified/],
    ['http://localhost:4000/', /loopback/],
    ['http://api.localhost/', /loopback/],
    ['ftp://example.com/', /http or https/],
    ['file:///etc/passwd', /http or https/],
    ['https://user:pass@example.com/', /credentials/],
    ['not a url', /valid URL/],
  ])('refuses the URL %s', (url, message) => {
    expect(strict.urlRefusal(url)).toMatch(message);
  });

  it('accepts public names and, when allowed, internal targets (never other schemes or credentials)', () => {
    expect(strict.urlRefusal('https://hooks.example.com/tariff')).toBeUndefined();
    const allowed = outboundPolicy({ allowPrivate: true }, {});
    expect(allowed.urlRefusal('http://127.0.0.1:8080/')).toBeUndefined();
    expect(allowed.urlRefusal('ftp://127.0.0.1/')).toMatch(/http or https/);
    expect(allowed.urlRefusal('http://a:b@127.0.0.1/')).toMatch(/credentials/);
  });

  it('reads the allowance from TARIFF_OUTBOUND_ALLOW_PRIVATE; an explicit option wins', () => {
    expect(outboundPolicy({}, {}).allowPrivate).toBe(false);
    expect(outboundPolicy({}, { TARIFF_OUTBOUND_ALLOW_PRIVATE: '1' }).allowPrivate).toBe(true);
    expect(outboundPolicy({ allowPrivate: false }, { TARIFF_OUTBOUND_ALLOW_PRIVATE: '1' }).allowPrivate).toBe(
      false,
    );
  });

  it('refuses at connection time: a request to a local server never reaches it', async () => {
    hits.length = 0;
    const error = await new Promise<Error>((resolve, reject) => {
      const req = request(`${base}/direct`, { agent: strict.httpAgent }, () =>
        reject(new Error('connected')),
      );
      req.on('error', resolve);
      req.end();
    });
    expect(error.message).toMatch(/Refused to connect to 127\.0\.0\.1 \(loopback address\)/);
    expect(hits).toEqual([]);
  });

  it('refuses a name whose resolved address is internal, inside the lookup itself', async () => {
    const error = await new Promise<Error | null>((resolve) =>
      guardedLookup('localhost', { all: true }, (err: Error | null) => resolve(err)),
    );
    expect(error?.message).toMatch(/Refused to connect to localhost \((127\.0\.0\.1|::1)\)/);
  });

  it('webhook sender: refused with a clear error, nothing sent', async () => {
    hits.length = 0;
    const result = await createHttpSender(strict)({
      url: `${base}/hook`,
      secret: 'whsec_x',
      body: '{}',
      eventId: 'evt_1',
      eventType: 'customer.created',
    });
    expect(result.statusCode).toBeNull();
    expect(result.error).toMatch(
      /Refused to connect to 127\.0\.0\.1 \(loopback address\).*TARIFF_OUTBOUND_ALLOW_PRIVATE=1/,
    );
    expect(hits).toEqual([]);
  });

  it('webhook sender: keeps 512 bytes of the answer and never follows a redirect', async () => {
    const send = createHttpSender(outboundPolicy({ allowPrivate: true }, {}));
    const request = { secret: 'whsec_x', body: '{}', eventId: 'evt_1', eventType: 'customer.created' };
    hits.length = 0;
    const big = await send({ ...request, url: `${base}/big` });
    expect(big.statusCode).toBe(200);
    expect(big.responseBody).toBe('x'.repeat(512));
    const moved = await send({ ...request, url: `${base}/redirect` });
    expect(moved.statusCode).toBe(302);
    expect(hits).toEqual(['/big', '/redirect']);
  });
});
