import { exponentOf } from '../core/money/currency.js';
import { Decimal } from '../core/money/decimal.js';
import { formatAmount } from '../core/money/money.js';

const SYMBOLS: Readonly<Record<string, string>> = { JPY: '¥', USD: '$', EUR: '€', GBP: '£', CNY: 'CN¥' };

function group(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function withSign(negative: boolean, currency: string, digits: string): string {
  const symbol = SYMBOLS[currency];
  const body = symbol ? `${symbol}${digits}` : `${currency} ${digits}`;
  return negative ? `-${body}` : body;
}

function grouped(fixed: string): string {
  const [int = '0', frac] = fixed.split('.');
  return frac === undefined ? group(int) : `${group(int)}.${frac}`;
}

/** A money amount with the currency's minor-unit digits: "¥25,000", "$5,203.50", "-¥968", "KWD 1.250". */
export function money(amount: string, currency: string): string {
  const value = new Decimal(amount);
  return withSign(
    value.isNegative() && !value.isZero(),
    currency,
    grouped(formatAmount(value.abs(), currency)),
  );
}

/**
 * A unit price: at least the currency's digits, and every finer digit it has ("$0.000002",
 * "¥0.5", "$2.00").
 */
export function unitPrice(amount: string, currency: string): string {
  const value = new Decimal(amount);
  const places = Math.max(exponentOf(currency), value.decimalPlaces());
  return withSign(value.isNegative(), currency, grouped(value.abs().toFixed(places)));
}

/** A quantity: grouped integer part, decimals as they are ("1,234,567", "2.5"). */
export function quantity(value: string): string {
  const d = new Decimal(value);
  const text = grouped(d.abs().toFixed());
  return d.isNegative() ? `-${text}` : text;
}
