import type { FastifyInstance } from 'fastify';

/** Methods whose missing or empty body means "no parameters": an action (POST) or a DELETE. */
const EMPTY_IS_OBJECT = new Set(['POST', 'DELETE']);

/**
 * An empty body on a POST or a DELETE is `{}`, in one place, for every route. Clients send
 * actions with nothing to say without a body (the console's "Mark paid", curl's `-X POST`), often
 * with `content-type: application/json` anyway (the FAQ's DELETE). Without this, the first case
 * failed the body schema ("must be object") and the second was `400 invalid_json`. A body that is
 * there is parsed exactly as before (Fastify's own JSON parser: prototype poisoning refused, the
 * body limit kept); PUT and PATCH still need a body.
 */
export function registerEmptyBodies(app: FastifyInstance): void {
  const json = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string; // parseAs: 'string'
    if (EMPTY_IS_OBJECT.has(request.method) && text.trim() === '') return done(null, {});
    return json(request, text, done);
  });
  app.addHook('preValidation', (request, _reply, done) => {
    if (request.body === undefined && EMPTY_IS_OBJECT.has(request.method)) request.body = {};
    done();
  });
}
