import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/database.js';
import type { Executor } from '../db/store.js';
import { ApiError } from '../shared/errors/index.js';
import './tables.js';

/** Catalog tables whose rows can be named by id or by their unique `lookup_key`. */
export type KeyedTable =
  | 'billable_items'
  | 'rate_cards'
  | 'license_fees'
  | 'service_actions'
  | 'pricing_plans';

/** A row by id or lookup_key; an id wins over another row's lookup_key that happens to equal it. */
export async function findByRef<T extends KeyedTable>(
  executor: Executor,
  table: T,
  ref: string,
): Promise<Selectable<Database[T]> | undefined> {
  // The five tables share `id` and `lookup_key`; Kysely cannot see that through the union.
  // biome-ignore lint/suspicious/noExplicitAny: see above
  const rows = (await (executor as Kysely<any>)
    .selectFrom(table)
    .selectAll()
    .where((eb) => eb.or([eb('id', '=', ref), eb('lookup_key', '=', ref)]))
    .execute()) as { id: string }[];
  return (rows.find((r) => r.id === ref) ?? rows[0]) as Selectable<Database[T]> | undefined;
}

/** Throws `lookup_key_exists` when another row of the table already carries the key. */
export async function assertLookupKeyFree(
  executor: Executor,
  table: KeyedTable,
  lookupKey: string | undefined,
  exceptId?: string,
): Promise<void> {
  if (lookupKey === undefined) return;
  // biome-ignore lint/suspicious/noExplicitAny: same shared columns as findByRef
  const existing: { id: string } | undefined = await (executor as Kysely<any>)
    .selectFrom(table)
    .select('id')
    .where('lookup_key', '=', lookupKey)
    .executeTakeFirst();
  if (existing && existing.id !== exceptId) {
    throw new ApiError('lookup_key_exists', `lookup_key '${lookupKey}' is already used by ${existing.id}.`, {
      param: 'lookup_key',
      extra: { existing: existing.id },
    });
  }
}

/** Locks a parent row for the rest of the transaction, so version bumps never interleave. */
export async function lockRow(trx: Executor, table: KeyedTable, id: string): Promise<void> {
  // biome-ignore lint/suspicious/noExplicitAny: same shared columns as findByRef
  await (trx as Kysely<any>).selectFrom(table).select('id').where('id', '=', id).forUpdate().execute();
}

/** Moves `latest_version` one up and returns the new number. */
export async function bumpLatest(trx: Executor, table: KeyedTable, id: string, now: Date): Promise<number> {
  // biome-ignore lint/suspicious/noExplicitAny: same shared columns as findByRef
  const row: { latest_version: number } = await (trx as Kysely<any>)
    .updateTable(table)
    .set((eb) => ({ latest_version: eb('latest_version', '+', 1), updated_at: now }))
    .where('id', '=', id)
    .returning('latest_version')
    .executeTakeFirstOrThrow();
  return row.latest_version;
}

export function liveVersionProblem(live: number | undefined, latest: number): ApiError | undefined {
  if (live === undefined || (live >= 1 && live <= latest)) return undefined;
  return new ApiError('parameter_invalid', `live_version must be between 1 and ${latest}.`, {
    param: 'live_version',
  });
}

/**
 * Runs a create; when a concurrent create took the same lookup_key first, the unique index
 * fails the insert and this answers `lookup_key_exists` (409) instead of a 500.
 */
export async function guardLookupKey<T>(
  executor: Executor,
  table: KeyedTable,
  lookupKey: string | undefined,
  create: () => Promise<T>,
): Promise<T> {
  try {
    return await create();
  } catch (error) {
    const code = typeof error === 'object' && error !== null ? (error as { code?: string }).code : undefined;
    if (code === '23505') await assertLookupKeyFree(executor, table, lookupKey);
    throw error;
  }
}
