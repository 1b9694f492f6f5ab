import type { MatrixPrice } from './matrix.js';
import type { PercentagePrice } from './percentage.js';

/**
 * A price, as the API writes it (DESIGN 5). Decimal values are strings. A discriminated union:
 * each model is rated by its own file in this folder, dispatched by an exhaustive switch in
 * `rate.ts`, so a new model that is not handled does not compile.
 */
export type Price = PerUnitPrice | PackagePrice | TieredPrice | MatrixPrice | PercentagePrice;

export interface PerUnitPrice {
  readonly type: 'per_unit';
  readonly unit_amount: string;
}

export interface PackagePrice {
  readonly type: 'package';
  readonly package_size: string;
  readonly unit_amount: string;
  readonly rounding: 'up' | 'down';
}

export interface Tier {
  /** Inclusive upper bound of the tier; null for the last, unbounded tier. */
  readonly up_to: string | null;
  readonly unit_amount: string;
  readonly flat_amount: string;
}

export interface TieredPrice {
  readonly type: 'tiered';
  readonly tiers_mode: 'graduated' | 'volume';
  readonly tiers: readonly Tier[];
}
