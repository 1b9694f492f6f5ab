import type { Selectable } from 'kysely';
import type { LineDraft, UsageRef } from '../core/billing/line.js';
import { adjustmentLine } from '../core/billing/usage-lines.js';
import { Decimal } from '../core/money/decimal.js';
import type { Executor } from '../db/store.js';
import type { UsageQuery } from '../metering/usage-query.js';
import type { InvoicingDeps } from './deps.js';
import type { InvoiceLineRow, InvoiceRow } from './invoice.js';
import type { BilledUsageTable } from './tables.js';

type BilledUsageRow = Selectable<BilledUsageTable>;

/**
 * Re-reads the meter for every usage and adjustment line of drafts being finalized: events that
 * arrived during the grace period are billed on this invoice, not as a late adjustment on the
 * next one. What was billed is read for all drafts at once; a line that changed is written (and
 * changed in `linesOf`, so the caller computes amounts from what is stored).
 */
export async function rerateUsage(
  deps: InvoicingDeps,
  trx: Executor,
  drafts: readonly { row: InvoiceRow; at: Date }[],
  linesOf: Map<string, InvoiceLineRow[]>,
): Promise<void> {
  const keys = drafts.flatMap((d) => (linesOf.get(d.row.id) ?? []).flatMap((l) => l.usage_key ?? []));
  if (keys.length === 0) return;
  const billed = new Map(
    (await trx.selectFrom('billed_usage').selectAll().where('key', 'in', keys).execute()).map((r) => [
      r.key,
      r,
    ]),
  );
  const asked: { invoice: InvoiceRow; at: Date; lines: InvoiceLineRow[]; i: number; row: BilledUsageRow }[] =
    [];
  for (const { row: invoice, at } of drafts) {
    const lines = linesOf.get(invoice.id) ?? [];
    for (const [i, line] of lines.entries()) {
      const row = line.usage_key ? billed.get(line.usage_key) : undefined;
      if (row && row.invoice_id === invoice.id) asked.push({ invoice, at, lines, i, row });
    }
  }
  // Every line's meter read in one go (one statement per meter and interval).
  const quantities = await deps.aggregateMany(
    asked.map((a) => billedUsageQuery(a.row)),
    trx,
  );
  for (const [k, { invoice, at, lines, i, row }] of asked.entries()) {
    const line = lines[i] as InvoiceLineRow;
    // The same difference a late event makes on the next invoice (lateAdjustment), folded into
    // the line itself while the invoice is still a draft.
    const delta = lateAdjustment(row, quantities[k] as Decimal, invoice.currency);
    if (!delta?.usage) continue;
    // A percentage line shows its volume, not the fee it is billed by: read it again.
    const shown =
      row.price.type === 'percentage'
        ? await deps.aggregate({ ...billedUsageQuery(row), fee: undefined }, trx)
        : new Decimal(line.quantity ?? '0').plus(delta.quantity ?? 0);
    const changed = {
      ...line,
      quantity: shown.toFixed(),
      amount: new Decimal(line.amount).plus(delta.amount).toFixed(),
    };
    await trx
      .updateTable('invoice_lines')
      .set({ quantity: changed.quantity, amount: changed.amount })
      .where('id', '=', line.id)
      .execute();
    await trx
      .updateTable('billed_usage')
      .set({
        quantity: delta.usage.quantity.toFixed(),
        amount: delta.usage.amount.toFixed(),
        updated_at: at,
      })
      .where('key', '=', row.key)
      .execute();
    lines[i] = changed;
  }
}

/** What was billed for one interval, as the core re-rates it. */
function billedRef(row: BilledUsageRow): UsageRef {
  return {
    key: row.key,
    rateId: row.rate_id,
    meterId: row.meter_id,
    filter: row.meter_filter,
    exclude: row.meter_exclude,
    price: row.price,
    quantity: new Decimal(row.quantity),
    amount: new Decimal(row.amount),
  };
}

/**
 * A billed interval re-read at `quantity`: the adjustment line of the difference (re-rated with
 * the price it was billed at), or undefined when nothing changed. The late-event adjustment on a
 * later invoice and the grace-period re-rate of a draft are both this.
 */
export function lateAdjustment(
  row: BilledUsageRow,
  quantity: Decimal,
  currency: string,
): LineDraft | undefined {
  return adjustmentLine({
    billed: billedRef(row),
    billableItemId: row.billable_item,
    name: row.name,
    interval: { start: row.interval_start, end: row.interval_end },
    quantity,
    currency,
  });
}

/** The meter read that re-rates one billed interval (grace-period events, late events). */
export function billedUsageQuery(row: BilledUsageRow): UsageQuery {
  return {
    meterId: row.meter_id,
    customerId: row.customer_id,
    start: row.interval_start,
    end: row.interval_end,
    filter: row.meter_filter,
    exclude: row.meter_exclude,
    ...(row.price.type === 'percentage' ? { fee: row.price } : {}),
  };
}
