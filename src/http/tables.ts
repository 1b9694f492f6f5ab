import type { ColumnType } from 'kysely';

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
    idempotency_keys: IdempotencyKeysTable;
  }
}
