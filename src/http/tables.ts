import type { ColumnType, Generated } from 'kysely';

export interface ApiKeysTable {
  id: string;
  name: string;
  prefix: string;
  /** The last 4 characters of the secret (null for keys made before they were kept). */
  last4: string | null;
  hash: string;
  mode: Generated<string>;
  /** `{ group: 'none' | 'read' | 'write' }` for every permission group. */
  permissions: ColumnType<unknown, string, string>;
  created_at: Generated<Date>;
  revoked_at: Date | null;
}

export interface IdempotencyKeysTable {
  key: string;
  api_key_id: string;
  method: string;
  path: string;
  body_hash: string;
  status_code: number | null;
  response_body: string | null;
  created_at: ColumnType<Date, Date | undefined, never>;
}

declare module '../db/database.js' {
  interface Database {
    api_keys: ApiKeysTable;
    idempotency_keys: IdempotencyKeysTable;
  }
}
