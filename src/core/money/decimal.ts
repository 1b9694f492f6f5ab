import { Decimal as DecimalJs } from 'decimal.js';

/**
 * The one decimal type Tariff uses for money and quantities. 60 significant digits so that a
 * sub-minor-unit price (0.000002 USD per token) times a quantity in the billions stays exact;
 * the default rounding is half away from zero (decimal.js calls it ROUND_HALF_UP).
 */
export const Decimal = DecimalJs.clone({
  precision: 60,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Decimal = DecimalJs;
/** What a decimal can be made from: a decimal string, an integer count, or a Decimal. */
export type DecimalValue = string | number | DecimalJs;

export const ZERO = new Decimal(0);

/** A decimal as written in JSON and stored in `numeric`: plain notation, no exponent. */
export function decimalString(value: Decimal): string {
  return value.toFixed();
}

const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

/** Parses a decimal string from the API. Returns undefined for anything that is not a plain decimal. */
export function parseDecimal(input: string): Decimal | undefined {
  const trimmed = input.trim();
  if (!DECIMAL_PATTERN.test(trimmed)) return undefined;
  return new Decimal(trimmed);
}

export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}
