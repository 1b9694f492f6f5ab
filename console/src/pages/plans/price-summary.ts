import type { Price } from '../../api/types.js';

/** A one-line description of a price for tables: "0.002 / unit", "3 tiers (graduated)". */
export function priceSummary(price: Price, unit: (amount: string) => string): string {
  switch (price.type) {
    case 'per_unit':
      return `${unit(price.unit_amount)} / unit`;
    case 'package':
      return `${unit(price.unit_amount)} / ${price.package_size} (${price.rounding ?? 'up'})`;
    case 'tiered':
      return `${price.tiers.length} tiers (${price.tiers_mode}): ${price.tiers
        .map(
          (t) =>
            `${t.up_to ?? '∞'} @ ${unit(t.unit_amount)}${t.flat_amount !== '0' ? ` + ${unit(t.flat_amount)}` : ''}`,
        )
        .join(', ')}`;
  }
}
