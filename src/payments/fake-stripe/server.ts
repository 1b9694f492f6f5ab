import { createHash, createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import qs from 'qs';
import { StripeFakeError } from './errors.js';
import { FakeStripeState } from './resources.js';

export interface FakeRequest {
  readonly method: string;
  readonly path: string;
  readonly idempotencyKey: string | undefined;
  readonly params: Record<string, unknown>;
}

/**
 * A Stripe API stand-in for tests: a real HTTP server that the official `stripe` client talks to
 * (form-encoded bodies, Bearer secret key, `Idempotency-Key`), answering in Stripe's shapes and
 * refusing what Stripe refuses. It also sends webhooks signed as Stripe signs them.
 */
export interface FakeStripe {
  readonly url: string;
  readonly port: number;
  readonly secretKey: string;
  readonly webhookSecret: string;
  readonly state: FakeStripeState;
  readonly requests: FakeRequest[];
  /** Makes every API call fail with 500 until called with false (an outage). */
  setDown(down: boolean): void;
  /** An event as Stripe would POST it: the raw payload and its `Stripe-Signature` header. */
  signedEvent(
    type: string,
    object: unknown,
    options?: { id?: string; secret?: string },
  ): { eventId: string; payload: string; signature: string };
  close(): Promise<void>;
}

interface StoredAnswer {
  readonly fingerprint: string;
  readonly status: number;
  readonly body: unknown;
}

type Route = (params: Record<string, unknown>, id: string) => unknown;

export async function startFakeStripe(): Promise<FakeStripe> {
  const secretKey = `sk_test_fake_${randomBytes(8).toString('hex')}`;
  const webhookSecret = `whsec_fake_${randomBytes(16).toString('hex')}`;
  const requests: FakeRequest[] = [];
  const idempotency = new Map<string, StoredAnswer>();
  let down = false;
  let state: FakeStripeState | undefined;

  const routes: Record<string, Route> = {
    'POST /v1/customers': (p) => state?.createCustomer(p),
    'GET /v1/customers/:id': (_, id) => state?.customer(id),
    'POST /v1/customers/:id': (p, id) => state?.updateCustomer(id, p),
    'DELETE /v1/customers/:id': (_, id) => state?.deleteCustomer(id),
    'POST /v1/invoices': (p) => state?.createInvoice(p),
    'GET /v1/invoices/:id': (_, id) => state?.invoice(id),
    'POST /v1/invoices/:id/finalize': (_, id) => state?.finalizeInvoice(id),
    'POST /v1/invoices/:id/void': (_, id) => state?.voidInvoice(id),
    'POST /v1/invoices/:id/pay': (_, id) => state?.payInvoice(id),
    'POST /v1/invoiceitems': (p) => state?.createInvoiceItem(p),
  };

  function route(method: string, path: string): { handler: Route; id: string } | undefined {
    const match = /^\/v1\/(customers|invoices|invoiceitems)(?:\/([^/]+))?(\/finalize|\/void|\/pay)?$/.exec(
      path,
    );
    if (!match) return undefined;
    const [, resource, id, action] = match;
    const key = `${method} /v1/${resource}${id ? '/:id' : ''}${action ?? ''}`;
    const handler = routes[key];
    return handler ? { handler, id: id ?? '' } : undefined;
  }

  function answer(res: ServerResponse, status: number, body: unknown, replayed = false) {
    res.writeHead(status, {
      'content-type': 'application/json',
      'request-id': `req_${randomBytes(6).toString('hex')}`,
      ...(replayed ? { 'idempotent-replayed': 'true' } : {}),
    });
    res.end(JSON.stringify(body));
  }

  function handle(req: IncomingMessage, res: ServerResponse, raw: string) {
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    const params = (method === 'GET' ? qs.parse(url.search.slice(1)) : qs.parse(raw)) as Record<
      string,
      unknown
    >;
    const key = req.headers['idempotency-key'] as string | undefined;
    requests.push({ method, path: url.pathname, idempotencyKey: key, params });
    if (down)
      return answer(res, 500, { error: { type: 'api_error', message: 'Stripe is having a bad day.' } });
    if (req.headers.authorization !== `Bearer ${secretKey}`)
      return answer(
        res,
        401,
        new StripeFakeError(401, 'authentication_error', 'Invalid API Key provided.').body(),
      );
    const found = route(method, url.pathname);
    if (!found)
      return answer(res, 404, {
        error: {
          type: 'invalid_request_error',
          message: `Unrecognized request URL (${method}: ${url.pathname}).`,
        },
      });
    const fingerprint = createHash('sha256').update(`${method} ${url.pathname} ${raw}`).digest('hex');
    if (method === 'POST' && key) {
      const stored = idempotency.get(key);
      if (stored && stored.fingerprint !== fingerprint) {
        const error = new StripeFakeError(
          400,
          'idempotency_error',
          `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
        );
        return answer(res, 400, error.body());
      }
      if (stored) return answer(res, stored.status, stored.body, true);
    }
    let status = 200;
    let body: unknown;
    try {
      body = structuredClone(found.handler(params, found.id));
    } catch (error) {
      if (!(error instanceof StripeFakeError)) throw error;
      status = error.status;
      body = error.body();
    }
    // Stripe stores the answer of a keyed request, errors included (but not 500s).
    if (method === 'POST' && key) idempotency.set(key, { fingerprint, status, body });
    return answer(res, status, body);
  }

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  state = new FakeStripeState(`${url}/hosted`);
  const fakeState = state;

  return {
    url,
    port,
    secretKey,
    webhookSecret,
    state: fakeState,
    requests,
    setDown(next) {
      down = next;
    },
    signedEvent(type, object, options = {}) {
      const eventId = options.id ?? `evt_${randomBytes(12).toString('base64url')}`;
      const payload = JSON.stringify({
        id: eventId,
        object: 'event',
        api_version: '2026-10-28.endive',
        created: Math.floor(Date.now() / 1000),
        data: { object },
        livemode: false,
        pending_webhooks: 1,
        request: { id: null, idempotency_key: null },
        type,
      });
      // Stripe's scheme: HMAC-SHA256 of "<t>.<payload>" with the endpoint's signing secret.
      const t = Math.floor(Date.now() / 1000);
      const v1 = createHmac('sha256', options.secret ?? webhookSecret)
        .update(`${t}.${payload}`)
        .digest('hex');
      return { eventId, payload, signature: `t=${t},v1=${v1}` };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
