import type { Static } from 'typebox';
import { Decimal } from '../core/money/decimal.js';
import type { Price, Tier } from '../core/pricing/price.js';
import { prefixParam, validatePrice } from '../core/pricing/validate.js';
import { ApiError } from '../shared/errors/index.js';
import type { PriceInput } from './schemas.js';

type Input = Static<typeof PriceInput>;

const FIELDS: Record<Price['type'], readonly (keyof Input)[]> = {
  per_unit: ['type', 'unit_amount'],
  package: ['type', 'package_size', 'unit_amount', 'rounding'],
  tiered: ['type', 'tiers_mode', 'tiers'],
  matrix: ['type', 'dimensions', 'entries', 'default_unit_amount'],
  percentage: ['type', 'percentage', 'fixed_amount_per_event', 'min_per_event', 'max_per_event'],
};

function required<T>(value: T | undefined, param: string, type: string): T {
  if (value === undefined)
    throw new ApiError('parameter_missing', `A ${type} price needs ${param}.`, { param });
  return value;
}

function tiersOf(input: Input, at: string): Tier[] {
  return required(input.tiers, `${at}[tiers]`, 'tiered').map((tier, i) => {
    if (tier.unit_amount === undefined && tier.flat_amount === undefined) {
      throw new ApiError('parameter_missing', 'A tier needs a unit_amount, a flat_amount or both.', {
        param: `${at}[tiers][${i}][unit_amount]`,
      });
    }
    return { up_to: tier.up_to, unit_amount: tier.unit_amount ?? '0', flat_amount: tier.flat_amount ?? '0' };
  });
}

const plain = (value: string) => new Decimal(value).toFixed();
const plainOrNull = (value: string | null | undefined) =>
  value === undefined || value === null ? null : plain(value);

/** Decimals in plain canonical form ("0.0020" → "0.002"), so an equal price compares equal. */
function canonical(price: Price): Price {
  switch (price.type) {
    case 'per_unit':
      return { ...price, unit_amount: plain(price.unit_amount) };
    case 'package':
      return { ...price, package_size: plain(price.package_size), unit_amount: plain(price.unit_amount) };
    case 'tiered':
      return {
        ...price,
        tiers: price.tiers.map((t) => ({
          up_to: t.up_to === null ? null : plain(t.up_to),
          unit_amount: plain(t.unit_amount),
          flat_amount: plain(t.flat_amount),
        })),
      };
    case 'matrix':
      return {
        ...price,
        entries: price.entries.map((e) => ({ values: [...e.values], unit_amount: plain(e.unit_amount) })),
        default_unit_amount: plainOrNull(price.default_unit_amount),
      };
    case 'percentage':
      return {
        type: 'percentage',
        percentage: plain(price.percentage),
        fixed_amount_per_event: plainOrNull(price.fixed_amount_per_event),
        min_per_event: plainOrNull(price.min_per_event),
        max_per_event: plainOrNull(price.max_per_event),
      };
    default: {
      const never: never = price;
      return never;
    }
  }
}

/**
 * The stored Price from the API's price object: only the fields of its model (another model's
 * field is `parameter_unknown`), defaults filled (`rounding: up`, a tier's missing amount is 0),
 * then the model's own rules (`invalid_price`, with the param of the offending field).
 */
export function toPrice(input: Input, at = 'price'): Price {
  const allowed = FIELDS[input.type];
  for (const key of Object.keys(input) as (keyof Input)[]) {
    if (!allowed.includes(key)) {
      throw new ApiError('parameter_unknown', `A ${input.type} price has no ${key}.`, {
        param: `${at}[${key}]`,
      });
    }
  }
  let price: Price;
  switch (input.type) {
    case 'per_unit':
      price = {
        type: 'per_unit',
        unit_amount: required(input.unit_amount, `${at}[unit_amount]`, 'per_unit'),
      };
      break;
    case 'package':
      price = {
        type: 'package',
        package_size: required(input.package_size, `${at}[package_size]`, 'package'),
        unit_amount: required(input.unit_amount, `${at}[unit_amount]`, 'package'),
        rounding: input.rounding ?? 'up',
      };
      break;
    case 'tiered':
      price = {
        type: 'tiered',
        tiers_mode: required(input.tiers_mode, `${at}[tiers_mode]`, 'tiered'),
        tiers: tiersOf(input, at),
      };
      break;
    case 'matrix':
      price = {
        type: 'matrix',
        dimensions: required(input.dimensions, `${at}[dimensions]`, 'matrix'),
        entries: required(input.entries, `${at}[entries]`, 'matrix'),
        default_unit_amount: input.default_unit_amount ?? null,
      };
      break;
    case 'percentage':
      price = {
        type: 'percentage',
        percentage: required(input.percentage, `${at}[percentage]`, 'percentage'),
        fixed_amount_per_event: input.fixed_amount_per_event ?? null,
        min_per_event: input.min_per_event ?? null,
        max_per_event: input.max_per_event ?? null,
      };
      break;
    default: {
      const never: never = input.type;
      throw new ApiError('parameter_invalid', `Unknown price type ${String(never)}.`, {
        param: `${at}[type]`,
      });
    }
  }
  const [problem] = validatePrice(price);
  if (problem)
    throw new ApiError('invalid_price', problem.message, { param: prefixParam(at, problem.param) });
  return canonical(price);
}
