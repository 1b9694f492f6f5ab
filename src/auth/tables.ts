import type { ColumnType, Generated } from 'kysely';

/** API keys (created by migration 0001 with the foundation tables). */
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

declare module '../db/database.js' {
  interface Database {
    api_keys: ApiKeysTable;
  }
}
