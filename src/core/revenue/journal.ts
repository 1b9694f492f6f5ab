import { Decimal } from '../money/decimal.js';

/**
 * The accounts of the revenue journal. The first five are seed 004's; `tax_payable` and
 * `customer_balance` exist so that an invoice with tax, or one settled from the customer's
 * balance, still balances; `bad_debt` (an expense) takes what an invoice marked uncollectible
 * leaves owed; `breakage_revenue` earns paid credits that expire unused.
 */
export const ACCOUNTS = [
  'revenue',
  'unbilled_ar',
  'ar',
  'deferred_revenue',
  'cash',
  'tax_payable',
  'customer_balance',
  'bad_debt',
  'breakage_revenue',
] as const;
export type Account = (typeof ACCOUNTS)[number];

/** Assets and expenses grow with debits; revenue and liabilities grow with credits. */
const DEBIT_NORMAL: ReadonlySet<Account> = new Set(['unbilled_ar', 'ar', 'cash', 'bad_debt']);

/** One side of a transaction: a signed amount, debit positive, credit negative. */
export interface Posting {
  readonly account: Account;
  readonly amount: Decimal;
}

export interface EntryLine {
  readonly account: Account;
  readonly debit: Decimal;
  readonly credit: Decimal;
}

export class UnbalancedTransactionError extends Error {
  constructor(readonly imbalance: Decimal) {
    super(`journal transaction does not balance: off by ${imbalance.toFixed()}`);
  }
}

/**
 * Turns postings into journal entry lines: postings to the same account are netted, zero lines
 * dropped, and the whole must sum to zero (every transaction balances, per currency — a
 * transaction carries one currency). Throws UnbalancedTransactionError otherwise.
 */
export function entryLines(postings: readonly Posting[]): EntryLine[] {
  const net = new Map<Account, Decimal>();
  let total = new Decimal(0);
  for (const p of postings) {
    net.set(p.account, (net.get(p.account) ?? new Decimal(0)).plus(p.amount));
    total = total.plus(p.amount);
  }
  if (!total.isZero()) throw new UnbalancedTransactionError(total);
  const lines: EntryLine[] = [];
  for (const account of ACCOUNTS) {
    const amount = net.get(account);
    if (!amount || amount.isZero()) continue;
    lines.push({
      account,
      debit: amount.isPositive() ? amount : new Decimal(0),
      credit: amount.isNegative() ? amount.negated() : new Decimal(0),
    });
  }
  return lines;
}

export const debit = (account: Account, amount: Decimal): Posting => ({ account, amount });
export const credit = (account: Account, amount: Decimal): Posting => ({ account, amount: amount.negated() });

/** The same postings with every sign flipped: what undoes a transaction. */
export function reversal(lines: readonly EntryLine[]): Posting[] {
  return lines.map((l) => ({ account: l.account, amount: l.credit.minus(l.debit) }));
}

/** An account's balance in its natural sign: +40 revenue means 40 earned, +100 ar means 100 owed. */
export function naturalBalance(account: Account, debits: Decimal, credits: Decimal): Decimal {
  return DEBIT_NORMAL.has(account) ? debits.minus(credits) : credits.minus(debits);
}

export function isAccount(value: string): value is Account {
  return (ACCOUNTS as readonly string[]).includes(value);
}
