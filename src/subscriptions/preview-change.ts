import { Decimal } from '../core/money/decimal.js';
import { formatAmount } from '../core/money/money.js';
import type { Executor } from '../db/store.js';
import { invoiceJsonIn } from '../invoicing/reads.js';
import type { AsOf, UseCaseDeps } from './deps.js';
import { applyAtEffectiveIn, type BuildChange } from './effective-change.js';
import { subscriptionJson } from './subscription.js';

/** Thrown to roll a preview's transaction back while carrying its answer out. */
class RolledBack<T> extends Error {
  constructor(readonly value: T) {
    super('preview rolled back');
  }
}

/** Runs `fn` in a transaction that is always rolled back, and returns what it computed. */
export async function dryRun<T>(deps: UseCaseDeps, fn: (trx: Executor) => Promise<T>): Promise<T> {
  try {
    await deps.ctx.db.transaction().execute(async (trx) => {
      throw new RolledBack(await fn(trx));
    });
  } catch (e) {
    if (e instanceof RolledBack) return e.value as T;
    throw e;
  }
  throw new Error('unreachable: a preview transaction always rolls back');
}

/**
 * What a plan or quantity change would do, computed by making it (the very code a real change
 * runs: the periods due first, the plan and quantities resolved, the prorations, an invoice for
 * `always_invoice` with its tax) in a transaction that is then rolled back: nothing is stored, no
 * webhook is sent, no invoice number is used. The preview and the change cannot disagree.
 */
export async function previewChange(
  deps: UseCaseDeps,
  id: string,
  effective: string | undefined,
  build: BuildChange,
  asOf?: AsOf,
) {
  return dryRun(deps, async (trx) => {
    const applied = await applyAtEffectiveIn(deps, trx, id, asOf, effective, build);
    const sub = applied.row;
    const invoice = applied.invoiceId ? await invoiceJsonIn(trx, applied.invoiceId) : null;
    const pending = applied.changeId
      ? await trx
          .selectFrom('pending_invoice_items')
          .selectAll()
          .where('key', 'like', `${sub.id}:change:${applied.changeId}%`)
          .orderBy('key')
          .execute()
      : [];
    const money = (v: Decimal) => formatAmount(v, sub.currency);
    const lines =
      invoice?.lines ??
      pending.map((l) => ({
        type: l.type,
        description: l.description,
        billable_item: l.billable_item,
        quantity: l.quantity === null ? null : new Decimal(l.quantity).toFixed(),
        unit_amount: l.unit_amount === null ? null : new Decimal(l.unit_amount).toFixed(),
        amount: money(new Decimal(l.amount)),
        period_start: l.period_start.toISOString(),
        period_end: l.period_end.toISOString(),
      }));
    const total = lines.reduce((sum, l) => sum.plus(l.amount), new Decimal(0));
    return {
      object: 'subscription_change_preview' as const,
      subscription: subscriptionJson(sub),
      effective_at: applied.at.toISOString(),
      currency: sub.currency,
      proration_lines: lines.map((l) => ({
        type: l.type,
        description: l.description,
        billable_item: l.billable_item,
        quantity: l.quantity,
        unit_amount: l.unit_amount,
        amount: l.amount,
        period_start: l.period_start,
        period_end: l.period_end,
      })),
      proration_total: money(total),
      invoice,
    };
  });
}

export type ChangePreviewJson = Awaited<ReturnType<typeof previewChange>>;
