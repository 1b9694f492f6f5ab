import type { Decimal } from '../money/decimal.js';
import { graduated } from './graduated.js';
import { packagePrice } from './package.js';
import { perUnit } from './per-unit.js';
import { percentageFee } from './percentage.js';
import type { Price } from './price.js';
import { volume } from './volume.js';

function rateNonNegative(price: Price, quantity: Decimal): Decimal {
  switch (price.type) {
    case 'per_unit':
      return perUnit.rate(price, quantity);
    case 'package':
      return packagePrice.rate(price, quantity);
    case 'tiered':
      return price.tiers_mode === 'graduated'
        ? graduated.rate(price, quantity)
        : volume.rate(price, quantity);
    case 'matrix':
      // A matrix is one price per combination: resolving a plan expands it into one per-unit rate
      // per entry (catalog/matrix-rates.ts), so billing never rates it whole.
      throw new Error('a matrix price is rated per combination, after expandMatrix');
    case 'percentage':
      // A quantity on its own is one transaction of that amount. Billing never rates a period's
      // sum this way: metering sums each event's fee (core/billing/usage-lines.ts, ratedAmount).
      return percentageFee(price, quantity);
    default: {
      const never: never = price;
      throw new Error(`unknown price type ${JSON.stringify(never)}`);
    }
  }
}

/**
 * The exact, UNROUNDED amount a quantity costs under a price. Invoices round once per line with
 * `roundAmount` from src/core/money; nothing here rounds, so sub-minor-unit prices stay exact.
 *
 * Quantity 0 costs 0 in every model (no tier is reached; a fixed charge is a license fee).
 * A negative quantity (a net correction, e.g. usage refunded through adjustments) is rated as the
 * mirror image of the same positive quantity: rate(p, -q) = -rate(p, q). It undoes exactly what
 * that quantity would have cost on its own, so a correction never earns the customer a tier
 * discount or a free package. To correct a tiered total, re-rate the corrected total instead.
 *
 * The price must have passed `validatePrice`.
 */
export function rate(price: Price, quantity: Decimal): Decimal {
  if (quantity.isNegative()) return rateNonNegative(price, quantity.negated()).negated();
  return rateNonNegative(price, quantity);
}
