import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/store.js';
import '../http/tables.js';
import { newId } from '../shared/ids.js';

export interface ApiKeyInfo {
  id: string;
  object: 'api_key';
  name: string;
  prefix: string;
  created_at: string;
  revoked_at: string | null;
}

/** Keys are stored as SHA-256 hashes: a leaked database does not leak working keys. */
function hashKey(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

function toInfo(row: {
  id: string;
  name: string;
  prefix: string;
  created_at: Date;
  revoked_at: Date | null;
}): ApiKeyInfo {
  return {
    id: row.id,
    object: 'api_key',
    name: row.name,
    prefix: row.prefix,
    created_at: row.created_at.toISOString(),
    revoked_at: row.revoked_at?.toISOString() ?? null,
  };
}

export interface ApiKeyService {
  /** Creates a key and returns its secret: the only time the secret is ever shown. */
  create(name: string): Promise<{ key: ApiKeyInfo; secret: string }>;
  /** Registers a secret chosen by the operator (TARIFF_API_KEY); idempotent. */
  ensure(secret: string, name: string): Promise<ApiKeyInfo>;
  list(): Promise<ApiKeyInfo[]>;
  revoke(id: string): Promise<ApiKeyInfo | undefined>;
  /** The key id for a secret, or undefined when it is unknown or revoked. */
  verify(secret: string): Promise<string | undefined>;
  countActive(): Promise<number>;
}

const CACHE_MS = 5_000;

export function createApiKeyService(db: Db): ApiKeyService {
  // Verification runs on every request; a short cache keeps it off the database on hot paths
  // (event ingestion). A revoked key stops working within CACHE_MS.
  const cache = new Map<string, { id: string | undefined; until: number }>();

  async function insert(secret: string, name: string) {
    const row = await db
      .insertInto('api_keys')
      .values({
        id: newId('key'),
        name,
        prefix: `${secret.slice(0, 11)}…`,
        hash: hashKey(secret),
        revoked_at: null,
      })
      .onConflict((oc) => oc.column('hash').doUpdateSet({ revoked_at: null }))
      .returningAll()
      .executeTakeFirstOrThrow();
    return toInfo(row);
  }

  return {
    async create(name) {
      const secret = `sk_${randomBytes(24).toString('base64url')}`;
      return { key: await insert(secret, name), secret };
    },
    ensure: (secret, name) => insert(secret, name),
    async list() {
      const rows = await db.selectFrom('api_keys').selectAll().orderBy('created_at', 'asc').execute();
      return rows.map(toInfo);
    },
    async revoke(id) {
      const row = await db
        .updateTable('api_keys')
        .set({ revoked_at: new Date() })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      cache.clear();
      return row ? toInfo(row) : undefined;
    },
    async verify(secret) {
      const hash = hashKey(secret);
      const hit = cache.get(hash);
      if (hit && hit.until > Date.now()) return hit.id;
      const row = await db
        .selectFrom('api_keys')
        .select('id')
        .where('hash', '=', hash)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      cache.set(hash, { id: row?.id, until: Date.now() + CACHE_MS });
      return row?.id;
    },
    async countActive() {
      const row = await db
        .selectFrom('api_keys')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('revoked_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
