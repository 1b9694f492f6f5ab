import type { Price } from '../pricing/price.js';
import type { ResolvedBillableItem, ResolvedRate } from './resolved-plan.js';

/**
 * A matrix price (core/pricing/matrix.ts) as billing rates it: one per-unit rate per entry, on the
 * same billable item, whose meter filter also fixes the entry's dimension values. Each is then an
 * ordinary usage line (its own aggregate, late adjustments and re-rates re-read the same filter),
 * keyed and described by its combination. Every other price is its own single rate.
 */
export function expandMatrix(rate: ResolvedRate): ResolvedRate[] {
  const { price } = rate;
  if (price.type !== 'matrix') return [rate];
  return price.entries.map((entry) => {
    const combination = Object.fromEntries(price.dimensions.map((d, i) => [d, entry.values[i] ?? '']));
    const item: ResolvedBillableItem = {
      ...rate.billableItem,
      name: `${rate.billableItem.name} (${Object.values(combination).join(', ')})`,
      meterFilter: { ...(rate.billableItem.meterFilter ?? {}), ...combination },
    };
    const perUnit: Price = { type: 'per_unit', unit_amount: entry.unit_amount };
    return { id: rate.id, billableItem: item, price: perUnit, combination };
  });
}

/** What keys a rate's usage lines: the item, and a matrix combination's values in dimension order. */
export function rateItemKey(rate: ResolvedRate): string {
  const c = rate.combination;
  if (!c) return rate.billableItem.id;
  return `${rate.billableItem.id}[${Object.entries(c)
    .map(([k, v]) => `${k}=${v}`)
    .join(',')}]`;
}
