import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { feeRoutes } from './fee-routes.js';
import { billableItemRoutes } from './item-routes.js';
import { pricingPlanRoutes } from './plan-routes.js';
import { rateCardRoutes } from './rate-card-routes.js';
import type { CatalogService } from './service.js';

/** Every catalog route: billable items, rate cards and rates, fees and actions, plans, previews. */
export function catalogRoutes(catalog: CatalogService): FastifyPluginAsyncTypebox[] {
  return [
    billableItemRoutes(catalog),
    rateCardRoutes(catalog),
    feeRoutes(catalog),
    pricingPlanRoutes(catalog),
  ];
}
