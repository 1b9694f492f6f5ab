import { decimalString } from '../core/money/decimal.js';
import { formatAmount } from '../core/money/money.js';
import type { PricedLine } from './preview.js';
import type { ResolvedPlan, ResolvedServiceAction } from './resolved-plan.js';

/** A priced line as the API writes it: `amount` rounded once, `amount_precise` exact. */
export function pricedLineJson(line: PricedLine, currency: string) {
  return {
    type: line.type,
    description: line.description,
    billable_item: line.billableItem,
    ...(line.rateCard !== null && { rate_card: line.rateCard, rate: line.rate }),
    ...(line.licenseFee !== null && { license_fee: line.licenseFee }),
    quantity: decimalString(line.quantity),
    unit_amount: line.unitAmount,
    amount: formatAmount(line.amount, currency),
    amount_precise: decimalString(line.amountPrecise),
    ...(line.period && {
      period_start: line.period.start.toISOString(),
      period_end: line.period.end.toISOString(),
    }),
  };
}

/** The credit a service action grants each service interval (applied by billing, not here). */
export function creditJson(action: ResolvedServiceAction) {
  return {
    service_action: action.id,
    amount: action.creditGrant.amount,
    currency: action.creditGrant.currency,
    category: action.creditGrant.category,
    service_interval: action.serviceInterval.unit,
    service_interval_count: action.serviceInterval.count,
  };
}

export function planRefJson(plan: ResolvedPlan) {
  return { pricing_plan: plan.id, version: plan.version, currency: plan.currency };
}
