import { type Consumption, type Restoration, restoreForAdjustments } from '../core/credits/restore.js';
import { Decimal } from '../core/money/decimal.js';
import type { Executor } from '../db/store.js';
import type { InvoiceLineForHooks } from '../invoicing/hooks.js';
import { type LedgerWrite, remainingByGrant, writeLedger } from './ledger.js';
import './tables.js';

/**
 * What the negative late-usage adjustments among `lines` give back to grants: each adjustment of
 * a billable item's interval restores credit to the grants that paid for that usage on earlier
 * invoices (newest consumption first, never more than they consumed net of what came back since,
 * and only to grants still active: an expired or voided grant keeps its write-off). Call after
 * the customer's grants are locked.
 */
export async function adjustmentRestorations(
  trx: Executor,
  input: { customerId: string; currency: string; lines: readonly InvoiceLineForHooks[] },
): Promise<Restoration[]> {
  const adjustments = input.lines.flatMap((l) =>
    l.type === 'adjustment' && l.amount.isNegative() && l.billableItemId
      ? [
          {
            key: l.lineId,
            billableItemId: l.billableItemId,
            amount: l.amount,
            periodStart: l.periodStart,
            periodEnd: l.periodEnd,
          },
        ]
      : [],
  );
  if (adjustments.length === 0) return [];
  const rows = await trx
    .selectFrom('credit_transactions as t')
    .innerJoin('credit_grants as g', 'g.id', 't.grant_id')
    .select([
      't.id',
      't.grant_id',
      't.billable_item_id',
      't.period_start',
      't.period_end',
      't.type',
      't.amount',
    ])
    .where('t.customer_id', '=', input.customerId)
    .where('t.currency', '=', input.currency)
    .where('t.billable_item_id', 'in', [...new Set(adjustments.map((a) => a.billableItemId))])
    .where('t.type', 'in', ['consumed', 'restored'])
    .where('g.status', '=', 'active')
    .orderBy('t.id')
    .execute();
  const groups = new Map<
    string,
    { c: Omit<Consumption, 'restorable' | 'order'>; net: Decimal; order: string }
  >();
  for (const r of rows) {
    if (!r.billable_item_id || !r.period_start || !r.period_end) continue;
    const key = `${r.grant_id}|${r.billable_item_id}|${r.period_start.toISOString()}|${r.period_end.toISOString()}`;
    const group = groups.get(key) ?? {
      c: {
        grantId: r.grant_id,
        billableItemId: r.billable_item_id,
        periodStart: r.period_start,
        periodEnd: r.period_end,
      },
      net: new Decimal(0),
      order: '',
    };
    group.net = group.net.minus(r.amount);
    if (r.type === 'consumed' && r.id > group.order) group.order = r.id;
    groups.set(key, group);
  }
  const consumptions = [...groups.values()].map((g) => ({ ...g.c, restorable: g.net, order: g.order }));
  return restoreForAdjustments(adjustments, consumptions);
}

/** The ledger rows of restorations: `restored`, on the consumption's item and interval. */
export function restorationRows(
  restorations: readonly Restoration[],
  base: { customerId: string; currency: string; invoiceId: string; at: Date },
): LedgerWrite[] {
  return restorations.map((r) => ({
    grantId: r.consumption.grantId,
    customerId: base.customerId,
    currency: base.currency,
    type: 'restored' as const,
    amount: r.amount,
    occurredAt: base.at,
    invoiceId: base.invoiceId,
    invoiceLineId: r.chargeKey,
    billableItemId: r.consumption.billableItemId,
    periodStart: r.consumption.periodStart,
    periodEnd: r.consumption.periodEnd,
    reason: 'late_adjustment' as const,
  }));
}

/**
 * A voided invoice's negative adjustments never happened: the credit they gave back is consumed
 * again, as far as each grant still holds it (what expiry or a void wrote off stays written off).
 * Rows are `consumed` on the same item and interval, so a later adjustment sees them.
 */
export async function retakeAdjustmentCredits(trx: Executor, invoiceId: string, at: Date): Promise<void> {
  const given = await trx
    .selectFrom('credit_transactions')
    .selectAll()
    .where('invoice_id', '=', invoiceId)
    .where('reason', '=', 'late_adjustment')
    .orderBy('id')
    .execute();
  if (given.length === 0) return;
  const left = await remainingByGrant(
    trx,
    given.map((g) => g.grant_id),
  );
  const rows: LedgerWrite[] = [];
  for (const g of given) {
    const have = Decimal.max(left.get(g.grant_id) ?? 0, 0);
    const take = Decimal.min(have, g.amount);
    if (take.isZero()) continue;
    left.set(g.grant_id, have.minus(take));
    rows.push({
      grantId: g.grant_id,
      customerId: g.customer_id,
      currency: g.currency,
      type: 'consumed',
      amount: take.negated(),
      occurredAt: at,
      invoiceId,
      invoiceLineId: g.invoice_line_id,
      billableItemId: g.billable_item_id,
      periodStart: g.period_start,
      periodEnd: g.period_end,
    });
  }
  await writeLedger(trx, rows);
}
