import { Type } from 'typebox';
import { Nullable } from '../http/openapi/index.js';
import { Timestamp } from '../http/schemas.js';

/** A test clock as the API answers it (`testClockJson`). */
export const TestClock = Type.Object(
  {
    id: Type.String(),
    object: Type.Literal('test_clock'),
    name: Nullable(Type.String()),
    frozen_time: Timestamp,
    status: Type.Union([Type.Literal('ready'), Type.Literal('advancing')]),
    created_at: Timestamp,
  },
  { title: 'TestClock' },
);

export const AdvancedTestClock = Type.Object(
  {
    ...TestClock.properties,
    actions: Type.Record(Type.String(), Type.Unknown(), {
      description: 'What each billing step did on the way (invoices, credits, revenue, alerts), by step.',
    }),
  },
  { title: 'AdvancedTestClock' },
);

export const DeletedTestClock = Type.Object(
  { ...TestClock.properties, deleted: Type.Literal(true) },
  { title: 'DeletedTestClock' },
);
