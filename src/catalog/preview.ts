import { Decimal, ZERO } from '../core/money/decimal.js';
import { roundAmount } from '../core/money/money.js';
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

export function usageLine(
  currency: string,
  card: ResolvedRateCard,
  r: ResolvedRate,
  quantity: Decimal,
  period: Period | null = null,
): PricedLine {
  const precise = rate(r.price, quantity);
  return {
    type: 'usage',
    description: r.billableItem.name,
    billableItem: r.billableItem.id,
    rateCard: card.id,
    rate: r.id,
    licenseFee: null,
    quantity,
    unitAmount: unitAmountOf(r.price),
    amountPrecise: precise,
    amount: roundAmount(precise, currency),
    period,
  };
}

export function licenseFeeLine(
  currency: string,
  fee: ResolvedLicenseFee,
  quantity: Decimal,
  period: Period | null = null,
): PricedLine {
  const precise = quantity.times(new Decimal(fee.unitAmount));
  return {
    type: 'license_fee',
    description: fee.name,
    billableItem: fee.licensedItem.id,
    rateCard: null,
    rate: null,
    licenseFee: fee.id,
    quantity,
    unitAmount: fee.unitAmount,
    amountPrecise: precise,
    amount: roundAmount(precise, currency),
    period,
  };
}

export function totalOf(lines: readonly PricedLine[]): Decimal {
  return lines.reduce((sum, line) => sum.plus(line.amount), ZERO);
}

/**
 * Prices one service interval of a plan: every rate at the quantity given for its billable item
 * (0 when none is given: zero-amount lines stay, as on an invoice) and every license fee at its
 * licensed item's quantity (1 when none is given). Pure; quantities are keyed by item id.
 */
export function previewPlan(plan: ResolvedPlan, quantities: ReadonlyMap<string, Decimal>): PricedPlan {
  const lines: PricedLine[] = [];
  for (const card of plan.rateCards)
    for (const r of card.rates)
      lines.push(usageLine(plan.currency, card, r, quantities.get(r.billableItem.id) ?? ZERO));
  for (const fee of plan.licenseFees)
    lines.push(licenseFeeLine(plan.currency, fee, quantities.get(fee.licensedItem.id) ?? new Decimal(1)));
  return { lines, total: totalOf(lines) };
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
