import { type KyselyPlugin, RawNode } from 'kysely';

const COLUMN = 'tariff_entitlements_version';

/**
 * Carries the mode's `entitlements_version` on the statements a cached check sends for its usage,
 * so that a cached check is one round trip, not two: each raw statement run through
 * `db.withPlugin(rider)` becomes `select (select version …), u.* from (<statement>) u`, and
 * `version` holds what the last one read. The version and the usage then come from one snapshot
 * (READ COMMITTED: one per statement), taken after the check began, so a change committed before
 * the check is seen by both. Statements that are not raw (the query builder's) pass unchanged;
 * when no statement carried the version (no usage to read, or no row came back) `version` stays
 * undefined and the caller reads the row on its own.
 */
export function createVersionRider(): KyselyPlugin & { readonly version: string | undefined } {
  let version: string | undefined;
  return {
    get version() {
      return version;
    },
    transformQuery({ node }) {
      if (!RawNode.is(node)) return node;
      return RawNode.create(
        [
          `select (select version::text from entitlements_version where id = 1) as ${COLUMN}, u.* from (`,
          ') u',
        ],
        [node],
      );
    },
    async transformResult({ result }) {
      const row = result.rows[0] as Record<string, unknown> | undefined;
      const seen = row?.[COLUMN];
      if (typeof seen === 'string') version = seen;
      return result;
    },
  };
}
