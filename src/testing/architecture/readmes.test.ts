import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readSources } from './import-graph.js';
import { SLICES } from './layers.js';
import { tableOwners } from './tables.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const owners = tableOwners(readSources(root, ['src']));

/** Slices that own tables but have no README yet, with why. */
const UNDOCUMENTED: Record<string, string> = {};

// audit is not in SLICES: its migrations sit low (every slice attaches its trigger), its service high.
const documented = [...SLICES, 'audit'].filter(
  (slice) => [...owners.values()].includes(slice) && UNDOCUMENTED[slice] === undefined,
);

describe.each(documented)('src/%s/README.md', (slice) => {
  const path = join(root, 'src', slice, 'README.md');
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';

  it('exists, with the model, tables, calls and invariants', () => {
    expect(text).not.toBe('');
    for (const section of ['## Tables', '## Calls', '## Invariants']) expect(text).toContain(section);
  });

  it('lists exactly the tables the slice owns', () => {
    const section = text.split('## Tables')[1]?.split('\n## ')[0] ?? '';
    const listed = [...section.matchAll(/^- `([a-z_0-9]+)`/gm)].map((m) => m[1]).sort();
    const owned = [...owners].filter(([, owner]) => owner === slice).map(([table]) => table);
    expect(listed).toEqual(owned.sort());
  });

  it('names only test files that exist', () => {
    const named = [...text.matchAll(/`((?:src|test)\/[^`]+\.test\.ts)`/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((file) => !existsSync(join(root, file)))).toEqual([]);
  });
});
