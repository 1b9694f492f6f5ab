import type { ColumnType, Generated } from 'kysely';

export interface ApiKeysTable {
  id: string;
  name: string;
  prefix: string;
  hash: string;
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
