import { describe, expect, it } from 'vitest';
import { useTariff } from '../../testing/harness.js';
import { TAGS } from './tags.js';

type Operation = {
  operationId?: string;
  summary?: string;
  tags?: string[];
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

describe('the OpenAPI document', () => {
  const h = useTariff('pglite');

  function operations() {
    const doc = h.tariff.app.swagger() as { paths: Record<string, Record<string, Operation>> };
    return Object.entries(doc.paths).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m]).map((method) => ({ path, method, op: item[method] as Operation })),
    );
  }

  /** What an operation lacks; empty when it is complete. */
  function gaps({ method, op }: { method: string; op: Operation }): string[] {
    const out: string[] = [];
    if (!op.operationId) out.push('operationId');
    if (!op.summary) out.push('summary');
    if (!op.tags?.length) out.push('tags');
    const statuses = Object.keys(op.responses ?? {});
    const success = statuses.filter((s) => s.startsWith('2'));
    if (success.length === 0) out.push('a success response');
    for (const s of ['400', '429', '500', ...(method === 'post' ? ['409'] : [])]) {
      if (!statuses.includes(s)) out.push(`response ${s}`);
    }
    for (const s of success) {
      const content = op.responses?.[s]?.content;
      if (s !== '204' && (!content || Object.values(content).some((c) => !c.schema)))
        out.push(`schema for ${s}`);
    }
    return out;
  }

  it('gives every operation an operationId, a summary, tags and a schema for each answer', () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThan(130);
    const incomplete = ops
      .map((o) => ({ at: `${o.method.toUpperCase()} ${o.path}`, lacks: gaps(o) }))
      .filter((o) => o.lacks.length > 0);
    expect(incomplete).toEqual([]);
  });

  it('has unique operationIds in the resource.verb style', () => {
    const ids = operations().flatMap((o) => (o.op.operationId ? [o.op.operationId] : []));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/);
  });

  it('declares every tag it uses, with a description', () => {
    const declared = new Set<string>(TAGS.map((t) => t.name));
    const used = new Set(operations().flatMap((o) => o.op.tags ?? []));
    expect([...used].filter((t) => !declared.has(t))).toEqual([]);
    for (const t of TAGS) expect(t.description.length).toBeGreaterThan(10);
  });

  it('documents every route but the console, the reference pages and the metrics scrape', () => {
    const documented = new Set(operations().map((o) => `${o.method.toUpperCase()} ${o.path}`));
    const missing = h.tariff.app.registeredRoutes
      .filter((r) => !['HEAD', 'OPTIONS'].includes(r.method))
      .filter((r) => !/^\/(console|docs)(\/|$)|^\/metrics$/.test(r.url))
      .map((r) => `${r.method} ${r.url.replace(/:([A-Za-z_]+)/g, '{$1}')}`)
      .filter((r) => !documented.has(r));
    expect(missing).toEqual([]);
  });
});
