import { beforeAll } from 'vitest';
import type { Billing } from '../app/billing.js';
import type { ResolvedPlan } from '../catalog/resolved-plan.js';
import { fixturePlan } from '../subscriptions/plan-fixtures.js';
import { fixtureBilling } from '../subscriptions/test-billing.js';
import type { Harness } from '../testing/harness.js';

/**
 * For tests: a fixture billing with one usage plan `planId` (JPY, 10 per unit of a `sum` meter on
 * `eventName`), set up before the file's tests. Read `billing` inside tests.
 */
export function useUsagePlan(h: Harness, eventName: string, planId: string): { billing: Billing } {
  const ref = {} as { billing: Billing };
  const plans = new Map<string, ResolvedPlan>();
  beforeAll(async () => {
    ref.billing = fixtureBilling(h, plans);
    const meter = await h.api.post('/v1/meters', {
      event_name: eventName,
      default_aggregation: { formula: 'sum' },
    });
    plans.set(
      planId,
      fixturePlan({ id: planId, currency: 'JPY', usage: { meterId: meter.body.id, unitAmount: '10' } }),
    );
  });
  return ref;
}
