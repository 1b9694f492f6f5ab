import { normalizeCurrency } from '../core/money/currency.js';
import { ApiError } from '../shared/errors/index.js';

/** The ISO code for user input ("jpy" → "JPY"); `invalid_currency` otherwise. */
export function currencyOf(input: string, param = 'currency'): string {
  const code = normalizeCurrency(input);
  if (!code) throw new ApiError('invalid_currency', `'${input}' is not an ISO 4217 currency.`, { param });
  return code;
}

export function currencyMismatch(what: string, theirs: string, ours: string, param: string): ApiError {
  return new ApiError('currency_mismatch', `${what} is in ${theirs}; this pricing plan is in ${ours}.`, {
    param,
    extra: { expected: ours, received: theirs },
  });
}
