export { allocate } from './allocate.js';
export { exponentOf, isCurrency, normalizeCurrency } from './currency.js';
export { Decimal, type DecimalValue, decimalString, parseDecimal, sum, ZERO } from './decimal.js';
export {
  add,
  CurrencyMismatchError,
  formatAmount,
  isZero,
  type Money,
  money,
  multiply,
  negate,
  roundAmount,
  roundToMinor,
  subtract,
  toMinorUnits,
  zero,
} from './money.js';
