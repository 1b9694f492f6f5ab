import type { Invoice } from '../../api/types.js';

const DAY_MS = 86_400_000;

/**
 * Whether an invoice's billing period [start, end) overlaps the chosen days. `from`/`to` are
 * "YYYY-MM-DD" (inclusive days, UTC); empty means unbounded.
 */
export function inPeriod(
  invoice: Pick<Invoice, 'period_start' | 'period_end'>,
  from: string,
  to: string,
): boolean {
  const start = Date.parse(invoice.period_start);
  const end = Date.parse(invoice.period_end);
  if (from && end <= Date.parse(`${from}T00:00:00Z`)) return false;
  if (to && start >= Date.parse(`${to}T00:00:00Z`) + DAY_MS) return false;
  return true;
}
