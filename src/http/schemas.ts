import { type TSchema, Type } from 'typebox';
import { MAX_UNIX_SECONDS } from '../core/time/range.js';

/**
 * Shared request/response schema pieces. Every object a client sends is closed
 * (`additionalProperties: false`): an unknown field is a 400, not silently dropped.
 */
export function Obj<T extends Record<string, TSchema>>(
  properties: T,
  options: { description?: string; examples?: unknown[] } = {},
) {
  return Type.Object(properties, { additionalProperties: false, ...options });
}

/**
 * Decimal limits for money and quantities sent by clients: at most 20 integer digits and 12
 * fractional digits (what numeric(32,12) holds). The columns are unconstrained `numeric`, so
 * without this a 64-digit amount was stored and then overflowed every sum and format after it.
 * 12 fractional digits leave room below the smallest sub-minor-unit price used (0.000002).
 */
export const DECIMAL_MAX_INTEGER_DIGITS = 20;
export const DECIMAL_MAX_FRACTION_DIGITS = 12;
const DIGITS = `[0-9]{1,${DECIMAL_MAX_INTEGER_DIGITS}}(\\.[0-9]{1,${DECIMAL_MAX_FRACTION_DIGITS}})?$`;

/** A decimal as a string: money and quantities never travel as JSON numbers. */
export const DecimalString = Type.String({
  pattern: `^-?${DIGITS}`,
  maxLength: 34,
  description:
    'A decimal number written as a string, e.g. "25000" or "0.000002": at most 20 digits before the point and 12 after.',
  examples: ['25000'],
});

export const NonNegativeDecimalString = Type.String({
  pattern: `^${DIGITS}`,
  maxLength: 33,
  description: 'A non-negative decimal written as a string: at most 20 digits before the point and 12 after.',
});

export const Timestamp = Type.String({
  format: 'date-time',
  description: 'RFC 3339 timestamp, e.g. "2026-03-01T00:00:00Z", between 1970 and 9999; no leap seconds.',
});

/** Unix seconds, 1970 … 9999 like Timestamp: a larger integer is no time a Date can hold. */
export const UnixSeconds = Type.Integer({
  minimum: 0,
  maximum: MAX_UNIX_SECONDS,
  description: 'Unix seconds.',
});

export const CurrencyCode = Type.String({
  pattern: '^[A-Za-z]{3}$',
  description: 'ISO 4217 currency code, e.g. "JPY" or "USD".',
});

export const Metadata = Type.Record(Type.String({ maxLength: 40 }), Type.String({ maxLength: 500 }), {
  description: 'Up to 50 string key-value pairs of your own.',
  maxProperties: 50,
});

export const Id = Type.String({ minLength: 1, maxLength: 255 });

export const IdParams = Obj({ id: Id });

export const ListQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 10 })),
  starting_after: Type.Optional(Type.String()),
};

export const ErrorResponse = Type.Object({
  error: Type.Object({
    type: Type.String(),
    code: Type.String(),
    message: Type.String(),
    param: Type.Union([Type.String(), Type.Null()]),
  }),
});

/** A list envelope (DESIGN 5). */
export function ListOf<T extends TSchema>(item: T) {
  return Type.Object({ object: Type.Literal('list'), data: Type.Array(item), has_more: Type.Boolean() });
}
