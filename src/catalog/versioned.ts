import type { Kysely, Selectable } from 'kysely';
import type { Static } from 'typebox';
import type { IntervalUnit } from '../core/time/interval.js';
import type { Database } from '../db/database.js';
import type { Db, Executor } from '../db/store.js';
import { type ErrorCode, notFound } from '../shared/errors/index.js';
import { editParent, listParents, missingVersion, type ParentEdit, reviseTerms } from './parents.js';
import { findByRef, lockRow } from './refs.js';
import type { ListOnly } from './schemas.js';
import { versionExists } from './versions.js';
import './tables.js';

/**
 * The one versioning module of the catalog's four versioned things. Each is a parent row
 * (`latest_version`, `live_version`, name, lookup_key, metadata) and one row per version in its
 * `<thing>_versions` table; a version is never rewritten, a change of terms is a new version.
 * The pure rules (pins, spans of versions) are in versions.ts, the parent's own edits in
 * parents.ts; this file reads and writes the version rows the same way for all four.
 */
export const VERSIONED = {
  rate_cards: {
    versions: 'rate_card_versions',
    parentColumn: 'rate_card_id',
    noun: 'rate card',
    title: 'Rate card',
    notFound: 'rate_card_not_found',
    versionNotFound: 'rate_card_version_not_found',
  },
  license_fees: {
    versions: 'license_fee_versions',
    parentColumn: 'license_fee_id',
    noun: 'license fee',
    title: 'License fee',
    notFound: 'license_fee_not_found',
    versionNotFound: 'license_fee_version_not_found',
  },
  service_actions: {
    versions: 'service_action_versions',
    parentColumn: 'service_action_id',
    noun: 'service action',
    title: 'Service action',
    notFound: 'service_action_not_found',
    versionNotFound: 'service_action_version_not_found',
  },
  pricing_plans: {
    versions: 'pricing_plan_versions',
    parentColumn: 'pricing_plan_id',
    noun: 'pricing plan',
    title: 'Pricing plan',
    notFound: 'pricing_plan_not_found',
    versionNotFound: 'pricing_plan_version_not_found',
  },
} as const satisfies Record<
  string,
  {
    versions: keyof Database;
    parentColumn: string;
    noun: string;
    title: string;
    notFound: ErrorCode;
    versionNotFound: ErrorCode;
  }
>;

export type VersionedTable = keyof typeof VERSIONED;
export type ParentRow<T extends VersionedTable> = Selectable<Database[T]>;
export type VersionRow<T extends VersionedTable> = Selectable<Database[(typeof VERSIONED)[T]['versions']]>;

// The four tables share these columns; Kysely cannot see that through a union of table names.
// biome-ignore lint/suspicious/noExplicitAny: see above
const loose = (executor: Executor) => executor as Kysely<any>;

/** A parent by id or lookup_key; throws `<thing>_not_found` naming `param`. */
export async function getParent<T extends VersionedTable>(
  executor: Executor,
  table: T,
  ref: string,
  param: string,
): Promise<ParentRow<T>> {
  const row = await findByRef(executor, table, ref);
  if (!row) throw notFound(VERSIONED[table].notFound, VERSIONED[table].noun, ref, param);
  return row;
}

/** The stored row of one version (the latest by default); throws `<thing>_version_not_found`. */
export async function versionRow<T extends VersionedTable>(
  executor: Executor,
  table: T,
  parent: { id: string; latest_version: number; live_version: number },
  version: number = parent.latest_version,
): Promise<VersionRow<T>> {
  const spec = VERSIONED[table];
  if (!versionExists(version, parent))
    throw missingVersion(spec.versionNotFound, spec.title, parent.id, version, parent.latest_version);
  return (await loose(executor)
    .selectFrom(spec.versions)
    .selectAll()
    .where(spec.parentColumn, '=', parent.id)
    .where('version', '=', version)
    .executeTakeFirstOrThrow()) as VersionRow<T>;
}

/** Every version row of a parent, newest first. */
export async function versionRows<T extends VersionedTable>(
  executor: Executor,
  table: T,
  parentId: string,
): Promise<VersionRow<T>[]> {
  const spec = VERSIONED[table];
  return (await loose(executor)
    .selectFrom(spec.versions)
    .selectAll()
    .where(spec.parentColumn, '=', parentId)
    .orderBy('version', 'desc')
    .execute()) as VersionRow<T>[];
}

