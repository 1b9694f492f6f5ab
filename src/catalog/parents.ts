import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/database.js';
import type { Executor } from '../db/store.js';
import { ApiError, type ErrorCode } from '../shared/errors/index.js';
import { assertLookupKeyFree, bumpLatest, type KeyedTable, liveVersionProblem } from './refs.js';

/**
 * What versioned parents (rate cards, license fees, service actions, pricing plans) share: the
 * columns set on creation, the edits that never make a version, listing, and version errors.
 */
export interface ParentEdit {
  readonly name?: string | undefined;
  readonly live_version?: number | undefined;
  readonly lookup_key?: string | undefined;
  readonly metadata?: Record<string, string> | undefined;
}

/** Columns of a new parent at version 1, live. */
export function newParent(
  input: { lookup_key?: string | undefined; metadata?: Record<string, string> | undefined },
  now: Date,
) {
  return {
    lookup_key: input.lookup_key ?? null,
    latest_version: 1,
    live_version: 1,
    metadata: JSON.stringify(input.metadata ?? {}),
    created_at: now,
    updated_at: now,
  };
}

/**
 * Applies the edits that are not versions (name, lookup_key, metadata merged) and moves
 * `live_version`, which must name an existing version (`latest` after any version just made).
 */
export async function editParent(
  trx: Executor,
  table: KeyedTable,
  current: { id: string; metadata: Record<string, string>; latest_version: number },
  input: ParentEdit,
  now: Date,
  latest = current.latest_version,
): Promise<void> {
  const problem = liveVersionProblem(input.live_version, latest);
  if (problem) throw problem;
  await assertLookupKeyFree(trx, table, input.lookup_key, current.id);
  // biome-ignore lint/suspicious/noExplicitAny: the four parent tables share these columns
  await (trx as Kysely<any>)
    .updateTable(table)
    .set({
      ...(input.name !== undefined && { name: input.name }),
      ...(input.live_version !== undefined && { live_version: input.live_version }),
      ...(input.lookup_key !== undefined && { lookup_key: input.lookup_key }),
      ...(input.metadata !== undefined && {
        metadata: JSON.stringify({ ...current.metadata, ...input.metadata }),
      }),
      updated_at: now,
    })
    .where('id', '=', current.id)
    .execute();
}

/** When the terms changed, a new latest version stored by `insert`; returns the latest version. */
export async function reviseTerms(
  trx: Executor,
  table: KeyedTable,
  current: { id: string; latest_version: number },
  changed: boolean,
  now: Date,
  insert: (version: number) => Promise<unknown>,
): Promise<number> {
  if (!changed) return current.latest_version;
  const version = await bumpLatest(trx, table, current.id, now);
  await insert(version);
  return version;
}

export function missingVersion(
  code: ErrorCode,
  what: string,
  id: string,
  version: number,
  latest: number,
): ApiError {
  return new ApiError(code, `${what} ${id} has no version ${version} (latest is ${latest}).`, {
    param: 'version',
  });
}

/** A page of parents, newest first, with optional equality filters. */
export async function listParents<T extends KeyedTable>(
  executor: Executor,
  table: T,
  query: { limit?: number | undefined; starting_after?: string | undefined },
  filters: Record<string, string | undefined> = {},
): Promise<Selectable<Database[T]>[]> {
  // biome-ignore lint/suspicious/noExplicitAny: the parent tables share id ordering
  let q = (executor as Kysely<any>)
    .selectFrom(table)
    .selectAll()
    .orderBy('id', 'desc')
    .limit((query.limit ?? 10) + 1);
  if (query.starting_after) q = q.where('id', '<', query.starting_after);
  for (const [column, value] of Object.entries(filters))
    if (value !== undefined) q = q.where(column, '=', value);
  return (await q.execute()) as Selectable<Database[T]>[];
}
