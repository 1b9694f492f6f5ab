import { type TSchema, Type } from 'typebox';

/**
 * Shared request/response schema pieces. Every object a client sends is closed
 * (`additionalProperties: false`): an unknown field is a 400, not silently dropped.
 */
export function Obj<T extends Record<string, TSchema>>(
  properties: T,
  options: { description?: string } = {},
) {
  return Type.Object(properties, { additionalProperties: false, ...options });
}

/** A decimal as a string: money and quantities never travel as JSON numbers. */
export const DecimalString = Type.String({
  pattern: '^-?[0-9]+(\\.[0-9]+)?$',
  maxLength: 64,
  description: 'A decimal number written as a string, e.g. "25000" or "0.000002".',
  examples: ['25000'],
});

export const NonNegativeDecimalString = Type.String({
  pattern: '^[0-9]+(\\.[0-9]+)?$',
  maxLength: 64,
  description: 'A non-negative decimal written as a string.',
});

export const Timestamp = Type.String({
  format: 'date-time',
  description: 'ISO 8601 timestamp, e.g. "2026-03-01T00:00:00Z".',
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
