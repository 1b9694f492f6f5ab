import type { Price } from '../pricing/price.js';
import type { ResolvedBillableItem, ResolvedRate } from './resolved-plan.js';

/**
 * A matrix price (core/pricing/matrix.ts) as billing rates it: one per-unit rate per entry, on the
 * same billable item, whose meter filter also fixes the entry's dimension values. Each is then an
 * ordinary usage line (its own aggregate, late adjustments and re-rates re-read the same filter),
 * keyed and described by its combination. A default price adds one more line, `Item (other)`,
 * for the usage no entry names (events matching none of the entries' values, or missing a
 * dimension). Every other price is its own single rate.
 */
/** How the default line of a matrix is named (its key is `item[*]`). */
const OTHER = 'other';

export function expandMatrix(rate: ResolvedRate): ResolvedRate[] {
  const { price } = rate;
  if (price.type !== 'matrix') return [rate];
  const named = price.entries.map((entry) => {
    const combination = Object.fromEntries(price.dimensions.map((d, i) => [d, entry.values[i] ?? '']));
    const item: ResolvedBillableItem = {
      ...rate.billableItem,
      name: `${rate.billableItem.name} (${Object.values(combination).join(', ')})`,
      meterFilter: { ...(rate.billableItem.meterFilter ?? {}), ...combination },
    };
    const perUnit: Price = { type: 'per_unit', unit_amount: entry.unit_amount };
    return { id: rate.id, billableItem: item, price: perUnit, combination };
  });
  if (price.default_unit_amount === null) return named;
  // The default: one more per-unit line for the usage no entry names.
  const other: ResolvedRate = {
    id: rate.id,
    billableItem: { ...rate.billableItem, name: `${rate.billableItem.name} (${OTHER})` },
    price: { type: 'per_unit', unit_amount: price.default_unit_amount },
    exclude: named.map((r) => r.combination ?? {}),
  };
  return [...named, other];
}

/**
 * Among resolved (expanded) rates, one question per matrix that has no default price: its item's
 * usage that no entry names, i.e. what is not billed (the upcoming invoice warns of it).
 */
export function unpricedMatrixRates(rates: readonly ResolvedRate[]): ResolvedRate[] {
  const byRate = new Map<string, ResolvedRate[]>();
  for (const r of rates) {
    if (!r.combination && !r.exclude) continue;
    byRate.set(r.id, [...(byRate.get(r.id) ?? []), r]);
  }
  const out: ResolvedRate[] = [];
  for (const [id, expanded] of byRate) {
    const first = expanded[0];
    if (!first || expanded.some((r) => r.exclude)) continue;
    const combination = first.combination ?? {};
    const filter = Object.fromEntries(
      Object.entries(first.billableItem.meterFilter ?? {}).filter(([k]) => !(k in combination)),
    );
    out.push({
      id,
      billableItem: { ...first.billableItem, meterFilter: Object.keys(filter).length > 0 ? filter : null },
      price: { type: 'per_unit', unit_amount: '0' },
      exclude: expanded.map((r) => r.combination ?? {}),
    });
  }
  return out;
}

/** What keys a rate's usage lines: the item, and a matrix combination's values in dimension order. */
export function rateItemKey(rate: ResolvedRate): string {
  if (rate.exclude) return `${rate.billableItem.id}[*]`;
  const c = rate.combination;
  if (!c) return rate.billableItem.id;
  return `${rate.billableItem.id}[${Object.entries(c)
    .map(([k, v]) => `${k}=${v}`)
    .join(',')}]`;
}
