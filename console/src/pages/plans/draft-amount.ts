import { Decimal } from '../../../../src/core/money/decimal.js';
import { formatAmount, roundAmount } from '../../../../src/core/money/money.js';
import type { Price as CorePrice } from '../../../../src/core/pricing/price.js';
import { rate } from '../../../../src/core/pricing/rate.js';
import type { Price } from '../../api/types.js';

/**
 * What a quantity costs under a price being edited, rounded once to the currency's minor unit.
 * It runs the server's own rating code (src/core/pricing, pure and bundled into the console), so
 * the preview while typing is exactly what an invoice line would say.
 */
export function draftAmount(price: Price, quantity: string, currency: string): string {
  const precise = rate(price as CorePrice, new Decimal(quantity));
  return formatAmount(roundAmount(precise, currency), currency);
}
