import { expandMatrix } from '../core/billing/matrix-rates.js';
import type { Executor } from '../db/store.js';
import type { ServiceContext } from '../shared/context.js';
import { resolvedItem } from './billable-item.js';
import type { BillableItemService } from './billable-items.js';
import type { LicenseFeeService } from './license-fees.js';
import type { PricingPlanService } from './pricing-plans.js';
import { intervalOf } from './rate-card.js';
import type { RateCardService } from './rate-cards.js';
import type {
  ResolvedBillableItem,
  ResolvedLicenseFee,
  ResolvedPlan,
  ResolvedRateCard,
  ResolvedServiceAction,
} from './resolved-plan.js';
import { creditGrantTemplate } from './service-action.js';
import type { ServiceActionService } from './service-actions.js';
import { pinFromText, resolvePin } from './versions.js';

export type ResolvePlan = (
  planIdOrLookup: string,
  version?: number,
  executor?: Executor,
) => Promise<ResolvedPlan>;

export interface ResolverDeps {
  readonly plans: PricingPlanService;
  readonly rateCards: RateCardService;
  readonly licenseFees: LicenseFeeService;
  readonly serviceActions: ServiceActionService;
  readonly items: BillableItemService;
}

/**
 * A plan version with every component resolved to a concrete version: pinned components to their
 * pin, following ones to the target's latest (or live) version as of now. Version undefined means
 * the plan's live version. Throws `pricing_plan_not_found` / `pricing_plan_version_not_found`.
 * Queries run one at a time on `executor`, so it is safe inside a caller's PGlite transaction.
 */
export function createPlanResolver(ctx: ServiceContext, deps: ResolverDeps): ResolvePlan {
  return async (ref, version, executor = ctx.db) => {
    const plan = await deps.plans.get(ref, executor);
    const { components } = await deps.plans.version(plan.id, version ?? plan.live_version, executor);
    const cards: Omit<ResolvedRateCard, 'rates'>[] = [];
    const cardRates: {
      card: string;
      id: string;
      itemId: string;
      price: ResolvedRateCard['rates'][number]['price'];
    }[] = [];
    const fees: (Omit<ResolvedLicenseFee, 'licensedItem'> & { itemId: string })[] = [];
    const actions: ResolvedServiceAction[] = [];
    for (const component of components) {
      const pin = pinFromText(component.version_pin);
      if (component.type === 'rate_card') {
        const card = await deps.rateCards.get(component.component_id, executor);
        const { version: at } = await deps.rateCards.ratesAt(card.id, resolvePin(pin, card), executor);
        cards.push({
          id: card.id,
          version: at.version,
          name: card.name,
          currency: card.currency,
          serviceInterval: intervalOf(card),
        });
        for (const r of at.rates)
          cardRates.push({ card: card.id, id: r.id, itemId: r.billable_item_id, price: r.price });
      } else if (component.type === 'license_fee') {
        const fee = await deps.licenseFees.get(component.component_id, executor);
        const { version: v } = await deps.licenseFees.version(fee.id, resolvePin(pin, fee), executor);
        fees.push({
          id: fee.id,
          version: v.version,
          name: fee.name,
          itemId: fee.licensed_item_id,
          currency: fee.currency,
          unitAmount: v.unit_amount,
          serviceInterval: intervalOf(v),
        });
      } else {
        const action = await deps.serviceActions.get(component.component_id, executor);
        const { version: v } = await deps.serviceActions.version(
          action.id,
          resolvePin(pin, action),
          executor,
        );
        actions.push({
          id: action.id,
          version: v.version,
          name: action.name,
          type: action.type,
          creditGrant: creditGrantTemplate(v.credit_grant),
          serviceInterval: intervalOf(v),
        });
      }
    }
    const rows = await deps.items.getMany(
      [...cardRates.map((r) => r.itemId), ...fees.map((f) => f.itemId)],
      executor,
    );
    const item = (id: string): ResolvedBillableItem => {
      const row = rows.get(id);
      if (!row) throw new Error(`billable item ${id} is referenced by the catalog but missing`);
      return resolvedItem(row);
    };
    return {
      id: plan.id,
      name: plan.name,
      version: version ?? plan.live_version,
      currency: plan.currency,
      rateCards: cards.map((card) => ({
        ...card,
        rates: cardRates
          .filter((r) => r.card === card.id)
          .flatMap((r) => expandMatrix({ id: r.id, billableItem: item(r.itemId), price: r.price })),
      })),
      licenseFees: fees.map(({ itemId, ...fee }) => ({ ...fee, licensedItem: item(itemId) })),
      serviceActions: actions,
      status: plan.status,
      latestVersion: plan.latest_version,
      liveVersion: plan.live_version,
    };
  };
}
