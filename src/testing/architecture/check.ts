import { importCycles, importEdges, readSources, type SourceFile } from './import-graph.js';
import { isTestCode, TEST_CODE, UNITS, type Unit, unitOf } from './layers.js';
import { tableOwners, tableUses } from './tables.js';

export type Violation =
  | { readonly kind: 'upward'; readonly from: string; readonly to: string; readonly detail: string }
  | { readonly kind: 'cycle'; readonly files: readonly string[] }
  | { readonly kind: 'table'; readonly file: string; readonly table: string; readonly detail: string }
  | { readonly kind: 'unplaced'; readonly file: string };

/** A stable one-line key for a violation: what the allow-list names. */
export function violationKey(v: Violation): string {
  switch (v.kind) {
    case 'upward':
      return `upward ${v.from} -> ${v.to}`;
    case 'cycle':
      return `cycle ${v.files.join(' ')}`;
    case 'table':
      return `table ${v.file} -> ${v.table}`;
    case 'unplaced':
      return `unplaced ${v.file}`;
  }
}

export interface Layering {
  readonly units: readonly Unit[];
  readonly testCode: readonly string[];
}

/**
 * Checks a tree against a layering: upward imports between units, import cycles between files
 * (tests included: a cycle through a fixture still knots the code), and queries that name a table
 * another slice owns. Migrations may name any table (they create and evolve the schema as a whole,
 * in order); the audit slice attaches its trigger to every table by design.
 */
export function checkArchitecture(
  files: readonly SourceFile[],
  layering: Layering = { units: UNITS, testCode: TEST_CODE },
): Violation[] {
  const violations: Violation[] = [];
  const place = (path: string) => unitOf(path, layering.units);
  for (const file of files) {
    if (file.path.startsWith('src/') && !isTestCode(file.path, layering.testCode) && !place(file.path)) {
      violations.push({ kind: 'unplaced', file: file.path });
    }
  }
  const edges = importEdges(files);
  for (const edge of edges) {
    if (isTestCode(edge.from, layering.testCode)) continue;
    const from = place(edge.from);
    const to = place(edge.to);
    if (!from || !to || from.unit === to.unit) continue;
    if (isTestCode(edge.to, layering.testCode) || to.rank > from.rank) {
      const target = isTestCode(edge.to, layering.testCode) ? 'test code' : to.unit.name;
      violations.push({
        kind: 'upward',
        from: edge.from,
        to: edge.to,
        detail: `${from.unit.name} imports ${target}`,
      });
    }
  }
  for (const files of importCycles(edges)) violations.push({ kind: 'cycle', files });
  const owners = tableOwners(files);
  for (const file of files) {
    if (isTestCode(file.path, layering.testCode) || /\/migrations\.ts$/.test(file.path)) continue;
    const slice = place(file.path)?.unit.slice;
    for (const use of tableUses(file, owners)) {
      const owner = owners.get(use.table)!;
      if (owner === slice || slice === 'audit') continue;
      violations.push({
        kind: 'table',
        file: use.file,
        table: use.table,
        detail: `${slice ?? 'no slice'} names ${owner}'s table`,
      });
    }
  }
  return violations;
}

export function checkTree(root: string): Violation[] {
  return checkArchitecture(readSources(root, ['src', 'test', 'bench']));
}
