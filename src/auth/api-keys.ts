import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { SHARED_SCHEMA } from '../db/modes.js';
import type { Db } from '../db/store.js';
import './tables.js';
import { ApiError, notFound } from '../shared/errors/index.js';
import { newId } from '../shared/ids.js';
import {
  FULL_ACCESS,
  isFullAccess,
  type Permissions,
  parsePermissions,
  storedPermissions,
} from '../shared/permissions.js';
import type { Mode } from '../shared/request-context.js';
import { createKeyCache } from './key-cache.js';

export interface ApiKeyInfo {
  id: string;
  object: 'api_key';
  name: string;
  /** `secret` keys hold every permission; `restricted` keys hold what they were given. */
  type: 'secret' | 'restricted';
  mode: Mode;
  permissions: Permissions;
  /** The first 7 characters of the secret (`sk_live`), never more. */
  prefix: string;
  /** The last 4 characters, when known (keys made before they were recorded have none). */
  last4: string | null;
  /** `sk_live…wxyz`: how the key is shown in lists and the console. */
  redacted: string;
  created_at: string;
  revoked_at: string | null;
}

/** What authentication hands to the request context. */
export interface VerifiedKey {
  readonly id: string;
  readonly name: string;
  readonly mode: Mode;
  readonly permissions: Permissions;
}

export interface CreateKeyInput {
  name: string;
  mode?: Mode | undefined;
  /** Omitted: a full-access secret key. Given: a restricted key with exactly these. */
  permissions?: Permissions | undefined;
}

export interface ApiKeyService {
  /** Creates a key and returns its secret: the only time the secret is ever shown. */
  create(input: CreateKeyInput): Promise<{ key: ApiKeyInfo; secret: string }>;
  /**
   * Registers an operator-chosen full-access secret (TARIFF_API_KEY). Never revives a revoked
   * key: the answer says whether the key is usable.
   */
  /** Stores an operator's secret as a full-access key of `mode` (default live) unless it exists. */
  ensure(secret: string, name: string, mode?: Mode): Promise<{ key: ApiKeyInfo; usable: boolean }>;
  list(): Promise<ApiKeyInfo[]>;
  get(id: string): Promise<ApiKeyInfo>;
  /** Revokes a key; refuses (atomically) to revoke the last active full-access key. */
  revoke(id: string): Promise<ApiKeyInfo>;
  /** The key for a secret, or undefined when it is unknown or revoked. */
  verify(secret: string): Promise<VerifiedKey | undefined>;
  countActive(): Promise<number>;
}

/** One lock for every change to the set of keys, so two revokes cannot both see "another key left". */
const KEYS_LOCK = 7466201;
/** An operator's secret must be as hard to guess as one Tariff makes. */
const OPERATOR_SECRET = /^sk_[A-Za-z0-9_-]{21,200}$/;

