import type { RevenueSummary } from '../../api/types-more.js';

export interface MonthRow {
  month: string;
  recognized: number;
  billed: number;
  /** The exact amounts, for tooltips and tables. */
  recognizedText: string;
  billedText: string;
}

/**
 * Recognized revenue of a month is the `revenue` account's net (credits less debits); billed is
 * what finalized invoices put into `ar` (its debits). Grouped by currency: amounts in different
 * currencies are never added. Bar heights are numbers for drawing only.
 */
export function monthlyRows(
  months: string[],
  byMonth: ReadonlyMap<string, RevenueSummary>,
): { currency: string; rows: MonthRow[] }[] {
  const currencies = new Set<string>();
  for (const s of byMonth.values()) for (const a of s.accounts) currencies.add(a.currency);
  return [...currencies].sort().map((currency) => ({
    currency,
    rows: months.map((month) => {
      const accounts = byMonth.get(month)?.accounts.filter((a) => a.currency === currency) ?? [];
      const recognizedText = accounts.find((a) => a.account === 'revenue')?.net ?? '0';
      const billedText = accounts.find((a) => a.account === 'ar')?.debit ?? '0';
      return {
        month,
        recognized: Number(recognizedText),
        billed: Number(billedText),
        recognizedText,
        billedText,
      };
    }),
  }));
}
