import { describe, expect, it } from 'vitest';
import { mergeUsageParts, phaseSpans, splitByPhase } from './phases.js';

const d = (s: string) => new Date(`2026-${s}T00:00:00Z`);
const march = { start: d('03-01'), end: d('04-01') };

describe('splitByPhase', () => {
  it('one phase covers the whole interval', () => {
    const spans = phaseSpans([{ effectiveAt: d('03-01'), plan: 'A' }]);
    expect(splitByPhase(march, spans)).toEqual([{ period: march, plan: 'A' }]);
  });

  it.each([
    [
      'a change inside the interval splits it',
      ['03-15'],
      [
        ['03-01', '03-15', 'A'],
        ['03-15', '04-01', 'B'],
      ],
    ],
    ['a change at the interval start', ['03-01'], [['03-01', '04-01', 'B']]],
    ['a change at the interval end', ['04-01'], [['03-01', '04-01', 'A']]],
    [
      'two changes',
      ['03-10', '03-20'],
      [
        ['03-01', '03-10', 'A'],
        ['03-10', '03-20', 'B'],
        ['03-20', '04-01', 'C'],
      ],
    ],
    ['a change before the interval', ['02-10'], [['03-01', '04-01', 'B']]],
  ])('%s', (_name, changes, expected) => {
    const phases = [
      { effectiveAt: d('01-01'), plan: 'A' },
      ...changes.map((c, i) => ({ effectiveAt: d(c), plan: String.fromCharCode(66 + i) })),
    ];
    expect(splitByPhase(march, phaseSpans(phases))).toEqual(
      expected.map(([s, e, p]) => ({ period: { start: d(s as string), end: d(e as string) }, plan: p })),
    );
  });
});

describe('mergeUsageParts', () => {
  const part = (itemId: string, from: string, to: string, rate: string, slice = march) => ({
    itemId,
    slice,
    part: { start: d(from), end: d(to) },
    rate,
  });

  it('one interval split by changes is one window, rated by the last rate', () => {
    expect(
      mergeUsageParts([
        part('calls', '03-01', '03-10', 'A'),
        part('calls', '03-10', '03-20', 'B'),
        part('calls', '03-20', '04-01', 'A2'),
      ]),
    ).toEqual([{ itemId: 'calls', window: march, rate: 'A2' }]);
  });

  it('an item a later plan dropped keeps its own window and its last rate', () => {
    expect(
      mergeUsageParts([
        part('calls', '03-01', '03-10', 'A'),
        part('seats', '03-01', '03-10', 'S'),
        part('calls', '03-10', '04-01', 'B'),
      ]),
    ).toEqual([
      { itemId: 'calls', window: march, rate: 'B' },
      { itemId: 'seats', window: { start: d('03-01'), end: d('03-10') }, rate: 'S' },
    ]);
  });

  it('different service intervals stay apart', () => {
    const week = { start: d('03-10'), end: d('03-17') };
    expect(
      mergeUsageParts([part('calls', '03-01', '03-10', 'M'), part('calls', '03-10', '03-17', 'W', week)]),
    ).toEqual([
      { itemId: 'calls', window: { start: d('03-01'), end: d('03-10') }, rate: 'M' },
      { itemId: 'calls', window: week, rate: 'W' },
    ]);
  });
});
