import { Type } from 'typebox';
import { Nullable } from '../http/openapi/index.js';
import { Timestamp } from '../http/schemas.js';
import { PERMISSION_GROUPS, type PermissionGroup } from '../shared/permissions.js';

// Spelled out: a mapped union's static type is `never` (PERMISSION_LEVELS is none, read, write).
const Level = Type.Union([Type.Literal('none'), Type.Literal('read'), Type.Literal('write')]);

/** An API key as the API answers it (`ApiKeyInfo`): never its secret. */
export const ApiKey = Type.Object(
  {
    id: Type.String(),
    object: Type.Literal('api_key'),
    name: Type.String(),
    type: Type.Union([Type.Literal('secret'), Type.Literal('restricted')], {
      description: '`secret` keys hold every permission; `restricted` keys hold what they were given.',
    }),
    mode: Type.Union([Type.Literal('live'), Type.Literal('test')]),
    permissions: Type.Object(
      Object.fromEntries(PERMISSION_GROUPS.map((g) => [g, Level])) as Record<PermissionGroup, typeof Level>,
    ),
    prefix: Type.String({ description: 'The first 7 characters of the secret (`sk_live`), never more.' }),
    last4: Nullable(Type.String()),
    redacted: Type.String({
      description: 'How the key is shown: `sk_live…wxyz`.',
      examples: ['sk_live…wxyz'],
    }),
    created_at: Timestamp,
    revoked_at: Nullable(Timestamp),
  },
  { title: 'ApiKey' },
);

/** The create answer: the key and, this once, its secret. */
export const ApiKeyWithSecret = Type.Object(
  { ...ApiKey.properties, secret: Type.String({ description: 'Shown once; stored hashed.' }) },
  { title: 'ApiKeyWithSecret' },
);
