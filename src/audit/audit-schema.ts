import { Type } from 'typebox';
import { Nullable } from '../http/openapi/index.js';
import { Timestamp } from '../http/schemas.js';

/** One audit record as the API answers it (`auditEventJson`). */
export const AuditEvent = Type.Object(
  {
    object: Type.Literal('audit_event'),
    id: Type.String(),
    created_at: Timestamp,
    actor: Type.Object({
      type: Type.String({ description: '`api_key`, `cli`, `worker`, `system` or `anonymous`.' }),
      id: Nullable(Type.String()),
      name: Nullable(Type.String()),
    }),
    mode: Nullable(Type.String()),
    request_id: Nullable(Type.String()),
    route: Nullable(Type.String()),
    path: Nullable(Type.String()),
    resource: Type.Object({
      type: Type.String({ description: 'The object name (`customer`), or the table name.' }),
      id: Nullable(Type.String()),
    }),
    action: Type.Union([Type.Literal('created'), Type.Literal('updated'), Type.Literal('deleted')]),
    changes: Type.Record(Type.String(), Type.Unknown(), {
      description:
        'Created and deleted: the whole row; updated: only the changed columns, as `{ "column": { "from": …, "to": … } }`.',
    }),
  },
  { title: 'AuditEvent' },
);
