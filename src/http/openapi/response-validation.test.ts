import Fastify from 'fastify';
import { Type } from 'typebox';
import { describe, expect, it } from 'vitest';
import { binary, noContent } from './content.js';
import { ErrorBodyRef, ErrorBodySchema } from './error-body.js';
import { closed, registerResponseValidation } from './response-validation.js';

async function app(validate: boolean) {
  const a = Fastify({ logger: false });
  a.addSchema(ErrorBodySchema);
  if (validate) registerResponseValidation(a);
  const Thing = Type.Object({ id: Type.String(), amount: Type.String() });
  const response = { 200: Thing, 404: ErrorBodyRef };
  a.get('/ok', { schema: { response } }, async () => ({ id: 't_1', amount: '25000' }));
  a.get('/extra', { schema: { response } }, async () => ({ id: 't_1', amount: '1', secret: 'x' }));
  a.get('/number', { schema: { response } }, async () => ({ id: 't_1', amount: 25000 }));
  a.get('/missing', { schema: { response } }, async () => ({ id: 't_1' }));
  a.get('/teapot', { schema: { response: response as Record<string, unknown> } }, async (_q, reply) =>
    reply.code(418).send({ id: 't', amount: '1' }),
  );
  a.get('/not-found', { schema: { response } }, async (_q, reply) =>
    reply
      .code(404)
      .send({ error: { type: 'invalid_request_error', code: 'x_not_found', message: 'No.', param: null } }),
  );
  a.get('/pdf', { schema: { response: { 200: binary('application/pdf', 'A PDF') } } }, async (_q, reply) =>
    reply.type('application/pdf').send(Buffer.from('%PDF-1.7')),
  );
  a.get('/pdf-as-json', { schema: { response: { 200: binary('application/pdf', 'A PDF') } } }, async () => ({
    a: 1,
  }));
  a.get('/empty', { schema: { response: { 204: noContent('Nothing') } } }, async (_q, reply) =>
    reply.code(204).send(),
  );
  a.get('/undeclared', async () => ({ anything: true }));
  return a;
}

describe('response validation', () => {
  it('passes answers that match the declared schema, files and empty answers', async () => {
    const a = await app(true);
    for (const url of ['/ok', '/not-found', '/pdf', '/empty', '/undeclared']) {
      const res = await a.inject({ url });
      expect(res.statusCode, `${url}: ${res.body}`).toBeLessThan(500);
    }
  });

  it.each([
    ['/extra', 'must NOT have additional properties'],
    ['/number', 'must be string'],
    ['/missing', "must have required property 'amount'"],
    ['/teapot', 'status 418 is not declared'],
    ['/pdf-as-json', 'declares no JSON answer'],
  ])('turns %s into a 500 that says why', async (url, why) => {
    const a = await app(true);
    const res = await a.inject({ url });
    expect(res.statusCode).toBe(500);
    expect(res.json().error.code).toBe('internal_error');
    expect(res.json().error.message).toContain(why);
  });

  it('is what stops the serialiser dropping an undeclared field silently', async () => {
    const res = await (await app(false)).inject({ url: '/extra' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id: 't_1', amount: '1' });
  });

  it('closes objects but not allOf members or records', () => {
    const schema = closed({
      type: 'object',
      properties: { a: { type: 'object', properties: {} } },
      allOf: [{ type: 'object', properties: { b: {} } }],
      patternProperties: { '^x': {} },
    }) as Record<string, unknown>;
    expect(schema.additionalProperties).toBeUndefined();
    expect((schema.properties as Record<string, Record<string, unknown>>).a?.additionalProperties).toBe(
      false,
    );
    expect((schema.allOf as Record<string, unknown>[])[0]?.additionalProperties).toBeUndefined();
  });
});