/** Stores version `version` of a parent with its terms (columns of the versions table besides the keys). */
export async function insertVersion<T extends VersionedTable>(
  trx: Executor,
  table: T,
  parentId: string,
  version: number,
  terms: Record<string, unknown>,
  now: Date,
): Promise<VersionRow<T>> {
  const spec = VERSIONED[table];
  return (await loose(trx)
    .insertInto(spec.versions)
    .values({ [spec.parentColumn]: parentId, version, ...terms, created_at: now })
    .returningAll()
    .executeTakeFirstOrThrow()) as VersionRow<T>;
}

/**
 * An update of a parent whose terms live on its versions (license fees, service actions): locks
 * the parent so version bumps never interleave, asks `next` for the terms after the edit, stores
 * them as a new latest version when they differ, then applies the edits that are not versions
 * (name, lookup_key, metadata, live_version). Returns the parent's id.
 */
export async function reviseVersioned<T extends VersionedTable, Terms extends Record<string, unknown>>(
  trx: Executor,
  table: T,
  ref: string,
  edit: ParentEdit,
  now: Date,
  next: (parent: ParentRow<T>, latest: VersionRow<T>) => Promise<{ terms: Terms; changed: boolean }>,
): Promise<string> {
  const { id } = (await getParent(trx, table, ref, 'id')) as { id: string };
  await lockRow(trx, table, id);
  const parent = await getParent(trx, table, id, VERSIONED[table].noun.replaceAll(' ', '_'));
  const current = parent as unknown as { id: string; latest_version: number; live_version: number };
  const latest = await versionRow(trx, table, current);
  const { terms, changed } = await next(parent, latest);
  const newest = await reviseTerms(trx, table, current, changed, now, (v) =>
    insertVersion(trx, table, id, v, terms, now),
  );
  await editParent(trx, table, parent as unknown as Parameters<typeof editParent>[2], edit, now, newest);
  return id;
}

/** Both fee and action terms carry a service interval; an update keeps what it does not name. */
export function nextInterval(
  input: { service_interval?: IntervalUnit | undefined; service_interval_count?: number | undefined },
  latest: { service_interval: IntervalUnit; service_interval_count: number },
): { service_interval: IntervalUnit; service_interval_count: number } {
  return {
    service_interval: input.service_interval ?? latest.service_interval,
    service_interval_count: input.service_interval_count ?? latest.service_interval_count,
  };
}

/** `reviseVersioned` in its own transaction, answered with the parent's view as it then is. */
export function updateVersioned<T extends VersionedTable, Terms extends Record<string, unknown>, View>(
  db: Db,
  table: T,
  ref: string,
  edit: ParentEdit,
  now: Date,
  next: (
    parent: ParentRow<T>,
    latest: VersionRow<T>,
    trx: Executor,
  ) => Promise<{ terms: Terms; changed: boolean }>,
  view: (id: string, trx: Executor) => Promise<View>,
): Promise<View> {
  return db.transaction().execute(async (trx) => {
    const id = await reviseVersioned(trx, table, ref, edit, now, (parent, latest) =>
      next(parent, latest, trx),
    );
    return view(id, trx);
  });
}

/** A page of parents, each shown by `view` (one at a time: PGlite runs on a single connection). */
export async function listViews<T extends VersionedTable, View>(
  executor: Executor,
  table: T,
  query: Static<typeof ListOnly>,
  view: (id: string) => Promise<View>,
): Promise<View[]> {
  const out: View[] = [];
  for (const parent of await listParents(executor, table, query))
    out.push(await view((parent as { id: string }).id));
  return out;
}

/**
 * The service of a versioned thing whose terms live on its versions (license fees, service
 * actions): `View` is the parent with one version, `Versions` the parent with all of them.
 */
export interface VersionedService<Create, Update, Row, View, Versions> {
  create(input: Create): Promise<View>;
  update(ref: string, input: Update): Promise<View>;
  get(ref: string, executor?: Executor, param?: string): Promise<Row>;
  /** One version (default latest); throws `<thing>_version_not_found`. */
  version(ref: string, version?: number, executor?: Executor): Promise<View>;
  versions(ref: string): Promise<Versions>;
  list(query: Static<typeof ListOnly>): Promise<View[]>;
}
