import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALLOWED } from './allowed.js';
import { checkTree, violationKey } from './check.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('the layering of this tree (src/testing/architecture/layers.ts)', () => {
  const found = checkTree(root).map(violationKey);

  it('has no upward import, import cycle or cross-slice table access beyond the allow-list', () => {
    expect(found.filter((key) => !ALLOWED.has(key))).toEqual([]);
  });

  it('has no allow-list entry that is no longer needed', () => {
    expect([...ALLOWED.keys()].filter((key) => !found.includes(key))).toEqual([]);
  });
});
