import { ApiError } from '../shared/errors/index.js';
import type { UseCaseDeps } from './deps.js';
import { loadSubscription } from './load.js';
import type { SubscriptionRow } from './subscription.js';

/**
 * Invoices a new subscription's prepaid commitment up front and grants it as paid credits (the
 * credits slice's top-up, through the subscription hooks), once the subscription is stored.
 */
export async function openPrepaidCommitment(
  deps: UseCaseDeps,
  sub: SubscriptionRow,
): Promise<SubscriptionRow> {
  const open = deps.hooks.find((h) => h.openPrepaidCommitment)?.openPrepaidCommitment;
  if (!open || sub.commit_amount === null || sub.commit_end === null) {
    throw new ApiError(
      'service_unavailable',
      'Prepaid commitments need the credits slice, which is not running.',
    );
  }
  const { grantId, invoiceId } = await open({
    subscriptionId: sub.id,
    customerId: sub.customer_id,
    currency: sub.currency,
    amount: sub.commit_amount,
    termEnd: sub.commit_end,
  });
  await deps.ctx.db
    .updateTable('subscriptions')
    .set({ commit_grant: grantId, commit_invoice: invoiceId })
    .where('id', '=', sub.id)
    .execute();
  return loadSubscription(deps.ctx.db, sub.id);
}
