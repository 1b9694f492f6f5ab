import { Decimal } from '../core/money/decimal.js';
import type { DeliveredUsage } from '../credits/usage-source.js';
import type { AlertType } from './tables.js';

export interface AlertRule {
  readonly type: AlertType;
  readonly meterId: string | null;
  readonly billableItemId: string | null;
  readonly currency: string | null;
  readonly threshold: Decimal;
}

export interface Crossing {
  readonly value: Decimal;
  /** The service interval the firing belongs to: an alert fires at most once per key. */
  readonly periodKey: string;
}

/** The open service interval the value is measured in: the earliest-starting one that matches. */
function intervalKey(rows: readonly DeliveredUsage[]): string {
  const starts = rows.map((r) => r.periodStart.getTime());
  return starts.length === 0 ? 'none' : new Date(Math.min(...starts)).toISOString();
}

/**
 * Whether an alert's threshold is crossed now. Usage (a meter's quantity, summed over the items
 * that bill it) and spend (an item's priced usage) cross when they reach the threshold; a credit
 * balance crosses when what is available falls below it. Pure: the job supplies the numbers.
 */
export function evaluateAlert(
  rule: AlertRule,
  delivered: readonly DeliveredUsage[],
  available: (currency: string) => Decimal,
): Crossing | undefined {
  switch (rule.type) {
    case 'usage': {
      const rows = delivered.filter((d) => d.meterId === rule.meterId);
      if (rows.length === 0) return undefined;
      const value = rows.reduce((s, r) => s.plus(r.quantity), new Decimal(0));
      return value.gte(rule.threshold) ? { value, periodKey: intervalKey(rows) } : undefined;
    }
    case 'spend': {
      const rows = delivered.filter((d) => d.billableItemId === rule.billableItemId);
      if (rows.length === 0) return undefined;
      const value = rows.reduce((s, r) => s.plus(r.amount), new Decimal(0));
      return value.gte(rule.threshold) ? { value, periodKey: intervalKey(rows) } : undefined;
    }
    case 'credit_balance': {
      const value = available(rule.currency ?? '');
      return value.lt(rule.threshold) ? { value, periodKey: intervalKey(delivered) } : undefined;
    }
    default: {
      const never: never = rule.type;
      throw new Error(`unknown alert type ${String(never)}`);
    }
  }
}
