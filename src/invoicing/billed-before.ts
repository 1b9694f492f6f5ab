import { type LineDraft, type LineType, storedLineDraft } from '../core/billing/line.js';
import { Decimal } from '../core/money/decimal.js';
import type { Period } from '../core/time/period.js';
import type { Executor } from '../db/store.js';
import './tables.js';

/** The lines a minimum counts: charges, not credits, discounts or an earlier true-up. */
const CHARGES: readonly LineType[] = ['license_fee', 'usage', 'proration', 'adjustment', 'one_off'];

/**
 * The charge lines of the period `full` that the subscription's earlier invoices billed, as they
 * were billed: the period's license fees in advance on the invoice before it (at the quantity
 * and plan of that moment), prorations invoiced at once by a change inside the period, one-off
 * items. Every invoice of the subscription counts except a void one and the invoice that closes
 * the period (`closingKey`, its period key: it is the one being made). Each line carries what
 * its invoice's discounts took off it (`discountAmount`); a line stored before that was kept
 * (migration 0315) carries none, and the minimum recomputes it (core/billing/commitments.ts;
 * src/subscriptions/minimum-billed.ts asks).
 */
export async function billedBefore(
  trx: Executor,
  subscriptionId: string,
  full: Period,
  closingKey: string,
): Promise<LineDraft[]> {
  const rows = await trx
    .selectFrom('invoice_lines as l')
    .innerJoin('invoices as i', 'i.id', 'l.invoice_id')
    .select([
      'l.key',
      'l.type',
      'l.description',
      'l.billable_item',
      'l.quantity',
      'l.unit_amount',
      'l.amount',
      'l.period_start',
      'l.period_end',
      'l.discount_amount',
    ])
    .where('i.subscription_id', '=', subscriptionId)
    .where('i.status', '<>', 'void')
    .where((eb) => eb.or([eb('i.period_key', 'is', null), eb('i.period_key', '<>', closingKey)]))
    .where('l.type', 'in', CHARGES)
    .where('l.period_start', '>=', full.start)
    .where('l.period_start', '<', full.end)
    .orderBy('i.created_at')
    .orderBy('l.position')
    .execute();
  return rows.map((r) => ({
    ...storedLineDraft(r),
    ...(r.discount_amount === null ? {} : { discountAmount: new Decimal(r.discount_amount) }),
  }));
}
