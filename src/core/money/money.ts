import { exponentOf } from './currency.js';
import { Decimal, type DecimalValue, ZERO } from './decimal.js';

/**
 * An amount in one currency. The currency is a type parameter so that code which knows its
 * currencies statically (tests, fixtures) cannot add JPY to USD; code that reads currencies from
 * the database works with `Money<string>` and is protected by the runtime check in `assertSame`.
 */
export interface Money<C extends string = string> {
  readonly amount: Decimal;
  readonly currency: C;
}

export class CurrencyMismatchError extends Error {
  constructor(
    readonly left: string,
    readonly right: string,
  ) {
    super(`cannot combine ${left} with ${right}`);
  }
}

export function money<C extends string>(amount: DecimalValue, currency: C): Money<C> {
  return Object.freeze({ amount: new Decimal(amount), currency });
}

export function zero<C extends string>(currency: C): Money<C> {
  return money(ZERO, currency);
}

function assertSame(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency);
}

export function add<C extends string>(a: Money<C>, b: Money<NoInfer<C>>): Money<C> {
  assertSame(a, b);
  return money(a.amount.plus(b.amount), a.currency);
}

export function subtract<C extends string>(a: Money<C>, b: Money<NoInfer<C>>): Money<C> {
  assertSame(a, b);
  return money(a.amount.minus(b.amount), a.currency);
}

export function negate<C extends string>(a: Money<C>): Money<C> {
  return money(a.amount.negated(), a.currency);
}

/** Multiplies without rounding: unit prices and fractions may be finer than the minor unit. */
export function multiply<C extends string>(a: Money<C>, factor: DecimalValue): Money<C> {
  return money(a.amount.times(factor), a.currency);
}

/**
 * Rounds to the currency's minor unit, half away from zero (1.5 JPY → 2, -1.5 JPY → -2).
 * Tariff rounds once per invoice line and once per tax rate, never in between.
 */
export function roundToMinor<C extends string>(a: Money<C>): Money<C> {
  return money(roundAmount(a.amount, a.currency), a.currency);
}

export function roundAmount(amount: Decimal, currency: string): Decimal {
  return amount.toDecimalPlaces(exponentOf(currency), Decimal.ROUND_HALF_UP);
}

/** The amount as the API writes it: a decimal string with exactly the currency's digits ("5203.50", "25000"). */
export function formatAmount(amount: Decimal, currency: string): string {
  return amount.toFixed(exponentOf(currency), Decimal.ROUND_HALF_UP);
}

/** An amount in minor units as an integer string (Stripe's `unit_amount`): 5203.50 USD → "520350". */
export function toMinorUnits(amount: Decimal, currency: string): string {
  return roundAmount(amount, currency)
    .times(new Decimal(10).pow(exponentOf(currency)))
    .toFixed(0);
}

export function isZero(a: Money): boolean {
  return a.amount.isZero();
}
