import { type Application, burnDown, type Charge } from '../core/credits/burn-down.js';
import { Decimal } from '../core/money/decimal.js';
import type { Executor } from '../db/store.js';
import type { CreditApplication, InvoiceLineForHooks } from '../invoicing/hooks.js';
import { adjustmentRestorations, restorationRows, retakeAdjustmentCredits } from './adjustment-credits.js';
import { toGrantBalance } from './grant.js';
import { remainingByGrant, writeLedger } from './ledger.js';

/** Usage lines and late-usage adjustments are metered; every other line only by item. */
export function lineCharge(line: InvoiceLineForHooks): Charge {
  return {
    key: line.lineId,
    billableItemId: line.billableItemId,
    metered: line.type === 'usage' || line.type === 'adjustment',
    amount: line.amount,
    period: { start: line.periodStart, end: line.periodEnd },
  };
}

/**
 * Credits for an invoice's lines, before tax: every grant in the invoice currency that was valid
 * during a line's service period and still has something left pays for it, in grant order.
 * A negative late-usage adjustment first gives credit back to the grants that paid for that usage
 * (a negative application on the adjustment line: only the rest reduces the invoice), and that
 * credit can pay for the invoice's other lines. A preview writes nothing; otherwise the grants are
 * locked and the movements are written to the ledger, once per invoice (a second call returns
 * what the first applied).
 */
export async function applyInvoiceCredits(
  trx: Executor,
  input: {
    invoiceId: string;
    customerId: string;
    currency: string;
    at: Date;
    lines: readonly InvoiceLineForHooks[];
    preview: boolean;
  },
): Promise<CreditApplication[]> {
  if (!input.preview) {
    const done = await trx
      .selectFrom('credit_transactions')
      .selectAll()
      .where('invoice_id', '=', input.invoiceId)
      .where((eb) => eb.or([eb('type', '=', 'consumed'), eb('reason', '=', 'late_adjustment')]))
      .orderBy('id')
      .execute();
    if (done.length > 0)
      return done.map((t) => ({
        lineId: t.invoice_line_id as string,
        grantId: t.grant_id,
        amount: new Decimal(t.amount).negated(),
      }));
  }
  let q = trx
    .selectFrom('credit_grants')
    .selectAll()
    .where('customer_id', '=', input.customerId)
    .where('currency', '=', input.currency)
    .where('status', 'in', ['active', 'expired'])
    .where('effective_at', '<=', input.at)
    .orderBy('id');
  if (!input.preview) q = q.forUpdate();
  const rows = await q.execute();
  const ledger = await remainingByGrant(
    trx,
    rows.map((r) => r.id),
  );
  const restorations = await adjustmentRestorations(trx, input);
  for (const r of restorations)
    ledger.set(r.consumption.grantId, (ledger.get(r.consumption.grantId) ?? new Decimal(0)).plus(r.amount));
  const grants = rows.filter((r) => (ledger.get(r.id) ?? new Decimal(0)).gt(0));
  const { applications } = burnDown(
    grants.map((g) => toGrantBalance(g, ledger.get(g.id) as Decimal)),
    input.lines.map(lineCharge),
  );
  const consumed = applications.map((a: Application) => ({
    lineId: a.chargeKey,
    grantId: a.grantId,
    amount: a.amount,
  }));
  const lineOf = new Map(input.lines.map((l) => [l.lineId, l]));
  if (!input.preview)
    await writeLedger(trx, [
      ...restorationRows(restorations, { ...input, at: input.at }),
      ...consumed.map((a) => {
        const line = lineOf.get(a.lineId);
        return {
          grantId: a.grantId,
          customerId: input.customerId,
          currency: input.currency,
          type: 'consumed' as const,
          amount: a.amount.negated(),
          occurredAt: input.at,
          invoiceId: input.invoiceId,
          invoiceLineId: a.lineId,
          billableItemId: line?.billableItemId ?? null,
          periodStart: line?.periodStart ?? null,
          periodEnd: line?.periodEnd ?? null,
        };
      }),
    ]);
  return [
    ...restorations.map((r) => ({
      lineId: r.chargeKey,
      grantId: r.consumption.grantId,
      amount: r.amount.negated(),
    })),
    ...consumed,
  ];
}

/**
 * A voided invoice gives its credits back. A grant that expired meanwhile gets them back and
 * loses them again at once (both rows are in the ledger), so it never revives. Credit its
 * negative adjustments gave back is taken again (as far as the grant still holds it).
 */
export async function restoreInvoiceCredits(trx: Executor, invoiceId: string, at: Date): Promise<void> {
  const consumed = await trx
    .selectFrom('credit_transactions')
    .innerJoin('credit_grants', 'credit_grants.id', 'credit_transactions.grant_id')
    .select([
      'credit_transactions.grant_id',
      'credit_transactions.customer_id',
      'credit_transactions.currency',
      'credit_transactions.amount',
      'credit_transactions.invoice_line_id',
      'credit_transactions.billable_item_id',
      'credit_transactions.period_start',
      'credit_transactions.period_end',
      'credit_grants.status',
    ])
    .where('credit_transactions.invoice_id', '=', invoiceId)
    .where('credit_transactions.type', '=', 'consumed')
    .execute();
  const restored = await trx
    .selectFrom('credit_transactions')
    .select('id')
    .where('invoice_id', '=', invoiceId)
    .where('type', '=', 'restored')
    .where('reason', 'is', null)
    .executeTakeFirst();
  if (restored) return;
  await writeLedger(
    trx,
    consumed.flatMap((c) => {
      const amount = new Decimal(c.amount).negated();
      const base = { grantId: c.grant_id, customerId: c.customer_id, currency: c.currency, occurredAt: at };
      const back = {
        ...base,
        type: 'restored' as const,
        amount,
        invoiceId,
        invoiceLineId: c.invoice_line_id,
        billableItemId: c.billable_item_id,
        periodStart: c.period_start,
        periodEnd: c.period_end,
      };
      if (c.status === 'active') return [back];
      const lost = c.status === 'voided' ? ('voided' as const) : ('expired' as const);
      return [back, { ...base, type: lost, amount: amount.negated(), invoiceId }];
    }),
  );
  // after the consumption came back: credit the adjustments gave back may have paid for it
  await retakeAdjustmentCredits(trx, invoiceId, at);
}
