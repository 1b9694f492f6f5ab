import { Decimal, parseDecimal } from '../money/decimal.js';
import type { PriceProblem } from './problem.js';

/** A decimal string known to be valid (validated before any rating). */
export function dec(value: string): Decimal {
  return new Decimal(value);
}

/** Problems with a non-negative decimal amount; prices never go below zero (discounts do that). */
export function checkAmount(value: unknown, param: string): PriceProblem[] {
  if (typeof value !== 'string') return [{ param, message: `${param} must be a decimal string.` }];
  const parsed = parseDecimal(value);
  if (!parsed) return [{ param, message: `${param} must be a decimal string such as "0.002".` }];
  if (parsed.isNegative()) return [{ param, message: `${param} cannot be negative.` }];
  return [];
}

/** Problems with a strictly positive decimal (package sizes, tier bounds). */
export function checkPositive(value: unknown, param: string): PriceProblem[] {
  const problems = checkAmount(value, param);
  if (problems.length > 0) return problems;
  if (dec(value as string).isZero()) return [{ param, message: `${param} must be greater than 0.` }];
  return [];
}
