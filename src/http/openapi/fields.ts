import { type TSchema, Type } from 'typebox';

/** A field that may be `null` in an answer (never left out: the serialisers write every key). */
export function Nullable<T extends TSchema>(schema: T, options: { description?: string } = {}) {
  return Type.Union([schema, Type.Null()], options);
}
