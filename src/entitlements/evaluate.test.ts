import { describe, expect, it } from 'vitest';
import { Decimal } from '../core/money/decimal.js';
import { evaluate, type Grant } from './evaluate.js';

const march = { start: new Date('2026-03-01T00:00:00Z'), end: new Date('2026-04-01T00:00:00Z') };
const metered = (g: Partial<Grant>): Grant => ({
  type: 'metered',
  enabled: true,
  limit: new Decimal(100),
  softLimit: new Decimal(80),
  overage: 'block',
  ...g,
});
const at = (g: Grant, usage: string, extra = '0') =>
  evaluate(g, new Decimal(usage), new Decimal(extra), march);

describe('evaluate an entitlement', () => {
  it.each([
    // usage, extra, overage → allowed, reason, balance, soft reached, limit reached
    ['0', '0', 'block', true, 'ok', '100', false, false],
    ['79.5', '0', 'block', true, 'ok', '20.5', false, false],
    ['80', '0', 'block', true, 'ok', '20', true, false],
    ['99.999', '0', 'block', true, 'ok', '0.001', true, false],
    ['100', '0', 'block', false, 'limit_reached', '0', true, true],
    ['130', '0', 'block', false, 'limit_reached', '0', true, true],
    ['130', '50', 'block', true, 'ok', '20', true, false],
    ['150', '50', 'block', false, 'limit_reached', '0', true, true],
    ['130', '0', 'allow', true, 'overage', '0', true, true],
    ['130', '0', 'notify', true, 'overage', '0', true, true],
  ] as const)(
    'usage %s + grant %s, %s → allowed %s (%s), balance %s',
    (usage, extra, overage, allowed, reason, balance, soft, hard) => {
      const s = at(metered({ overage }), usage, extra);
      expect(s.allowed).toBe(allowed);
      expect(s.reason).toBe(reason);
      expect(s.metered?.balance?.toFixed()).toBe(balance);
      expect(s.metered?.softLimitReached).toBe(soft);
      expect(s.metered?.limitReached).toBe(hard);
      expect(s.metered?.limit?.toFixed()).toBe(new Decimal(100).plus(extra).toFixed());
    },
  );

  it('an unlimited metered feature is always allowed and has no balance', () => {
    const s = at(metered({ limit: null, softLimit: null }), '1e9');
    expect(s).toMatchObject({ allowed: true, reason: 'ok' });
    expect(s.metered?.balance).toBeNull();
    expect(s.metered?.limitReached).toBe(false);
  });

  it('a disabled feature is refused; boolean and static features have no usage', () => {
    expect(at(metered({ enabled: false }), '0')).toEqual({
      allowed: false,
      reason: 'disabled',
      metered: null,
    });
    expect(at(metered({ type: 'boolean' }), '0')).toEqual({ allowed: true, reason: 'ok', metered: null });
    expect(at(metered({ type: 'static' }), '0')).toEqual({ allowed: true, reason: 'ok', metered: null });
  });
});
