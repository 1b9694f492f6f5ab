import { sql } from 'kysely';
import type { Db, Executor } from '../db/store.js';
import { isSealed, type Keyring } from './secret-box.js';

/** A text column holding a secret; each slice declares its own, the composition root lists them. */
export interface SecretColumn {
  readonly table: string;
  readonly key: string;
  readonly column: string;
}

type Transform = (value: string) => string;

/**
 * Rewrites the column values `transform` changes, rows locked, inside the caller's transaction.
 * `skipPrefix` leaves values that already carry it (sealed with the current key) unread.
 */
async function rewrite(
  trx: Executor,
  columns: readonly SecretColumn[],
  transform: Transform,
  skipPrefix?: string,
) {
  let changed = 0;
  for (const c of columns) {
    const col = sql.ref(c.column);
    const rows = await sql<{ id: string; value: string }>`
      select ${sql.ref(c.key)} as id, ${col} as value from ${sql.table(c.table)}
      where ${col} is not null ${skipPrefix ? sql`and ${col} not like ${`${skipPrefix}%`}` : sql``}
      for update`.execute(trx);
    for (const row of rows.rows) {
      const next = transform(row.value);
      if (next === row.value) continue;
      await sql`update ${sql.table(c.table)} set ${col} = ${next} where ${sql.ref(c.key)} = ${row.id}`.execute(
        trx,
      );
      changed++;
    }
  }
  return changed;
}

/**
 * On startup: seals plain-text secrets (written before encryption existed; migrations cannot do
 * it, they have no key) and re-seals values under an older configured key with the current one,
 * in one transaction. A value sealed with a key this process does not have stops the start: the
 * alternative, running on and failing every Stripe push and webhook later, hides a lost key.
 */
export async function sealAtStartup(
  db: Db,
  keyring: Keyring,
  columns: readonly SecretColumn[],
): Promise<number> {
  const unknown = new Set<string>();
  const changed = await db.transaction().execute((trx) =>
    rewrite(
      trx,
      columns,
      (value) => {
        if (!isSealed(value)) return keyring.seal(value);
        const id = keyring.keyIdOf(value);
        if (id === undefined || !keyring.ids.includes(id)) {
          unknown.add(id ?? 'malformed');
          return value;
        }
        return keyring.seal(keyring.open(value));
      },
      `enc:v1:${keyring.currentId}:`,
    ),
  );
  if (unknown.size > 0)
    throw new Error(
      `Stored secrets were sealed with key(s) ${[...unknown].join(', ')}, which this process does not have (it has ${keyring.ids.join(', ')}). ` +
        'Configure that key (TARIFF_SECRET_KEY, TARIFF_SECRET_KEY_PREVIOUS or the key file; see docs/security.md).',
    );
  return changed;
}

/** Re-seals every secret: opened with `from` (which knows every old key), sealed with `to`. */
export async function resealAll(
  trx: Executor,
  from: Keyring,
  to: Keyring,
  columns: readonly SecretColumn[],
): Promise<number> {
  return rewrite(trx, columns, (value) => to.seal(isSealed(value) ? from.open(value) : value));
}

/** Opens a stored value; plain text (not yet sealed by a start) passes through. */
export function openStored(keyring: Keyring, value: string): string;
export function openStored(keyring: Keyring, value: string | null): string | null;
export function openStored(keyring: Keyring, value: string | null): string | null {
  if (value === null || !isSealed(value)) return value;
  return keyring.open(value);
}
