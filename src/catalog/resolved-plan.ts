/**
 * The resolved plan is what the pure billing core prices, so its shape lives there
 * (src/core/billing/resolved-plan.ts); the catalog produces it (resolve.ts) and re-exports it.
 */
export type {
  CreditGrantTemplate,
  ResolvedBillableItem,
  ResolvedLicenseFee,
  ResolvedPlan,
  ResolvedRate,
  ResolvedRateCard,
  ResolvedServiceAction,
} from '../core/billing/resolved-plan.js';
