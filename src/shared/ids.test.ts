import { describe, expect, it } from 'vitest';
import { newId, newIdBlock, random } from './ids.js';

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

describe('random', () => {
  it('draws from [0, 1) and reaches every one of the 32 ULID characters', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 10_000; i++) {
      const x = random();
      expect(x >= 0 && x < 1).toBe(true);
      seen.add(Math.floor(x * 32));
    }
    expect(seen.size).toBe(32);
    expect(newId('evt')).toMatch(/^evt_[0-9A-HJKMNP-TV-Z]{26}$/);
  });
});
