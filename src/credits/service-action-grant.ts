import { Decimal } from '../core/money/decimal.js';
import type { Executor } from '../db/store.js';
import type { SubscriptionHooks } from '../invoicing/hooks.js';
import type { GrantRow } from './grant.js';
import { insertGrant } from './insert-grant.js';

/** What subscriptions say when a service action's interval begins. */
type ServiceActionDue = Parameters<NonNullable<SubscriptionHooks['onServiceActionDue']>>[1];

/** One grant per service action and service interval, expiring at the interval's end. */
export function grantForServiceAction(trx: Executor, input: ServiceActionDue): Promise<GrantRow> {
  const template = input.serviceAction.creditGrant;
  return insertGrant(
    trx,
    {
      customerId: input.customerId,
      currency: template.currency,
      amount: new Decimal(template.amount),
      category: template.category,
      applicability:
        'scope' in template.applicability
          ? { scope: 'metered' }
          : { billable_items: [...template.applicability.billableItems] },
      priority: template.priority,
      effectiveAt: input.servicePeriod.start,
      expiresAt: input.servicePeriod.end,
      source: 'service_action',
      sourceKey: `sa:${input.subscriptionId}:${input.serviceAction.id}:${input.servicePeriod.start.toISOString()}`,
      subscriptionId: input.subscriptionId,
      name: input.serviceAction.name,
      metadata: { service_action: input.serviceAction.id },
    },
    input.at,
  );
}
