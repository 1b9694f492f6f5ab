import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../shared/errors/index.js';
import { toApiError } from './error-handler.js';
import { paramName } from './validation.js';

/**
 * Input hygiene in one place: strings PostgreSQL cannot store. A `text` or `jsonb` value cannot
 * hold NUL (U+0000), and an unpaired UTF-16 surrogate is not valid UTF-8, so `pg` turns it into
 * U+FFFD (silently changing the value) or the insert fails with a 500. JSON.parse produces both
 * from `"\u0000"` and `"\ud800"`, so every request is checked before validation, and refused with
 * the offending field named the way Stripe names it (`metadata[key]`, `events[0][identifier]`).
 */

// With the u flag a paired surrogate is one code point, so \p{Cs} matches only unpaired halves.
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what this refuses.
const UNSTORABLE = /[\u0000\p{Cs}]/u;

export function isUnstorable(text: string): boolean {
  return UNSTORABLE.test(text);
}

/** Lets a bad key be named in the message without echoing the bad characters back. */
const printable = (text: string) =>
  text.replaceAll('\u0000', '\\u0000').replace(/\p{Cs}/gu, (c) => `\\u${c.charCodeAt(0).toString(16)}`);

/**
 * The path of the first unstorable string or object key in `value`, or undefined. Iterative, so a
 * body nested 100,000 deep cannot overflow the stack here. The items of the top-level array
 * `perItem` are left to the route.
 */
export function findUnstorable(value: unknown, perItem?: string): string[] | undefined {
  // Each entry links to its parent, so a deep body costs O(n), not a copied path per level.
  type At = { key: string; up: At } | null;
  const pathOf = (at: At) => {
    const path: string[] = [];
    for (let a = at; a; a = a.up) path.push(a.key);
    return path.reverse();
  };
  const stack: [unknown, At][] = [[value, null]];
  while (stack.length > 0) {
    const [node, at] = stack.pop() as [unknown, At];
    if (typeof node === 'string') {
      if (isUnstorable(node)) return pathOf(at);
    } else if (Array.isArray(node)) {
      if (perItem !== undefined && at?.key === perItem && at.up === null) continue;
      for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], { key: String(i), up: at }]);
    } else if (node !== null && typeof node === 'object' && !Buffer.isBuffer(node)) {
      for (const [key, child] of Object.entries(node)) {
        const here = { key, up: at };
        if (isUnstorable(key)) return pathOf(here);
        stack.push([child, here]);
      }
    }
  }
  return undefined;
}

/**
 * Bodies whose items a route refuses one by one: a batch of meter events answers 200 with the bad
 * event `rejected` and the others accepted (docs/metering.md), so the hook leaves them to it.
 */
const PER_ITEM: Readonly<Record<string, string>> = { 'POST /v1/meter_events/batch': 'events' };

function refuse(path: string[], part: 'body' | 'query' | 'path'): ApiError {
  const param = paramName(path.map(printable));
  const where = part === 'body' ? '' : ` in the ${part}`;
  const subject = param ? `Invalid ${param}${where}` : `Invalid request ${part}`;
  return new ApiError(
    'parameter_invalid',
    `${subject}: text may not contain NUL (U+0000) or an unpaired UTF-16 surrogate.`,
    param ? { param } : {},
  );
}

/** The refusal of a raw path that must decode (`%zz`, a lone `%`), must not hold NUL (`%00`) or a `..` segment: 400, never 500. */
function checkRawPath(request: FastifyRequest): ApiError | undefined {
  const raw = request.raw.url ?? '';
  const q = raw.indexOf('?');
  const path = q === -1 ? raw : raw.slice(0, q);
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return new ApiError('parameter_invalid', 'The URL path is not valid percent-encoding.');
  }
  if (isUnstorable(decoded)) {
    return new ApiError(
      'parameter_invalid',
      'The URL path may not contain NUL (%00) or an unpaired surrogate.',
    );
  }
  // A `..` segment, however encoded (`%2e%2e`, `..%2f`, `..%5c`), is only ever a traversal attempt
  // at the static files under /console and /docs/static; no id or name is `..`.
  if (decoded.split(/[/\\]/).includes('..')) {
    return new ApiError('parameter_invalid', "The URL path may not contain a '..' segment.");
  }
  return undefined;
}

/**
 * Fastify's `frameworkErrors` option: the router refuses a path it cannot percent-decode (`%zz`, a
 * lone `%`, `%ED%A0%80`, a lone surrogate) before any hook runs, with a body of its own shape. This
 * gives it ours. It is a constructor option, so buildHttpServer must pass it (`frameworkErrors`).
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  const apiError =
    error.code === 'FST_ERR_BAD_URL' || error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? new ApiError('parameter_invalid', 'The URL path is not valid percent-encoded UTF-8 or is too long.')
      : toApiError(error);
  return reply.code(apiError.status).send(apiError.toBody());
}

export function registerInputHygiene(app: FastifyInstance): void {
  // onRequest: before the router's wildcard handlers (static files) see a path they cannot open.
  // Callback-style, as the hooks below: they run on every request, and none of them waits.
  app.addHook('onRequest', (request, _reply, done) => done(checkRawPath(request)));
  // preValidation: after parsing (so JSON and form bodies are objects), before ajv and before the
  // idempotency claim (preHandler), so a refused request stores nothing.
  app.addHook('preValidation', (request, _reply, done) => {
    const params = findUnstorable(request.params);
    if (params) return done(refuse(params, 'path'));
    const query = findUnstorable(request.query);
    if (query) return done(refuse(query, 'query'));
    const perItem = PER_ITEM[`${request.method} ${request.routeOptions.url}`];
    const body = findUnstorable(request.body, perItem);
    done(body ? refuse(body, 'body') : undefined);
  });
}
