import { Type } from 'typebox';

/**
 * A decimal the API writes (a sum, a usage value, an amount): a string, never a JSON number.
 * Unlike DecimalString (what clients may send), it has no digit limits: a sum of many bounded
 * values can be longer than any one of them.
 */
export const DecimalOut = Type.String({
  pattern: '^-?[0-9]+(\\.[0-9]+)?$',
  description: 'A decimal number written as a string, e.g. "1250" or "0.5".',
});

/** An amount of money: rounded to its currency's digits ("1100" in JPY, "12.50" in USD). */
export const AmountOut = Type.String({
  pattern: '^-?[0-9]+(\\.[0-9]+)?$',
  description:
    'An amount as a decimal string with the currency\'s digits, e.g. "1100" (JPY) or "12.50" (USD).',
});
