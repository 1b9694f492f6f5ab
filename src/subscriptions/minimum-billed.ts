import type { MinimumCommitment } from '../core/billing/commitments.js';
import type { Period } from '../core/time/period.js';
import type { Executor } from '../db/store.js';
import { billedBefore } from '../invoicing/billed-before.js';
import { minimumFor } from './commitments.js';
import type { SubscriptionRow } from './subscription.js';

/**
 * The minimum of the billing period `window` belongs to, counting what the earlier invoices
 * billed for it (billedBefore) instead of the fees the subscription would bill now: a seat or
 * plan change inside the period changed those. Undefined without a minimum.
 */
export async function minimumBilled(
  trx: Executor,
  sub: SubscriptionRow,
  window: Period,
  zone: string,
  closingKey: string,
): Promise<MinimumCommitment | undefined> {
  const minimum = minimumFor(sub, window, zone);
  if (!minimum) return undefined;
  return { ...minimum, billedBefore: await billedBefore(trx, sub.id, minimum.period, closingKey) };
}
