import type { ResolvedPlan } from '../catalog/resolved-plan.js';
import type { CustomerService } from '../customers/service.js';
import type { Executor } from '../db/store.js';
import type { InvoicingDeps } from '../invoicing/deps.js';
import type { SubscriptionHooks } from '../invoicing/hooks.js';
import type { ServiceContext } from '../shared/context.js';
import type { EngineDeps } from './engine.js';

export type ResolvePlan = (planRef: string, version?: number, executor?: Executor) => Promise<ResolvedPlan>;

export interface SubscriptionDeps {
  readonly ctx: ServiceContext;
  readonly customers: CustomerService;
  readonly invoicing: InvoicingDeps;
  readonly resolvePlan: ResolvePlan;
  readonly hooks: SubscriptionHooks[];
}

export interface AsOf {
  readonly at?: Date;
}

/** What every subscription use case is given: the service's dependencies and the engine. */
export interface UseCaseDeps extends SubscriptionDeps {
  readonly engine: EngineDeps;
}
