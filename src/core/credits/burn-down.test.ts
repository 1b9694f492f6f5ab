import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../money/decimal.js';
import {
  burnDown,
  type Charge,
  compareGrants,
  type GrantBalance,
  isEligible,
  orderGrants,
} from './burn-down.js';

const day = (d: number) => new Date(Date.UTC(2026, 0, d));
const grant = (id: string, remaining: string, extra: Partial<GrantBalance> = {}): GrantBalance => ({
  id,
  remaining: new Decimal(remaining),
  priority: 50,
  effectiveAt: day(0),
  expiresAt: null,
  createdAt: day(1),
  applicability: { scope: 'metered' },
  ...extra,
});
const charge = (key: string, amount: string, extra: Partial<Charge> = {}): Charge => ({
  key,
  billableItemId: 'bi_a',
  metered: true,
  amount: new Decimal(amount),
  ...extra,
});

describe('grant order', () => {
  it('ranks by priority, then soonest expiry (never last), then oldest', () => {
    const grants = [
      grant('g_never', '1'),
      grant('g_late', '1', { expiresAt: day(20) }),
      grant('g_soon', '1', { expiresAt: day(10) }),
      grant('g_old_soon', '1', { expiresAt: day(10), createdAt: day(0) }),
      grant('g_first', '1', { priority: 0 }),
      grant('g_last', '1', { priority: 100, expiresAt: day(2) }),
    ];
    expect(orderGrants(grants).map((g) => g.id)).toEqual([
      'g_first',
      'g_old_soon',
      'g_soon',
      'g_late',
      'g_never',
      'g_last',
    ]);
  });
});

describe('burnDown', () => {
  const cases: [string, GrantBalance[], Charge[], [string, string, string][]][] = [
    ['one grant covers part of a charge', [grant('g1', '30')], [charge('l1', '100')], [['l1', 'g1', '30']]],
    [
      'spills to the next grant in order',
      [grant('g2', '50', { priority: 60 }), grant('g1', '30', { priority: 10 })],
      [charge('l1', '40')],
      [
        ['l1', 'g1', '30'],
        ['l1', 'g2', '10'],
      ],
    ],
    [
      'item-scoped grant skips other items; metered grant skips licensed lines',
      [grant('g_item', '10', { applicability: { billableItems: ['bi_b'] } }), grant('g_met', '10')],
      [charge('l1', '5'), charge('l2', '20', { billableItemId: 'bi_b', metered: false })],
      [
        ['l1', 'g_met', '5'],
        ['l2', 'g_item', '10'],
      ],
    ],
    ['a negative charge takes nothing', [grant('g1', '10')], [charge('l1', '-5')], []],
    [
      "a line's period must overlap the grant's validity",
      [grant('g_expired', '10', { expiresAt: day(5) }), grant('g_later', '10', { effectiveAt: day(20) })],
      [charge('l1', '5', { period: { start: day(5), end: day(20) } })],
      [],
    ],
  ];
  it.each(cases)('%s', (_name, grants, charges, expected) => {
    const { applications } = burnDown(grants, charges);
    expect(applications.map((a) => [a.chargeKey, a.grantId, a.amount.toFixed()])).toEqual(expected);
  });

  const arbGrant = fc.record({
    id: fc.uuid(),
    remaining: fc.integer({ min: 0, max: 10_000 }),
    priority: fc.integer({ min: 0, max: 100 }),
    expires: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
    created: fc.integer({ min: 0, max: 60 }),
    scoped: fc.option(fc.subarray(['bi_a', 'bi_b', 'bi_c'], { minLength: 1 }), { nil: null }),
  });
  const arbCharge = fc.record({
    amount: fc.integer({ min: -500, max: 5_000 }),
    item: fc.constantFrom('bi_a', 'bi_b', 'bi_c'),
    metered: fc.boolean(),
  });
  type G = typeof arbGrant extends fc.Arbitrary<infer T> ? T : never;
  type C = typeof arbCharge extends fc.Arbitrary<infer T> ? T : never;
  const build = (gs: G[], cs: C[]) => ({
    grants: gs.map((g, i) =>
      grant(`g${i}`, new Decimal(g.remaining).dividedBy(100).toFixed(), {
        priority: g.priority,
        expiresAt: g.expires === null ? null : day(g.expires),
        createdAt: day(g.created),
        applicability: g.scoped === null ? { scope: 'metered' } : { billableItems: g.scoped },
      }),
    ),
    charges: cs.map((c, i) =>
      charge(`c${i}`, new Decimal(c.amount).dividedBy(100).toFixed(), {
        billableItemId: c.item,
        metered: c.metered,
      }),
    ),
  });

  it('never takes more than a grant has or a charge costs, and conserves totals', () => {
    fc.assert(
      fc.property(fc.array(arbGrant, { maxLength: 6 }), fc.array(arbCharge, { maxLength: 8 }), (gs, cs) => {
        const { grants, charges } = build(gs, cs);
        const { applications, remaining } = burnDown(grants, charges);
        for (const g of grants) {
          const used = applications
            .filter((a) => a.grantId === g.id)
            .reduce((s, a) => s.plus(a.amount), new Decimal(0));
          expect(used.lte(g.remaining)).toBe(true);
          expect(used.plus(remaining.get(g.id) as Decimal).eq(g.remaining)).toBe(true);
        }
        for (const c of charges) {
          const paid = applications
            .filter((a) => a.chargeKey === c.key)
            .reduce((s, a) => s.plus(a.amount), new Decimal(0));
          expect(paid.lte(Decimal.max(c.amount, 0))).toBe(true);
        }
        expect(applications.every((a) => a.amount.gt(0))).toBe(true);
      }),
    );
  });

  it('respects the order: a later grant is used only once every earlier eligible grant is empty', () => {
    fc.assert(
      fc.property(fc.array(arbGrant, { maxLength: 6 }), fc.array(arbCharge, { maxLength: 8 }), (gs, cs) => {
        const { grants, charges } = build(gs, cs);
        const { applications } = burnDown(grants, charges);
        const ordered = orderGrants(grants);
        const rank = new Map(ordered.map((g, i) => [g.id, i]));
        for (const c of charges) {
          const used = applications
            .filter((a) => a.chargeKey === c.key)
            .map((a) => rank.get(a.grantId) as number);
          // grants are visited in order for each charge
          expect([...used].sort((x, y) => x - y)).toEqual(used);
          // every grant before the last used one is empty once this charge took from it
          const paid = applications
            .filter((a) => a.chargeKey === c.key)
            .reduce((s, a) => s.plus(a.amount), new Decimal(0));
          if (paid.lt(Decimal.max(c.amount, 0))) {
            const left = burnDown(grants, charges.slice(0, charges.indexOf(c) + 1)).remaining;
            for (const g of ordered) {
              if (isEligible(g, c)) expect((left.get(g.id) as Decimal).isZero()).toBe(true);
            }
          }
        }
        expect(
          ordered.every((g, i) => i === 0 || compareGrants(ordered[i - 1] as GrantBalance, g) <= 0),
        ).toBe(true);
      }),
    );
  });
});
