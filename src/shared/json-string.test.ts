import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonString } from './json-string.js';

describe('jsonString', () => {
  it('is JSON.stringify for every string', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })),
        (s) => {
          expect(jsonString(s)).toBe(JSON.stringify(s));
        },
      ),
    );
    for (const s of ['', '"', '\\', '\u007f', '\u0000', '\ud800', 'a"b', 'tab\t'])
      expect(jsonString(s)).toBe(JSON.stringify(s));
  });
});
