import { describe, expect, it } from 'vitest';
import { dueDate, effectiveTerms, overdueAt, type PaymentTerms } from './payment-terms.js';

const at = (s: string) => new Date(s);

describe('dueDate', () => {
  const net30: PaymentTerms = { type: 'net', days: 30 };
  const eofm: PaymentTerms = { type: 'end_of_following_month' };
  it.each([
    // [issued at, terms, zone, due day start]
    ['2026-03-01T10:00:00Z', { type: 'due_on_receipt' }, 'UTC', '2026-03-01T00:00:00.000Z'],
    ['2026-03-01T10:00:00Z', net30, 'UTC', '2026-03-31T00:00:00.000Z'],
    ['2026-01-31T23:00:00Z', net30, 'UTC', '2026-03-02T00:00:00.000Z'],
    ['2026-03-01T10:00:00Z', { type: 'net', days: 60 }, 'UTC', '2026-04-30T00:00:00.000Z'],
    // Issued 2026-03-31 20:00 UTC = 2026-04-01 05:00 in Tokyo: the issue day is April 1st there.
    ['2026-03-31T20:00:00Z', net30, 'Asia/Tokyo', '2026-04-30T15:00:00.000Z'],
    // 月末締め翌月末払い: any day of January → end of February.
    ['2026-01-01T00:00:00Z', eofm, 'UTC', '2026-02-28T00:00:00.000Z'],
    ['2026-01-31T12:00:00Z', eofm, 'UTC', '2026-02-28T00:00:00.000Z'],
    ['2028-01-15T12:00:00Z', eofm, 'UTC', '2028-02-29T00:00:00.000Z'], // leap year
    ['2026-12-10T00:00:00Z', eofm, 'UTC', '2027-01-31T00:00:00.000Z'], // year end
    ['2026-03-31T00:00:00Z', eofm, 'UTC', '2026-04-30T00:00:00.000Z'], // 31 → month of 30
    // March 31st 16:00 UTC is April 1st in Tokyo: due at the end of May (JST), not April.
    ['2026-03-31T16:00:00Z', eofm, 'Asia/Tokyo', '2026-05-30T15:00:00.000Z'],
    // Across the US spring-forward (2026-03-08): the due day is still a calendar day at 00:00.
    ['2026-02-20T12:00:00Z', { type: 'net', days: 30 }, 'America/New_York', '2026-03-22T04:00:00.000Z'],
  ] as const)('%s with %j in %s is due %s', (issued, terms, zone, due) => {
    expect(dueDate(at(issued), terms as PaymentTerms, zone).toISOString()).toBe(due);
  });

  it.each([
    // [issued at, period end, due]: 月末締め: the closing month is the one the period ended in.
    // April's usage (period end May 1 00:00 JST), finalized at 01:00 JST: due May 31, not June 30.
    ['2026-04-30T16:00:00Z', '2026-04-30T15:00:00Z', 'Asia/Tokyo', '2026-05-30T15:00:00.000Z'],
    // February (UTC), finalized on March 1st: due March 31st.
    ['2026-03-01T01:00:00Z', '2026-03-01T00:00:00Z', 'UTC', '2026-03-31T00:00:00.000Z'],
    // An anniversary period ending January 15th: January → February 28th, as the issue day says.
    ['2026-01-15T02:00:00Z', '2026-01-15T00:00:00Z', 'UTC', '2026-02-28T00:00:00.000Z'],
    // A period that ends after the issue (fees in advance): the issue month counts.
    ['2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z', 'UTC', '2026-02-28T00:00:00.000Z'],
  ] as const)(
    'end_of_following_month: issued %s, period ending %s (%s) → due %s',
    (issued, end, zone, due) => {
      expect(dueDate(at(issued), { type: 'end_of_following_month' }, zone, at(end)).toISOString()).toBe(due);
      // net terms never look at the period
      expect(dueDate(at(issued), { type: 'net', days: 30 }, zone, at(end)).toISOString()).toBe(
        dueDate(at(issued), { type: 'net', days: 30 }, zone).toISOString(),
      );
    },
  );

  it('is overdue from the start of the next day in the zone', () => {
    expect(overdueAt(at('2026-04-30T15:00:00Z'), 'Asia/Tokyo').toISOString()).toBe(
      '2026-05-01T15:00:00.000Z',
    );
    expect(overdueAt(at('2026-03-07T05:00:00Z'), 'America/New_York').toISOString()).toBe(
      '2026-03-08T05:00:00.000Z',
    );
    // A 23-hour day (spring forward): still the next midnight.
    expect(overdueAt(at('2026-03-08T05:00:00Z'), 'America/New_York').toISOString()).toBe(
      '2026-03-09T04:00:00.000Z',
    );
  });

  it('takes the customer override, else the account default, else net 30', () => {
    expect(effectiveTerms({ type: 'due_on_receipt' }, net30)).toEqual({ type: 'due_on_receipt' });
    expect(effectiveTerms(null, eofm)).toEqual(eofm);
    expect(effectiveTerms(null, null)).toEqual(net30);
  });
});
