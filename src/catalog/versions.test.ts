import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inVersion, membersAt, pinFromText, pinToText, resolvePin, versionExists } from './versions.js';

describe('versions', () => {
  it.each([
    [{ from_version: 1, to_version: null }, 1, true],
    [{ from_version: 1, to_version: null }, 9, true],
    [{ from_version: 2, to_version: null }, 1, false],
    [{ from_version: 1, to_version: 3 }, 2, true],
    [{ from_version: 1, to_version: 3 }, 3, false],
  ])('span %j at version %i → %s', (span, v, expected) => {
    expect(inVersion(span, v)).toBe(expected);
  });

  it('resolves pins against the pointers and round-trips them as text', () => {
    const pointers = { latest_version: 5, live_version: 3 };
    expect(resolvePin('latest', pointers)).toBe(5);
    expect(resolvePin('live', pointers)).toBe(3);
    expect(resolvePin(2, pointers)).toBe(2);
    for (const pin of ['latest', 'live', 4] as const) expect(pinFromText(pinToText(pin))).toBe(pin);
    expect(versionExists(0, pointers)).toBe(false);
    expect(versionExists(6, pointers)).toBe(false);
    expect(versionExists(5, pointers)).toBe(true);
  });

  it('a change (close at v, reopen at v) never alters what earlier versions hold', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 30 }), (edits) => {
        // Replay random edits of member i: 0 = change member 0, 1..3 = change member i, 4 = add.
        type Row = { id: number; price: number; from_version: number; to_version: number | null };
        let rows: Row[] = [{ id: 0, price: 0, from_version: 1, to_version: null }];
        let latest = 1;
        const snapshots: string[] = [JSON.stringify(membersAt(rows, 1).map((r) => [r.id, r.price]))];
        for (const [step, edit] of edits.entries()) {
          const open = membersAt(rows, latest);
          const target = open.find((r) => r.id === edit);
          if (edit === 4 || !target) {
            rows = [
              ...rows,
              {
                id: new Set(rows.map((r) => r.id)).size,
                price: step,
                from_version: latest,
                to_version: null,
              },
            ];
          } else {
            latest += 1;
            rows = rows.map((r) => (r === target ? { ...r, to_version: latest } : r));
            rows.push({ ...target, price: step, from_version: latest, to_version: null });
          }
          // additions land in the latest version only; every earlier snapshot stays as it was
          snapshots[latest - 1] = JSON.stringify(membersAt(rows, latest).map((r) => [r.id, r.price]));
          for (let v = 1; v < latest; v++)
            expect(JSON.stringify(membersAt(rows, v).map((r) => [r.id, r.price]))).toBe(snapshots[v - 1]);
        }
      }),
    );
  });
});
