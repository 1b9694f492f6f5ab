import type { Static } from 'typebox';
import type { AccountService } from '../account/service.js';
import { formatAmount } from '../core/money/money.js';
import type { CustomerService } from '../customers/service.js';
import type { AggregateUsage } from '../metering/usage-query.js';
import type { ServiceContext } from '../shared/context.js';
import { ApiError } from '../shared/errors/index.js';
import { type BillableItemService, createBillableItemService, type GetMeter } from './billable-items.js';
import { createLicenseFeeService, type LicenseFeeService } from './license-fees.js';
import { createPlanEditService, type PlanEditService } from './plan-edits.js';
import { previewPlan, quantitiesByItem } from './preview.js';
import { creditJson, planRefJson, pricedLineJson } from './priced-json.js';
import { createPricingPlanService, type PricingPlanService } from './pricing-plans.js';
import { createRateCardService, type RateCardService } from './rate-cards.js';
import { createRateService, type RateService } from './rates.js';
import { createPlanResolver, type ResolvePlan } from './resolve.js';
import type { PlanPreview } from './response-schemas.js';
import type { PreviewRequest } from './schemas.js';
import { createServiceActionService, type ServiceActionService } from './service-actions.js';
import { createSimulator, type Simulate, type SimulationDiscounts } from './simulate.js';

export interface CatalogDeps {
  /** Metering's meter lookup (by id or event_name), used to check metered items. */
  readonly getMeter: GetMeter;
  /** Metering's aggregate, used by simulations. */
  readonly aggregate: AggregateUsage;
  readonly customers: CustomerService;
  readonly account: AccountService;
  /** The discounts a simulation carries (bound late: the discounts slice is built after the catalog). */
  readonly discountsFor?: SimulationDiscounts;
}

/**
 * The catalog: what a customer is charged for and at what price, as versioned history. Billing,
 * credits and revenue read it only through `resolvePlan`, which returns a plain value.
 */
export interface CatalogService {
  readonly items: BillableItemService;
  readonly rateCards: RateCardService;
  readonly rates: RateService;
  readonly licenseFees: LicenseFeeService;
  readonly serviceActions: ServiceActionService;
  readonly plans: PricingPlanService;
  readonly planEdits: PlanEditService;
  /**
   * A plan version with every component resolved (version undefined → the live version).
   * Throws `pricing_plan_not_found` / `pricing_plan_version_not_found`; uses `executor` if given.
   */
  readonly resolvePlan: ResolvePlan;
  /** One service interval of a plan priced at the given quantities, each line rounded once. */
  preview(planRef: string, input: Static<typeof PreviewRequest>): Promise<Static<typeof PlanPreview>>;
  readonly simulate: Simulate;
}

export function createCatalogService(ctx: ServiceContext, deps: CatalogDeps): CatalogService {
  const items = createBillableItemService(ctx, deps.getMeter);
  const rateCards = createRateCardService(ctx);
  const rates = createRateService(ctx, rateCards, items, deps.getMeter);
  const licenseFees = createLicenseFeeService(ctx, items);
  const serviceActions = createServiceActionService(ctx, items);
  const targets = { rateCards, licenseFees, serviceActions };
  const plans = createPricingPlanService(ctx, targets);
  const planEdits = createPlanEditService(ctx, plans, targets);
  const resolvePlan = createPlanResolver(ctx, { plans, rateCards, licenseFees, serviceActions, items });
  const simulate = createSimulator({ resolvePlan, ...deps });

  return {
    items,
    rateCards,
    rates,
    licenseFees,
    serviceActions,
    plans,
    planEdits,
    resolvePlan,
    simulate,
    async preview(planRef, input) {
      const plan = await resolvePlan(planRef, input.version);
      const { quantities, unknown } = quantitiesByItem(plan, input.quantities ?? {});
      if (unknown[0] !== undefined) {
        throw new ApiError(
          'parameter_invalid',
          `Version ${plan.version} of ${plan.id} prices no billable item '${unknown[0]}'.`,
          { param: `quantities[${unknown[0]}]` },
        );
      }
      const priced = previewPlan(plan, quantities);
      return {
        object: 'pricing_plan_preview',
        ...planRefJson(plan),
        lines: priced.lines.map((l) => pricedLineJson(l, plan.currency)),
        credits: plan.serviceActions.map(creditJson),
        total: formatAmount(priced.total, plan.currency),
      };
    },
  };
}
