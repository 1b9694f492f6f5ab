import { Decimal } from '../../../../src/core/money/decimal.js';

/** The change from one period's usage to the next as a signed percentage ("+12.5%"), "—" from zero. */
export function usageChange(previous: string, current: string): string {
  const before = new Decimal(previous);
  if (before.isZero()) return '—';
  const pct = new Decimal(current)
    .minus(before)
    .times(100)
    .dividedBy(before)
    .toFixed(1, Decimal.ROUND_HALF_UP);
  return pct.startsWith('-') ? `${pct}%` : `+${pct}%`;
}
