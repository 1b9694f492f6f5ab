import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../money/decimal.js';
import { period } from '../time/period.js';
import { entryLines, naturalBalance, reversal, UnbalancedTransactionError } from './journal.js';
import {
  creditNoteIssued,
  earnedBy,
  type FinalizedLine,
  invoiceFinalized,
  invoicePaid,
  usageDelivered,
} from './postings.js';

const d = (v: string | number) => new Decimal(v);
const cents = fc.integer({ min: 0, max: 1_000_000 }).map((n) => d(n).dividedBy(100));
const balances = (postings: ReturnType<typeof usageDelivered>) =>
  Object.fromEntries(
    entryLines(postings).map((l) => [l.account, naturalBalance(l.account, l.debit, l.credit).toFixed()]),
  );

describe('journal entries', () => {
  it('nets postings per account and refuses an unbalanced transaction', () => {
    const lines = entryLines([...usageDelivered(d(40)), ...usageDelivered(d(2))]);
    expect(lines.map((l) => [l.account, l.debit.toFixed(), l.credit.toFixed()])).toEqual([
      ['revenue', '0', '42'],
      ['unbilled_ar', '42', '0'],
    ]);
    expect(() => entryLines([{ account: 'ar', amount: d(1) }])).toThrow(UnbalancedTransactionError);
  });

  it('books seed 004: 100 of usage invoiced moves from unbilled_ar to ar, payment moves it to cash', () => {
    const finalized = invoiceFinalized({
      lines: [{ kind: 'usage', amount: d(100), recognized: d(100) }],
      promotionalCredits: d(0),
      paidCredits: d(0),
      discounts: d(0),
      tax: d(0),
      balanceApplied: d(0),
    });
    expect(balances(finalized)).toEqual({ unbilled_ar: '-100', ar: '100' });
    expect(balances(invoicePaid(d(100)))).toEqual({ ar: '-100', cash: '100' });
  });

  it('the customer balance an invoice applies settles ar at finalization, never at payment', () => {
    const finalized = invoiceFinalized({
      lines: [{ kind: 'earned', amount: d(1000) }],
      promotionalCredits: d(0),
      paidCredits: d(0),
      discounts: d(0),
      tax: d(100),
      balanceApplied: d(300),
    });
    expect(balances(finalized)).toEqual({
      revenue: '1000',
      ar: '800',
      tax_payable: '100',
      customer_balance: '-300',
    });
    // a negative total becomes balance: ar nets to zero, the balance owed to the customer grows
    const negative = invoiceFinalized({
      lines: [{ kind: 'earned', amount: d(-50) }],
      promotionalCredits: d(0),
      paidCredits: d(0),
      discounts: d(0),
      tax: d(0),
      balanceApplied: d(-50),
    });
    expect(balances(negative)).toEqual({ revenue: '-50', customer_balance: '50' });
    expect(balances(invoicePaid(d(650)))).toEqual({ ar: '-650', cash: '650' });
  });

  it('a credit note takes net revenue and tax back from ar, then from the customer balance', () => {
    const note = (amount: number, tax: number, reducedAmountDue: number, toBalance: number) =>
      creditNoteIssued({
        amount: d(amount),
        tax: d(tax),
        reducedAmountDue: d(reducedAmountDue),
        toBalance: d(toBalance),
      });
    expect(balances(note(30, 0, 30, 0))).toEqual({ revenue: '-30', ar: '-30' });
    expect(balances(note(12, 0, 0, 12))).toEqual({ revenue: '-12', customer_balance: '12' });
    expect(balances(note(1000, 91, 600, 400))).toEqual({
      revenue: '-909',
      ar: '-600',
      tax_payable: '-91',
      customer_balance: '400',
    });
  });

  it('earns a fee per second, exactly the fee at the end', () => {
    const jan = period(new Date('2026-01-01T00:00:00Z'), new Date('2026-02-01T00:00:00Z'));
    expect(earnedBy(d(3100), jan, new Date('2026-01-11T00:00:00Z'), 'JPY').toFixed()).toBe('1000');
    expect(earnedBy(d(3100), jan, jan.end, 'JPY').toFixed()).toBe('3100');
    expect(earnedBy(d(3100), jan, new Date('2025-12-01T00:00:00Z'), 'JPY').toFixed()).toBe('0');
  });

  const arbLine = fc.oneof(
    fc.record({ kind: fc.constant('usage' as const), amount: cents, recognized: cents }),
    fc.record({ kind: fc.constant('deferred' as const), amount: cents }),
    fc.record({ kind: fc.constant('earned' as const), amount: cents }),
  );

  it('every finalization, payment and reversal balances', () => {
    fc.assert(
      fc.property(
        fc.array(arbLine, { maxLength: 6 }),
        cents,
        cents,
        cents,
        cents,
        (lines, promo, paid, tax, due) => {
          const postings = invoiceFinalized({
            lines: lines as FinalizedLine[],
            promotionalCredits: promo,
            paidCredits: paid,
            discounts: due,
            tax,
            balanceApplied: paid.minus(promo),
          });
          const built = entryLines(postings);
          const debits = built.reduce((s, l) => s.plus(l.debit), d(0));
          const credits = built.reduce((s, l) => s.plus(l.credit), d(0));
          expect(debits.eq(credits)).toBe(true);
          expect(entryLines([...postings, ...reversal(built)])).toEqual([]);
          expect(() => entryLines(invoicePaid(due))).not.toThrow();
        },
      ),
    );
  });
});
