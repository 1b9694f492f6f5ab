import type { Selectable } from 'kysely';
import type { ResolvedPlan } from '../catalog/resolved-plan.js';
import type { Executor } from '../db/store.js';
import { type BilledUsageRow, finalBilledUsage } from '../invoicing/reads.js';
import type { PendingInvoiceItemsTable } from './tables.js';

export type { BilledUsageRow };
export type PendingItemRow = Selectable<PendingInvoiceItemsTable>;

/**
 * The rows a period's lines are built from, besides the meter. `directReads` asks the database
 * per subscription; `prefetchReads` reads them for a whole worker batch in three statements and
 * answers from memory. Either way the lines are built by the same functions (period-lines.ts).
 */
export interface PeriodReads {
  /** Phases in time order (`effective_at`, then id). */
  phases(subscriptionId: string): Promise<{ effective_at: Date; plan: ResolvedPlan | null }[]>;
  /** Usage billed on finalized invoices whose service interval ends after `since`. */
  finalBilled(subscriptionId: string, since: Date): Promise<BilledUsageRow[]>;
  /** Proration lines not yet on an invoice, by id. */
  pendingItems(subscriptionId: string): Promise<PendingItemRow[]>;
}

export function directReads(trx: Executor): PeriodReads {
  return {
    phases: (id) =>
      trx
        .selectFrom('subscription_phases')
        .select(['effective_at', 'plan'])
        .where('subscription_id', '=', id)
        .orderBy('effective_at')
        .orderBy('id')
        .execute(),
    finalBilled: (id, since) => finalBilledUsage(trx, [id], since),
    pendingItems: (id) =>
      trx
        .selectFrom('pending_invoice_items')
        .selectAll()
        .where('subscription_id', '=', id)
        .where('invoice_id', 'is', null)
        .orderBy('id')
        .execute(),
  };
}

function groupBy<T>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/**
 * One read per table for `subscriptionIds` (locked by the caller). `since` must be no later
 * than any `since` asked of `finalBilled` afterwards; each answer is filtered to its own.
 */
export async function prefetchReads(
  trx: Executor,
  subscriptionIds: readonly string[],
  since: Date,
): Promise<PeriodReads> {
  if (subscriptionIds.length === 0) return directReads(trx);
  const ids = [...subscriptionIds];
  // One after another: a connection runs one statement at a time anyway.
  const phases = await trx
    .selectFrom('subscription_phases')
    .select(['subscription_id', 'effective_at', 'plan'])
    .where('subscription_id', 'in', ids)
    .orderBy('effective_at')
    .orderBy('id')
    .execute();
  const billed = await finalBilledUsage(trx, ids, since);
  const pending = await trx
    .selectFrom('pending_invoice_items')
    .selectAll()
    .where('subscription_id', 'in', ids)
    .where('invoice_id', 'is', null)
    .orderBy('id')
    .execute();
  const phasesOf = groupBy(phases, (r) => r.subscription_id);
  const billedOf = groupBy(billed, (r) => r.subscription_id);
  const pendingOf = groupBy(pending, (r) => r.subscription_id);
  return {
    phases: async (id) => phasesOf.get(id) ?? [],
    finalBilled: async (id, at) => (billedOf.get(id) ?? []).filter((r) => r.interval_end > at),
    pendingItems: async (id) => pendingOf.get(id) ?? [],
  };
}
