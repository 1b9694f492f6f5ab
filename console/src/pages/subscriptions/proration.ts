import { prorationLines } from '../../../../src/core/billing/proration.js';
import { Decimal, sum } from '../../../../src/core/money/decimal.js';
import { formatAmount } from '../../../../src/core/money/money.js';
import { period } from '../../../../src/core/time/period.js';

/** A license fee of a plan version, as `POST /v1/pricing_plans/{id}/preview` lists it. */
export interface PlanFee {
  id: string;
  name: string;
  billableItem: string;
  unitAmount: string;
}

/** License-fee quantities by fee id, as subscriptions keep them (a fee not listed counts 1). */
export type Quantities = Record<string, string>;

export interface ProrationLine {
  feeId: string;
  name: string;
  kind: 'credit' | 'charge';
  quantity: string;
  amount: string;
}

export interface ProrationPreview {
  lines: ProrationLine[];
  total: string;
}

const quantityOf = (q: Quantities, feeId: string) => new Decimal(q[feeId] ?? '1');

/**
 * What a change made at `at` inside the current period `[start, end)` prorates: a credit for
 * the unused seconds of every old fee and a charge for the same seconds of every new one, each
 * line rounded once (the server's own `prorationLines`, bundled into the console). It assumes
 * each fee is billed once per billing period, which is how subscriptions bill fees whose service
 * interval is the billing cadence. A fee whose quantity and price are unchanged still makes a
 * credit and a charge that cancel out, as on the invoice.
 */
export function prorationPreview(input: {
  oldFees: PlanFee[];
  oldQuantities: Quantities;
  newFees: PlanFee[];
  newQuantities: Quantities;
  start: string;
  end: string;
  at: Date;
  currency: string;
}): ProrationPreview {
  const current = period(new Date(input.start), new Date(input.end));
  const slice = { period: current, full: current };
  const toSlices = (fees: PlanFee[], q: Quantities) =>
    fees.map((f) => ({
      feeId: f.id,
      name: f.name,
      billableItemId: f.billableItem,
      unitAmount: new Decimal(f.unitAmount),
      quantity: quantityOf(q, f.id),
      slice,
    }));
  const drafts = prorationLines(
    toSlices(input.oldFees, input.oldQuantities),
    toSlices(input.newFees, input.newQuantities),
    input.at,
    input.currency,
    'preview',
  );
  const names = new Map([...input.oldFees, ...input.newFees].map((f) => [f.id, f.name]));
  const lines = drafts.map((d): ProrationLine => {
    const kind = d.key.startsWith('preview:credit:') ? 'credit' : 'charge';
    const feeId = d.key.split(':')[2] ?? '';
    return {
      feeId,
      name: names.get(feeId) ?? feeId,
      kind,
      quantity: (d.quantity ?? new Decimal(0)).abs().toFixed(),
      amount: formatAmount(d.amount, input.currency),
    };
  });
  return { lines, total: formatAmount(sum(drafts.map((d) => d.amount)), input.currency) };
}
