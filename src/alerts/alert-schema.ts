import { Type } from 'typebox';
import { Nullable } from '../http/openapi/index.js';
import { Timestamp } from '../http/schemas.js';

/** An alert as the API answers it (`alertJson`). */
export const Alert = Type.Object(
  {
    id: Type.String(),
    object: Type.Literal('alert'),
    customer: Type.String(),
    type: Type.Union([Type.Literal('usage'), Type.Literal('spend'), Type.Literal('credit_balance')]),
    meter: Nullable(Type.String({ description: 'Usage alerts.' })),
    billable_item: Nullable(Type.String({ description: 'Spend alerts.' })),
    currency: Nullable(Type.String({ description: 'Credit balance alerts.' })),
    threshold: Type.String({ examples: ['1000'] }),
    title: Nullable(Type.String()),
    status: Type.Union([Type.Literal('active'), Type.Literal('archived')]),
    created_at: Timestamp,
  },
  { title: 'Alert' },
);
