import { describe, expect, it } from 'vitest';
import { newId, newIdBlock } from './ids.js';

describe('newIdBlock', () => {
  it('makes unique ids in increasing order, across block boundaries', () => {
    const next = newIdBlock('evt');
    const ids = Array.from({ length: 32 ** 3 + 10 }, next);
    expect(new Set(ids).size).toBe(ids.length);
    for (let i = 1; i < ids.length; i++) expect((ids[i - 1] as string) < (ids[i] as string)).toBe(true);
  });

  it("sorts between the ids made before and after it (cursor pagination's order)", () => {
    const before = newId('evt');
    const next = newIdBlock('evt');
    const block = [next(), next(), next()];
    const after = newId('evt');
    const second = newIdBlock('evt')();
    expect([after, before, ...block, second].sort()).toEqual([before, ...block, after, second]);
  });
});
