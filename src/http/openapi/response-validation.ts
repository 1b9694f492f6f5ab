import { isDeepStrictEqual } from 'node:util';
import type { ValidateFunction } from 'ajv';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../../shared/errors/index.js';
import { makeAjv } from '../validation.js';
import { ErrorBodySchema } from './error-body.js';

type Schema = Record<string, unknown>;

/** Shared schemas a response schema may point at (`$ref: 'ErrorBody#'`). */
const SHARED: Record<string, Schema> = { ErrorBody: ErrorBodySchema as unknown as Schema };

/**
 * The schema as a closed one: every object that declares properties and says nothing about others
 * refuses them. Fastify's serialiser silently drops a field the schema does not declare, so an
 * open schema would let an answer lose data without anyone noticing; closed, the field fails the
 * check instead. Members of an `allOf` stay open (closing them would refuse each other's fields).
 */
export function closed(schema: unknown, inAllOf = false): unknown {
  if (Array.isArray(schema)) return schema.map((s) => closed(s, inAllOf));
  if (schema === null || typeof schema !== 'object') return schema;
  const node = schema as Schema;
  const ref = typeof node.$ref === 'string' ? SHARED[node.$ref.replace(/#$/, '')] : undefined;
  if (ref) return closed(ref);
  const out: Schema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$id') continue;
    if (key === 'properties' || key === 'patternProperties' || key === '$defs') {
      out[key] = Object.fromEntries(Object.entries(value as Schema).map(([k, v]) => [k, closed(v)]));
    } else if (key === 'examples' || key === 'default' || key === 'const' || key === 'enum') {
      out[key] = value;
    } else out[key] = closed(value, key === 'allOf');
  }
  if (!inAllOf && out.properties && out.additionalProperties === undefined && !out.patternProperties) {
    out.additionalProperties = false;
  }
  return out;
}

/** The JSON schema a route declared for a status: exact status, then `4xx`, then `default`. */
function declaredFor(response: Schema, status: number): { schema: Schema | null } | undefined {
  const entry = (response[String(status)] ??
    response[`${String(status)[0]}xx`] ??
    response[`${String(status)[0]}XX`] ??
    response.default) as Schema | undefined;
  if (entry === undefined) return undefined;
  const content = entry.content as Record<string, { schema?: Schema }> | undefined;
  if (!content) return { schema: entry };
  const json = Object.entries(content).find(([type]) => type.includes('json'));
  return { schema: json?.[1].schema ?? null };
}

// No defaults: a field the handler left out must fail, not be filled in by the check.
const ajv = makeAjv(false, { useDefaults: false });
const compiled = new WeakMap<object, ValidateFunction>();

function validatorFor(schema: Schema): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(closed(schema) as Schema);
    compiled.set(schema, validate);
  }
  return validate;
}

/** Why `body` (as it goes on the wire) is not an answer the route declared, or null. */
export function responseProblem(response: Schema, status: number, body: unknown): string | null {
  const declared = declaredFor(response, status);
  if (!declared) return `status ${status} is not declared`;
  if (!declared.schema) return `status ${status} declares no JSON answer`;
  const validate = validatorFor(declared.schema);
  if (validate(body)) return null;
  return (validate.errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`)
    .join('; ');
}

const onWire = new WeakMap<FastifyReply, unknown>();

function fail(request: FastifyRequest, reply: FastifyReply, problem: string) {
  const where = `${request.method} ${request.routeOptions.url} → ${reply.statusCode}`;
  const message = `The answer does not match its declared schema (${where}): ${problem}`;
  request.log.error({ problem, route: where }, 'response does not match its schema');
  // Loud in tests, whose logger is silent: vitest shows stderr beside the failing test.
  process.stderr.write(`tariff: ${message}\n`);
  reply.code(500);
  return new ApiError('internal_error', message).toBody();
}

/**
 * Checks every JSON answer of a route that declares its answers against the schema declared for
 * its status (closed: an undeclared field is an error), and that Fastify's serialiser put exactly
 * that on the wire. A mismatch becomes a 500 with the reason, logged. On in the tests (vitest's
 * config sets TARIFF_VALIDATE_RESPONSES=1) so the whole suite checks the document; off in
 * production, where the serialiser's output is what the document says anyway.
 */
export function registerResponseValidation(app: FastifyInstance): void {
  app.addHook('preSerialization', async (request, reply, payload) => {
    const response = request.routeOptions.schema?.response as Schema | undefined;
    if (!response || payload === null || typeof payload !== 'object') return payload;
    const wire: unknown = JSON.parse(JSON.stringify(payload));
    const problem = responseProblem(response, reply.statusCode, wire);
    if (problem) return fail(request, reply, problem);
    onWire.set(reply, wire);
    return payload;
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const expected = onWire.get(reply);
    if (expected === undefined || typeof payload !== 'string') return payload;
    onWire.delete(reply);
    if (isDeepStrictEqual(JSON.parse(payload), expected)) return payload;
    return JSON.stringify(
      fail(request, reply, 'the serialiser changed the answer (a field the schema types differently?)'),
    );
  });
}

/** TARIFF_VALIDATE_RESPONSES=1 turns the check on. */
export function responseValidationFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.TARIFF_VALIDATE_RESPONSES === '1' || env.TARIFF_VALIDATE_RESPONSES === 'true';
}