/** Keys are stored as SHA-256 hashes: a leaked database does not leak working keys. */
function hashKey(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

interface KeyRow {
  id: string;
  name: string;
  prefix: string;
  last4: string | null;
  mode: string;
  permissions: unknown;
  created_at: Date;
  revoked_at: Date | null;
}

function toInfo(row: KeyRow): ApiKeyInfo {
  const permissions = parsePermissions(row.permissions);
  const prefix = row.prefix.slice(0, 7);
  return {
    id: row.id,
    object: 'api_key',
    name: row.name,
    type: isFullAccess(permissions) ? 'secret' : 'restricted',
    mode: row.mode === 'test' ? 'test' : 'live',
    permissions,
    prefix,
    last4: row.last4,
    redacted: `${prefix}…${row.last4 ?? ''}`,
    created_at: row.created_at.toISOString(),
    revoked_at: row.revoked_at?.toISOString() ?? null,
  };
}

export function validateOperatorSecret(secret: string): void {
  if (!OPERATOR_SECRET.test(secret)) {
    throw new ApiError(
      'parameter_invalid',
      'TARIFF_API_KEY must be `sk_` followed by at least 21 letters, digits, `_` or `-` (24 characters or more).',
      { param: 'TARIFF_API_KEY' },
    );
  }
}

const COLUMNS = ['id', 'name', 'prefix', 'last4', 'mode', 'permissions', 'created_at', 'revoked_at'] as const;

export function createApiKeyService(store: Db): ApiKeyService {
  // Keys belong to the account, not to a mode: a test-mode key is minted and found in the same
  // table as a live one (src/db/modes.ts).
  const db = store.withSchema(SHARED_SCHEMA);
  const cache = createKeyCache<VerifiedKey>({ max: 1_000, ttlMs: 5_000 });

  async function insert(secret: string, input: CreateKeyInput, permissions: Permissions) {
    return db
      .insertInto('api_keys')
      .values({
        id: newId('key'),
        name: input.name,
        prefix: secret.slice(0, 7),
        last4: secret.slice(-4),
        hash: hashKey(secret),
        mode: input.mode ?? 'live',
        permissions: JSON.stringify(storedPermissions(permissions)),
        revoked_at: null,
      })
      .onConflict((oc) => oc.column('hash').doNothing())
      .returning(COLUMNS)
      .executeTakeFirst();
  }

  async function get(id: string): Promise<ApiKeyInfo> {
    const row = await db.selectFrom('api_keys').select(COLUMNS).where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('api_key_not_found', 'API key', id);
    return toInfo(row);
  }

  return {
    async create(input) {
      const permissions = input.permissions ?? FULL_ACCESS;
      const kind = isFullAccess(permissions) ? 'sk' : 'rk';
      const secret = `${kind}_${input.mode ?? 'live'}_${randomBytes(24).toString('base64url')}`;
      const row = await insert(secret, input, permissions);
      if (!row) throw new Error('a freshly drawn key collided with a stored one');
      return { key: toInfo(row), secret };
    },
    async ensure(secret, name, mode = 'live') {
      validateOperatorSecret(secret);
      const row =
        (await insert(secret, { name, mode }, FULL_ACCESS)) ??
        (await db
          .selectFrom('api_keys')
          .select(COLUMNS)
          .where('hash', '=', hashKey(secret))
          .executeTakeFirstOrThrow());
      return { key: toInfo(row), usable: row.revoked_at === null };
    },
    async list() {
      const rows = await db.selectFrom('api_keys').select(COLUMNS).orderBy('created_at', 'asc').execute();
      return rows.map(toInfo);
    },
    get,
    async revoke(id) {
      const revoked = await db.transaction().execute(async (trx) => {
        await sql`select pg_advisory_xact_lock(${KEYS_LOCK})`.execute(trx);
        const target = await trx
          .selectFrom('api_keys')
          .select(COLUMNS)
          .where('id', '=', id)
          .executeTakeFirst();
        if (!target) throw notFound('api_key_not_found', 'API key', id);
        if (target.revoked_at) return target;
        if (isFullAccess(parsePermissions(target.permissions))) {
          const others = await trx
            .selectFrom('api_keys')
            .select(['permissions'])
            .where('revoked_at', 'is', null)
            .where('id', '!=', id)
            .execute();
          if (!others.some((o) => isFullAccess(parsePermissions(o.permissions)))) {
            throw new ApiError(
              'api_key_last_active',
              'This is the last active full-access key; create another full-access key first.',
            );
          }
        }
        return trx
          .updateTable('api_keys')
          .set({ revoked_at: new Date() })
          .where('id', '=', id)
          .returning(COLUMNS)
          .executeTakeFirstOrThrow();
      });
      cache.clear();
      return toInfo(revoked);
    },
    async verify(secret) {
      const hash = hashKey(secret);
      const hit = cache.get(hash);
      if (hit) return hit;
      const row = await db
        .selectFrom('api_keys')
        .select(['id', 'name', 'mode', 'permissions'])
        .where('hash', '=', hash)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (!row) return undefined;
      const key: VerifiedKey = {
        id: row.id,
        name: row.name,
        mode: row.mode === 'test' ? 'test' : 'live',
        permissions: parsePermissions(row.permissions),
      };
      cache.set(hash, key);
      return key;
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
