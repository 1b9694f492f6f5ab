import type { FastifyInstance, FastifyReply } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Helmet's headers, computed once. `@fastify/helmet` builds a new helmet middleware on every
 * request, which re-validates and re-serializes the content security policy each time (about 6 %
 * of the server's CPU on single meter events). Every directive here is a constant string, so the
 * headers are the same for every request: helmet runs once against a recording response, and each
 * request gets the recorded headers. Same names, same values, same hook (onRequest, so errors and
 * 404s carry them too).
 */
export function staticSecurityHeaders(options: Readonly<HelmetOptions>): ReadonlyArray<[string, string]> {
  const headers: Array<[string, string]> = [];
  const recorder = {
    setHeader: (name: string, value: string | number) => headers.push([name, String(value)]),
    // helmet removes X-Powered-By, which Node's http server never sets.
    removeHeader: () => {},
  };
  helmet(options)({} as never, recorder as never, (error?: unknown) => {
    if (error) throw error;
  });
  return headers;
}

/** Sets the headers on one answer (into Fastify's header object: see registerSecurityHeaders). */
export function securityHeaderSetter(options: Readonly<HelmetOptions>): (reply: FastifyReply) => void {
  const headers = staticSecurityHeaders(options).map(([name, value]) => [name.toLowerCase(), value] as const);
  return (reply) => {
    for (const [name, value] of headers) reply.header(name, value);
  };
}

/**
 * Into Fastify's own header object, not `reply.raw.setHeader`: a header set on the raw response
 * sends Node's writeHead down its merge path, which validates every header of the answer a
 * second time (about 5 % of the server's CPU on single meter events). Register it as the first
 * onRequest hook, so that a refusal by a later hook carries the headers too.
 */
export function registerSecurityHeaders(app: FastifyInstance, set: (reply: FastifyReply) => void): void {
  app.addHook('onRequest', (_request, reply, done) => {
    set(reply);
    done();
  });
}
