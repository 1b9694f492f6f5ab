/**
 * The layering of Tariff, bottom first. A file may import files of its own unit and of any unit
 * listed BEFORE its own; importing a unit listed after it is an upward import, and
 * `layering.test.ts` fails on it. Units on one line of this list are not siblings: the order is
 * total, so two slices may not import each other in both directions.
 *
 * A file belongs to the first unit whose pattern matches its path (a pattern ending in `/` is a
 * folder prefix; `*` stands for one path segment's worth of characters without `/`; `**` for any).
 * Test code (tests, fixtures, the harness, benches) sits above everything and is not checked for
 * direction, only for cycles.
 */
export interface Unit {
  /** Shown in violations; units with the same slice share its tables. */
  readonly name: string;
  /** The slice whose tables this unit may name (its own `tables.ts`). */
  readonly slice?: string;
  readonly paths: readonly string[];
}

/** Files that exist only for tests: never checked for direction, always for cycles. */
export const TEST_CODE: readonly string[] = [
  '**/*.test.ts',
  '**/*fixture*.ts',
  '**/*fixtures.ts',
  '**/test-support.ts',
  '**/test-billing.ts',
  '**/test-receiver.ts',
  '**/*-conformance.ts',
  'src/testing/',
  'src/payments/fake-stripe/',
  'test/',
  'bench/',
];

/** A slice's HTTP edge: its routes are registered by the composition root and may call down anywhere. */
const ROUTE_FILES = (slice: string) => [
  `src/${slice}/**routes.ts`,
  `src/${slice}/**/routes.ts`,
  // A Fastify plugin that registers the slice's routes.
  `src/${slice}/plugin.ts`,
];

/**
 * Domain slices, in dependency order: each may call the services (or subscribe to the hooks) of
 * those before it. Derived from the imports the services really need, e.g. subscriptions build
 * on invoicing (they create invoices), credits plug into invoicing through the hooks invoicing
 * declares, revenue reads credits' ledger and subscriptions' schedules.
 */
export const SLICES: readonly string[] = [
  'auth',
  'webhooks',
  'account',
  'customers',
  'test-clocks',
  'tax',
  'discounts',
  'balance',
  'metering',
  'ingest-log',
  'catalog',
  'invoicing',
  'credits',
  'subscriptions',
  'alerts',
  'entitlements',
  'revenue',
  'payments',
  'documents',
  'metrics',
  'console-server',
];

export const UNITS: readonly Unit[] = [
  { name: 'core/money', paths: ['src/core/money/'] },
  { name: 'core/time', paths: ['src/core/time/'] },
  { name: 'core/pricing', paths: ['src/core/pricing/'] },
  { name: 'core/billing', paths: ['src/core/billing/'] },
  { name: 'core/credits', paths: ['src/core/credits/'] },
  { name: 'core/revenue', paths: ['src/core/revenue/'] },
  // ids, error codes, permissions and the request context: no storage.
  { name: 'shared', paths: ['src/shared/'], slice: 'shared' },
  { name: 'db', paths: ['src/db/'] },
  // What every service is built from (storage, clock, log): it names the store, so it sits above it.
  { name: 'service-context', paths: ['src/shared/context.ts'] },
  // Infrastructure every slice may use: the job loop, secrets and outbound calls, the audit
  // trigger (migrations attach it), and the TypeBox vocabulary that input types are written in.
  { name: 'worker', paths: ['src/worker/'] },
  { name: 'security', paths: ['src/security/'] },
  { name: 'audit', paths: ['src/audit/migrations.ts', 'src/audit/tables.ts'], slice: 'audit' },
  // Request and response schemas are written in this vocabulary (TypeBox helpers, OpenAPI
  // fragments, the Ajv setup): services take the static types of their slice's schemas.
  {
    name: 'http-base',
    paths: [
      'src/http/schemas.ts',
      'src/http/tables.ts',
      'src/http/migrations.ts',
      'src/http/pagination.ts',
      'src/http/validation.ts',
      'src/http/formats.ts',
      'src/http/openapi/',
    ],
    slice: 'http',
  },
  ...SLICES.map((slice) => ({ name: slice, slice, paths: [`src/${slice}/`] })),
  { name: 'audit-service', slice: 'audit', paths: ['src/audit/'] },
  // The edge: HTTP server and every slice's routes.
  { name: 'http', paths: ['src/http/'], slice: 'http' },
  ...SLICES.map((slice) => ({ name: `${slice} (routes)`, slice, paths: ROUTE_FILES(slice) })),
  { name: 'audit (routes)', slice: 'audit', paths: ROUTE_FILES('audit') },
  // The composition root wires every service, route and job by hand; the demo and the CLI use it.
  { name: 'app', paths: ['src/app/'] },
  { name: 'demo', paths: ['src/demo/', 'src/*/demo.ts'] },
  // A slice's own commands (`src/<slice>/cli.ts`) sit with the CLI.
  { name: 'cli', paths: ['src/cli/', 'src/*/cli.ts'] },
];

export function matches(pattern: string, path: string): boolean {
  if (pattern.endsWith('/')) return path.startsWith(pattern);
  const regex = pattern
    .split(/(\*\*\/|\*\*|\*)/)
    .map((part) => {
      if (part === '**/') return '(?:.*/)?';
      if (part === '**') return '.*';
      if (part === '*') return '[^/]*';
      return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${regex}$`).test(path);
}

export function isTestCode(path: string, testCode: readonly string[] = TEST_CODE): boolean {
  return testCode.some((pattern) => matches(pattern, path));
}

/**
 * The unit a file belongs to and its rank (its index in `units`), or undefined for files outside
 * the layering. A file pattern (`src/shared/context.ts`, a slice's `demo.ts` or route files)
 * beats a folder; of two folders the deeper one wins.
 */
export function unitOf(
  path: string,
  units: readonly Unit[] = UNITS,
): { unit: Unit; rank: number } | undefined {
  let best: { unit: Unit; rank: number; score: number } | undefined;
  units.forEach((unit, rank) => {
    for (const pattern of unit.paths) {
      if (!matches(pattern, path)) continue;
      const score = pattern.endsWith('/') ? pattern.length : 10_000;
      if (best === undefined || score > best.score) best = { unit, rank, score };
    }
  });
  return best && { unit: best.unit, rank: best.rank };
}
