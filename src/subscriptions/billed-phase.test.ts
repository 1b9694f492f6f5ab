import { describe, expect, it } from 'vitest';
import type { ResolvedPlan } from '../catalog/resolved-plan.js';
import { type BilledState, billedState, type PhaseRecord } from './billed-phase.js';

const plan = (id: string, version = 1) => ({ id, version }) as unknown as ResolvedPlan;
const A = plan('A');
const B = plan('B');
const phase = (
  at: string,
  p: ResolvedPlan | null,
  seats: string,
  behavior: string | null,
  writtenAt = at,
): PhaseRecord => ({
  id: `sph_${at}_${seats}`,
  effective_at: new Date(at),
  created_at: new Date(writtenAt),
  plan_id: p?.id ?? 'A',
  plan_version: 1,
  plan: p,
  quantities: { seat: seats },
  proration_behavior: behavior,
});
const current = { plan: B, quantities: { seat: '9' }, planId: 'B', planVersion: 1 };
const april = new Date('2026-04-01T00:00:00Z');
const march = new Date('2026-03-01T00:00:00Z');
const state = (s: BilledState) => [s.plan.id, s.quantities.seat];

describe('billedState: what the current period’s fees were charged for', () => {
  it.each([
    ['no phases: the subscription as it stands', [], '2026-04-21', ['B', '9']],
    ['the phase in force at the period start', [phase('2026-03-01', A, '1', null)], '2026-04-21', ['A', '1']],
    [
      'a `none` change inside the period charged nothing',
      [phase('2026-03-01', A, '1', null), phase('2026-04-11', A, '3', 'none')],
      '2026-04-21',
      ['A', '1'],
    ],
    [
      'a prorated change charged its fees',
      [phase('2026-03-01', A, '1', null), phase('2026-04-11', B, '3', 'create_prorations')],
      '2026-04-21',
      ['B', '3'],
    ],
    [
      'a `none` change at the period start was billed by the period’s invoice',
      [phase('2026-03-01', A, '1', null), phase('2026-04-01', B, '3', 'none')],
      '2026-04-21',
      ['B', '3'],
    ],
    [
      'a `none` change after a prorated one keeps the prorated one',
      [
        phase('2026-03-01', A, '1', null),
        phase('2026-04-05', A, '2', 'always_invoice'),
        phase('2026-04-11', A, '3', 'none'),
      ],
      '2026-04-21',
      ['A', '2'],
    ],
    [
      'a phase after `at` does not count yet',
      [phase('2026-03-01', A, '1', null), phase('2026-04-25', B, '3', 'always_invoice')],
      '2026-04-21',
      ['A', '1'],
    ],
    [
      'a phase without its plan (before 0301) on the subscription’s version: that plan',
      [phase('2026-03-01', null, '1', null)],
      '2026-04-21',
      ['B', '1'],
    ],
  ] as const)('%s', (_, phases, at, expected) => {
    const fixed = phases.map((p) => (p.plan === null ? { ...p, plan_id: 'B' } : p));
    expect(state(billedState(fixed, april, new Date(`${at}T00:00:00Z`), current))).toEqual(expected);
  });

  it.each([
    [
      'a change during a trial, dated before the billing start but written after the first phase',
      [phase('2026-03-01', A, '1', null, '2026-02-20'), phase('2026-02-25', A, '3', 'create_prorations')],
      '2026-03-21',
      ['A', '3'],
    ],
    [
      'a plan change before a future start date, with `none`: the first invoice billed it',
      [phase('2026-03-01', A, '1', null, '2026-02-20'), phase('2026-02-25', B, '1', 'none')],
      '2026-03-21',
      ['B', '1'],
    ],
  ] as const)('%s', (_, phases, at, expected) => {
    expect(state(billedState(phases, march, new Date(`${at}T00:00:00Z`), current))).toEqual(expected);
  });

  it('a phase without its plan on another version falls back to the subscription as it stands', () => {
    const old = { ...phase('2026-03-01', null, '1', null), plan_id: 'B', plan_version: 0 };
    expect(state(billedState([old], april, new Date('2026-04-21T00:00:00Z'), current))).toEqual(['B', '9']);
  });

  it('a prorated change whose invoice was voided charged nothing', () => {
    const changed = phase('2026-04-11', A, '3', 'always_invoice');
    const phases = [phase('2026-03-01', A, '1', null), changed];
    const at = new Date('2026-04-21T00:00:00Z');
    expect(state(billedState(phases, april, at, current, new Set([changed.id])))).toEqual(['A', '1']);
    expect(state(billedState(phases, april, at, current))).toEqual(['A', '3']);
  });
});
