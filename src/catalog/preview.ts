import { assembleInvoice } from '../core/billing/assemble.js';
import type { LineDraft } from '../core/billing/line.js';
import { rateItemKey } from '../core/billing/matrix-rates.js';
import { billedAmountPrecise } from '../core/billing/usage-lines.js';
import { Decimal, ZERO } from '../core/money/decimal.js';
import type { Price } from '../core/pricing/price.js';
import { rate } from '../core/pricing/rate.js';
import type { Period } from '../core/time/period.js';
import type { ResolvedLicenseFee, ResolvedPlan, ResolvedRate, ResolvedRateCard } from './resolved-plan.js';

/** One priced line: the exact amount and the amount rounded once, half away from zero. */
export interface PricedLine {
  readonly type: 'usage' | 'license_fee';
  readonly description: string;
  readonly billableItem: string;
  readonly rateCard: string | null;
  readonly rate: string | null;
  readonly licenseFee: string | null;
  readonly quantity: Decimal;
  /** Per-unit prices and license fees have one; package and tiered prices do not. */
  readonly unitAmount: string | null;
  readonly amountPrecise: Decimal;
  readonly amount: Decimal;
  readonly period: Period | null;
}

export interface PricedPlan {
  readonly lines: readonly PricedLine[];
  readonly total: Decimal;
}

function unitAmountOf(price: Price): string | null {
  return price.type === 'per_unit' ? price.unit_amount : null;
}

/** An assembled usage line (core/billing/assemble.ts) as the catalog shows it, with its exact amount. */
export function pricedUsage(
  line: LineDraft,
  card: ResolvedRateCard,
  r: ResolvedRate,
  period: Period | null,
): PricedLine {
  const quantity = line.quantity ?? ZERO;
  return {
    type: 'usage',
    description: line.description,
    billableItem: r.billableItem.id,
    rateCard: card.id,
    rate: r.id,
    licenseFee: null,
    quantity,
    unitAmount: unitAmountOf(r.price),
    amountPrecise: line.usage ? billedAmountPrecise(r.price, line.usage.quantity) : rate(r.price, quantity),
    amount: line.amount,
    period,
  };
}

/** An assembled license fee line as the catalog shows it: named by the fee alone. */
export function pricedFee(line: LineDraft, fee: ResolvedLicenseFee, period: Period | null): PricedLine {
  const quantity = line.quantity ?? ZERO;
  return {
    type: 'license_fee',
    description: fee.name,
    billableItem: fee.licensedItem.id,
    rateCard: null,
    rate: null,
    licenseFee: fee.id,
    quantity,
    unitAmount: fee.unitAmount,
    amountPrecise: quantity.times(new Decimal(fee.unitAmount)),
    amount: line.amount,
    period,
  };
}

/** Plan previews price one nominal service interval; its dates are never shown. */
const NOMINAL: Period = { start: new Date(0), end: new Date(86_400_000) };

/**
 * Prices one service interval of a plan: every rate at the quantity given for its billable item
 * (0 when none is given: zero-amount lines stay, as on an invoice) and every license fee at its
 * licensed item's quantity (1 when none is given), through the invoice assembly
 * (core/billing/assemble.ts). Pure; quantities are keyed by item id.
 */
export function previewPlan(plan: ResolvedPlan, quantities: ReadonlyMap<string, Decimal>): PricedPlan {
  const shown: ((line: LineDraft) => PricedLine)[] = [];
  const usage = plan.rateCards.flatMap((card) =>
    card.rates.map((r) => {
      shown.push((line) => pricedUsage(line, card, r, null));
      const quantity = quantities.get(r.billableItem.id) ?? ZERO;
      const key = `preview:${r.id}:${rateItemKey(r)}`;
      // A percentage price's quantity here is one transaction of that amount: its fee is billed.
      if (r.price.type === 'percentage')
        return { key, rate: r, interval: NOMINAL, quantity: rate(r.price, quantity), basis: quantity };
      return { key, rate: r, interval: NOMINAL, quantity };
    }),
  );
  const fees = plan.licenseFees.map((fee) => {
    shown.push((line) => pricedFee(line, fee, null));
    return {
      feeId: fee.id,
      name: fee.name,
      billableItemId: fee.licensedItem.id,
      unitAmount: new Decimal(fee.unitAmount),
      quantity: quantities.get(fee.licensedItem.id) ?? new Decimal(1),
      // A whole interval: charged in full.
      slice: { period: NOMINAL, full: NOMINAL },
    };
  });
  const { lines, totals } = assembleInvoice({ currency: plan.currency, owner: 'preview', usage, fees });
  return {
    lines: lines.map((line, i) => (shown[i] as (l: LineDraft) => PricedLine)(line)),
    total: totals.total,
  };
}

/** Maps the API's keys (billable item id or lookup_key) to item ids the plan prices. */
export function quantitiesByItem(
  plan: ResolvedPlan,
  input: Readonly<Record<string, string>>,
): { quantities: Map<string, Decimal>; unknown: string[] } {
  const items = [
    ...plan.rateCards.flatMap((c) => c.rates.map((r) => r.billableItem)),
    ...plan.licenseFees.map((f) => f.licensedItem),
  ];
  const quantities = new Map<string, Decimal>();
  const unknown: string[] = [];
  for (const [key, value] of Object.entries(input)) {
    const item = items.find((i) => i.id === key) ?? items.find((i) => i.lookupKey === key);
    if (item) quantities.set(item.id, new Decimal(value));
    else unknown.push(key);
  }
  return { quantities, unknown };
}
