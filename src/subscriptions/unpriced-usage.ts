import { unpricedMatrixRates } from '../core/billing/matrix-rates.js';
import type { Period } from '../core/time/period.js';
import type { Executor } from '../db/store.js';
import { type AggregateUsage, rateQuery } from '../metering/usage-query.js';
import type { SubscriptionRow } from './subscription.js';

export interface UsageWarning {
  readonly code: string;
  readonly message: string;
}

/**
 * Usage of the period so far that the plan does not bill: a matrix without a default price leaves
 * out the combinations its entries do not name. Revenue that silently leaks is a finance team's
 * worst surprise, so the upcoming invoice says how much there is, per item.
 */
export async function unpricedWarnings(
  aggregate: AggregateUsage,
  trx: Executor,
  sub: SubscriptionRow,
  window: Period,
): Promise<UsageWarning[]> {
  if (!sub.current_period_start) return [];
  const rates = unpricedMatrixRates(sub.plan.rateCards.flatMap((card) => card.rates));
  const out: UsageWarning[] = [];
  for (const rate of rates) {
    const quantity = await aggregate(rateQuery(rate, sub.customer_id, window), trx);
    if (quantity.isZero()) continue;
    out.push({
      code: 'matrix_usage_unpriced',
      message: `Billable item ${rate.billableItem.id}: usage of ${quantity.toFixed()} in combinations no matrix entry names is not billed (the price has no default_unit_amount).`,
    });
  }
  return out;
}
