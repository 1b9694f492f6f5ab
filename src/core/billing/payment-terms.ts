import { DateTime } from 'luxon';

/**
 * When an invoice must be paid. `net`: a number of days after the issue day; `due_on_receipt`: the
 * issue day itself; `end_of_following_month` (月末締め翌月末払い): the last day of the month after
 * the closing month, the usual Japanese B2B term. The closing month is the month the invoice's
 * billing period ended in (its last instant), when that period ended by the time it was issued,
 * else the issue month: April's usage, closed at May 1 00:00 and issued then, is due May 31.
 */
export type PaymentTerms =
  | { readonly type: 'due_on_receipt' }
  | { readonly type: 'net'; readonly days: number }
  | { readonly type: 'end_of_following_month' };

/** What an installation gets before anyone sets terms: net 30, as Tariff always did. */
export const DEFAULT_PAYMENT_TERMS: PaymentTerms = { type: 'net', days: 30 };

/**
 * The due date of an invoice issued at `issuedAt`: the start (00:00) of the due day in `zone`.
 * The invoice may be paid through the whole of that day; it is overdue from the next day's start
 * (`overdueAt`). Days are calendar days in the zone, so a DST change never moves the due day.
 * `periodEnd` (the end of the billing period the invoice closes, exclusive) sets the closing
 * month of `end_of_following_month`.
 */
export function dueDate(issuedAt: Date, terms: PaymentTerms, zone: string, periodEnd?: Date | null): Date {
  const issueDay = DateTime.fromJSDate(issuedAt, { zone }).startOf('day');
  switch (terms.type) {
    case 'due_on_receipt':
      return issueDay.toJSDate();
    case 'net':
      return issueDay.plus({ days: terms.days }).toJSDate();
    case 'end_of_following_month': {
      const closed = periodEnd && periodEnd.getTime() <= issuedAt.getTime() ? periodEnd.getTime() - 1 : null;
      const closingDay = closed === null ? issueDay : DateTime.fromMillis(closed, { zone }).startOf('day');
      return closingDay.plus({ months: 1 }).endOf('month').startOf('day').toJSDate();
    }
  }
}

/** The instant an unpaid invoice becomes overdue: the end of its due day in `zone`. */
export function overdueAt(due: Date, zone: string): Date {
  return DateTime.fromJSDate(due, { zone }).startOf('day').plus({ days: 1 }).toJSDate();
}

/** The calendar day `days` away from the due day, at its start, in `zone` (negative: before). */
export function dayFromDue(due: Date, days: number, zone: string): Date {
  return DateTime.fromJSDate(due, { zone }).startOf('day').plus({ days }).toJSDate();
}

/** Terms from a customer's override or else the account's default. */
export function effectiveTerms(customer: PaymentTerms | null, account: PaymentTerms | null): PaymentTerms {
  return customer ?? account ?? DEFAULT_PAYMENT_TERMS;
}
