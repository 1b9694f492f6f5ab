import type { RevenueSummaryRow } from '../../api/types-more.js';

/**
 * Groups summary rows by currency (amounts in different currencies are never added) into one
 * chart row per month. Bar heights are numbers for drawing only.
 */
export function monthlyRows(
  data: RevenueSummaryRow[],
): { currency: string; rows: { month: string; recognized: number; billed: number }[] }[] {
  const byCurrency = new Map<string, { month: string; recognized: number; billed: number }[]>();
  for (const row of data) {
    const month = row.month ?? row.period_start?.slice(0, 7) ?? '';
    const rows = byCurrency.get(row.currency) ?? [];
    rows.push({ month, recognized: Number(row.recognized), billed: Number(row.billed) });
    byCurrency.set(row.currency, rows);
  }
  return [...byCurrency.entries()].map(([currency, rows]) => ({
    currency,
    rows: rows.sort((a, b) => a.month.localeCompare(b.month)),
  }));
}
