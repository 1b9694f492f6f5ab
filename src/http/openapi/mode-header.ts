/**
 * The `Tariff-Mode` header, declared once as components and referenced by every operation that
 * takes an API key (src/http/auth.ts reads it): a live key may ask for `test` data; a test-mode
 * key may not ask for `live`. Every answer of such an operation says which mode it is from in a
 * `tariff-mode` response header. Public operations (no key) have no mode.
 */
const PARAMETER = {
  name: 'Tariff-Mode',
  in: 'header',
  required: false,
  description:
    "Which data to act on: `live` or `test`. Default: the API key's own mode. A live key may ask for `test` (400 `parameter_invalid` for another value; 403 `permission_denied` for `live` with a test-mode key).",
  schema: { type: 'string', enum: ['live', 'test'] },
};
const HEADER = {
  description: 'The mode (`live` or `test`) the answer is from.',
  schema: { type: 'string', enum: ['live', 'test'] },
};
const PARAMETER_REF = { $ref: '#/components/parameters/TariffMode' };
const HEADER_REF = { $ref: '#/components/headers/TariffMode' };
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

type Operation = {
  security?: unknown[];
  parameters?: unknown[];
  responses?: Record<string, { headers?: Record<string, unknown> }>;
};
type Doc = {
  components?: Record<string, Record<string, unknown> | undefined>;
  paths?: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>>;
};

/** Adds the header to the document (`transformObject` of @fastify/swagger); the input is not changed. */
export function withModeHeader<D extends object>(input: D): D {
  const doc = input as Doc;
  const components = {
    ...doc.components,
    parameters: { ...doc.components?.parameters, TariffMode: PARAMETER },
    headers: { ...doc.components?.headers, TariffMode: HEADER },
  };
  const paths: NonNullable<Doc['paths']> = {};
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    const next: (typeof paths)[string] = { ...item };
    for (const method of METHODS) {
      const op = item[method];
      if (!op || (Array.isArray(op.security) && op.security.length === 0)) continue;
      const responses = Object.fromEntries(
        Object.entries(op.responses ?? {}).map(([status, r]) => [
          status,
          status === '401' ? r : { ...r, headers: { ...r.headers, 'Tariff-Mode': HEADER_REF } },
        ]),
      );
      next[method] = { ...op, parameters: [...(op.parameters ?? []), PARAMETER_REF], responses };
    }
    paths[path] = next;
  }
  return { ...doc, components, paths } as D;
}
