import { Type } from 'typebox';
import { Nullable } from './fields.js';

/** `GET /health`: what a load balancer or a deploy script checks. */
export const Health = Type.Object(
  {
    status: Type.Literal('ok'),
    storage: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]),
    schema_version: Nullable(Type.String({ description: 'The last migration applied.' })),
    version: Type.String({ description: "Tariff's version." }),
  },
  {
    title: 'Health',
    examples: [{ status: 'ok', storage: 'postgres', schema_version: '0900_audit', version: '0.1.0' }],
  },
);

/** `GET /openapi.json`: this document, described loosely (it is its own schema). */
export const OpenApiDocument = Type.Object(
  { openapi: Type.String(), info: Type.Object({}, { additionalProperties: true }) },
  { additionalProperties: true, title: 'OpenApiDocument' },
);
