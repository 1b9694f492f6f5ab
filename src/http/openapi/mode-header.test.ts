import { describe, expect, it } from 'vitest';
import { useTariff } from '../../testing/harness.js';

type Op = {
  security?: unknown[];
  parameters?: { $ref?: string }[];
  responses?: Record<string, { headers?: Record<string, { $ref?: string }> }>;
};

describe('the Tariff-Mode header in the OpenAPI document', () => {
  const h = useTariff('pglite');

  it('is declared once and referenced by every keyed operation, with the tariff-mode answer header', () => {
    const doc = h.tariff.app.swagger() as {
      components: { parameters: Record<string, any>; headers: Record<string, any> };
      paths: Record<string, Record<string, Op>>;
    };
    expect(doc.components.parameters.TariffMode).toMatchObject({
      name: 'Tariff-Mode',
      in: 'header',
      required: false,
      schema: { enum: ['live', 'test'] },
    });
    expect(doc.components.headers.TariffMode.schema.enum).toEqual(['live', 'test']);
    const ops = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ at: `${method} ${path}`, op })),
    );
    const keyed = ops.filter(({ op }) => !(Array.isArray(op.security) && op.security.length === 0));
    expect(keyed.length).toBeGreaterThan(130);
    const ref = '#/components/parameters/TariffMode';
    const lacking = keyed.filter(({ op }) => op.parameters?.filter((p) => p.$ref === ref).length !== 1);
    expect(lacking.map((o) => o.at)).toEqual([]);
    const answerLacking = keyed.filter(
      ({ op }) =>
        op.responses?.['200'] &&
        op.responses['200'].headers?.['Tariff-Mode']?.$ref !== '#/components/headers/TariffMode',
    );
    expect(answerLacking.map((o) => o.at)).toEqual([]);
    // Public operations (no key) have no mode.
    const open = ops.filter(({ op }) => Array.isArray(op.security) && op.security.length === 0);
    expect(open.length).toBeGreaterThan(0);
    expect(open.filter(({ op }) => op.parameters?.some((p) => p.$ref === ref))).toEqual([]);
  });

  it('serves it in /openapi.json too', async () => {
    const res = await h.api.get('/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.paths['/v1/customers'].get.parameters).toContainEqual({
      $ref: '#/components/parameters/TariffMode',
    });
  });
});
