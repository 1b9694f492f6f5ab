import type { InvoicingDeps } from '../invoicing/deps.js';
import type { SubscriptionHooks } from '../invoicing/hooks.js';

/**
 * What the engine's steps share: their dependencies and what one step did. Its own file so that
 * the steps (period-end.ts, …) and the engine that sequences them do not import each other.
 */
export interface EngineDeps {
  readonly invoicing: InvoicingDeps;
  readonly hooks: SubscriptionHooks[];
}

export interface StepResult {
  readonly action: 'start' | 'period_end' | 'change' | 'service_action' | 'final_sweep';
  readonly at: Date;
  readonly invoiceId?: string | undefined;
}
